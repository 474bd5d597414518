/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/** The id of a building. */
public record BuildingId(String value) implements Comparable<BuildingId> {
  public BuildingId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("BuildingId is not blank");
    }
  }

  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  @Override
  public int compareTo(BuildingId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
