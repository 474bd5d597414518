/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

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
   * @throws IllegalArgumentException when blank
   */
  public MemberId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("MemberId is not blank");
    }
  }

  /**
   * The member id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException when blank
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
