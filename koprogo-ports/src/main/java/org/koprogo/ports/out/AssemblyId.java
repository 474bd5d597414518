/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of a general assembly (one meeting, first or second session).
 *
 * @param value the id, not blank
 */
public record AssemblyId(String value) implements Comparable<AssemblyId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public AssemblyId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an assembly id is not blank", "field", "id");
    }
  }

  /**
   * The assembly id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static AssemblyId of(String value) {
    return new AssemblyId(value);
  }

  @Override
  public int compareTo(AssemblyId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
