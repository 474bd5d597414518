/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of a member of the association (a co-ownership or a housing cooperative that joined). */
public record MemberId(String value) {
  public MemberId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a member id is not blank", "field", "id");
    }
  }

  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
