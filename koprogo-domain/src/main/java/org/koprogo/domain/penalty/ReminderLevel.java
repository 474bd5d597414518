/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One level of a reminder escalation: reached {@code daysAfterDue} days after the due date, sent
 * through {@code channel}, charging {@code fee}. Immutable.
 *
 * @param name the level's name, for example {@code "FORMAL_NOTICE"}; not blank
 * @param daysAfterDue days after the due date from which this level applies, at least 1
 * @param channel how it is sent
 * @param fee what sending it costs the owner (as the statutes allow), not negative
 */
public record ReminderLevel(String name, int daysAfterDue, ReminderChannel channel, Money fee) {
  /**
   * Checks the level.
   *
   * @param name the level's name, for example {@code "FORMAL_NOTICE"}; not blank
   * @param daysAfterDue days after the due date from which this level applies, at least 1
   * @param channel how it is sent
   * @param fee what sending it costs the owner (as the statutes allow), not negative
   * @throws KoproGoException {@code INVALID_FIELD} for a blank name or fewer than 1 day, {@code
   *     NEGATIVE_AMOUNT} for a negative fee
   */
  public ReminderLevel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(fee, "fee");
    if (name.isBlank()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a reminder level has a name", "field", "name");
    }
    if (daysAfterDue < 1) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a reminder comes at least 1 day after the due date", "field", "daysAfterDue");
    }
    if (fee.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "reminder fee " + fee.toPlainString() + " is negative",
          "field", "fee", "value", fee.toPlainString());
    }
  }
}
