/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of a resolution (an item put to the vote) of an assembly. */
public record ResolutionId(String value) {
  public ResolutionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a resolution id is not blank", "field", "id");
    }
  }

  public static ResolutionId of(String value) {
    return new ResolutionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
