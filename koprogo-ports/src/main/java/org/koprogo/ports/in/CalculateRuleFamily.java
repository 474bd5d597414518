/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Use case: compute one rule family of RULES.md on a vector-shaped input (stateless). */
public interface CalculateRuleFamily {

  /**
   * The command.
   *
   * @param family the family's name ({@code "charge-distribution"})
   * @param input the vector-shaped input, as plain Java values
   */
  record Command(@NotBlank String family, @NotNull Map<String, Object> input) {}

  /**
   * The result in the family's {@code expect} shape.
   *
   * @param command the family and its input
   * @return the output, as the vector files write it
   * @throws org.koprogo.domain.shared.KoproGoException {@code UNKNOWN_FAMILY}, {@code
   *     INVALID_FIELD} for a field the family does not read, or any code of the family (RULES.md
   *     lists them)
   */
  Map<String, Object> calculate(Command command);
}
