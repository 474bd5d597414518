/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

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
   * @throws IllegalArgumentException when blank
   */
  public AssemblyId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("AssemblyId is not blank");
    }
  }

  /**
   * The assembly id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException when blank
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
