/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/** The id of a member of a housing cooperative or an association. */
public record MemberId(String value) implements Comparable<MemberId> {
  public MemberId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("MemberId is not blank");
    }
  }

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
