/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;

/** The id of a resolution (an item put to the vote) of an assembly. */
public record ResolutionId(String value) {
  public ResolutionId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a resolution id is not blank");
    }
  }

  public static ResolutionId of(String value) {
    return new ResolutionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
