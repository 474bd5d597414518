/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The id of a member applying to the solidarity fund.
 *
 * @param value the id, not blank
 */
public record ApplicantId(String value) {
  /**
   * Checks the id.
   *
   * @param value the id, not blank
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code id}) when blank
   */
  public ApplicantId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an applicant id is not blank", "field", "id");
    }
  }

  /**
   * The applicant id of that value.
   *
   * @param value the id, not blank
   * @return the id
   * @throws KoproGoException {@code INVALID_FIELD} when blank
   */
  public static ApplicantId of(String value) {
    return new ApplicantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
