/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of one general assembly (one session). */
public record AssemblyId(String value) {
  public AssemblyId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an assembly id is not blank", "field", "id");
    }
  }

  public static AssemblyId of(String value) {
    return new AssemblyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
