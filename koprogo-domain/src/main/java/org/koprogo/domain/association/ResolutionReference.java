/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of a resolution of the association's general assembly, as the assembly module (or any
 * other source of minutes) names it. The association does not depend on the assembly module: it
 * only keeps this reference.
 *
 * @param value the reference, not blank
 */
public record ResolutionReference(String value) {
  /**
   * Checks the reference.
   *
   * @param value the reference, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code reference}) when blank
   */
  public ResolutionReference {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a resolution reference is not blank", "field", "reference");
    }
  }

  /**
   * The reference of that value.
   *
   * @param value the reference, not blank
   * @return the reference
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static ResolutionReference of(String value) {
    return new ResolutionReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
