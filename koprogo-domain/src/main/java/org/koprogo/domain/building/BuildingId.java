/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.util.Objects;

/** The id of a co-ownership building (an association of co-owners). */
public record BuildingId(String value) {
  public BuildingId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a building id is not blank");
    }
  }

  public static BuildingId of(String value) {
    return new BuildingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
