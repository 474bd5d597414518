/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The id of a member applying to the solidarity fund. */
public record ApplicantId(String value) {
  public ApplicantId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an applicant id is not blank", "field", "id");
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
