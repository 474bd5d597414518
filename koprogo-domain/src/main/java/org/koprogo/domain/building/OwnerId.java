/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of a co-owner (a person or a legal entity owning all or part of a lot). */
public record OwnerId(String value) implements Comparable<OwnerId> {
  public OwnerId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an owner id is not blank", "field", "id");
    }
  }

  public static OwnerId of(String value) {
    return new OwnerId(value);
  }

  @Override
  public int compareTo(OwnerId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
