/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of one proposed allocation of a lot to a member. */
public record AllocationId(String value) {
  public AllocationId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an allocation id is not blank", "field", "id");
    }
  }

  public static AllocationId of(String value) {
    return new AllocationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
