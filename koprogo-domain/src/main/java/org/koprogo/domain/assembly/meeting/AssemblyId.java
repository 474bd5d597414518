/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.util.Objects;

/** The id of one general assembly (one session). */
public record AssemblyId(String value) {
  public AssemblyId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an assembly id is not blank");
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
