/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of a member of a housing cooperative or an association.
 *
 * @param value the id, not blank
 */
public record MemberId(String value) implements Comparable<MemberId> {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public MemberId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a member id is not blank", "field", "id");
    }
  }

  /**
   * The member id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
