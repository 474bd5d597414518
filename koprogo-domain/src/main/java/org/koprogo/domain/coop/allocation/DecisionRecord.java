/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The managers' decision that validates an allocation, as recorded in the minutes.
 *
 * @param minutesReference the minutes' reference ({@code "CA-2026-07"})
 * @param decidedOn the date of the meeting
 */
public record DecisionRecord(String minutesReference, LocalDate decidedOn) {
  /**
   * Checks the record.
   *
   * @param minutesReference the minutes' reference ({@code "CA-2026-07"})
   * @param decidedOn the date of the meeting
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code minutes}) when the minutes'
   *     reference is blank
   */
  public DecisionRecord {
    Objects.requireNonNull(minutesReference, "minutesReference");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (minutesReference.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a decision names its minutes", "field", "minutes");
    }
  }
}
