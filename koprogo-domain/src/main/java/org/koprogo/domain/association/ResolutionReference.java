/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;

/**
 * The id of a resolution of the association's general assembly, as the assembly module (or any
 * other source of minutes) names it. The association does not depend on the assembly module: it
 * only keeps this reference.
 */
public record ResolutionReference(String value) {
  public ResolutionReference {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a resolution reference is not blank");
    }
  }

  public static ResolutionReference of(String value) {
    return new ResolutionReference(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
