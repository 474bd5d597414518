/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of a co-ownership building (an association of co-owners). */
public record BuildingId(String value) {
  public BuildingId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a building id is not blank", "field", "id");
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
