/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.util.Objects;

/** The id of a member applying to the solidarity fund. */
public record ApplicantId(String value) {
  public ApplicantId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an applicant id is not blank");
    }
  }

  public static ApplicantId of(String value) {
    return new ApplicantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
