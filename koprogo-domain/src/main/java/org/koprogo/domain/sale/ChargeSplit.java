/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.sale;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * One call for funds of the lot split between seller and buyer. Immutable.
 *
 * @param period the call's period
 * @param from the first day of the period it covers
 * @param to the last day of that period
 * @param part {@code WORKING_CAPITAL} or {@code RESERVE}
 * @param amount the amount called
 * @param seller the seller's part
 * @param buyer the buyer's part ({@code seller + buyer = amount})
 */
public record ChargeSplit(int period, LocalDate from, LocalDate to, String part, Money amount, Money seller, Money buyer) {
  /**
   * Checks the split.
   *
   * @param period the call's period
   * @param from the first day of the period it covers
   * @param to the last day of that period
   * @param part {@code WORKING_CAPITAL} or {@code RESERVE}
   * @param amount the amount called
   * @param seller the seller's part
   * @param buyer the buyer's part ({@code seller + buyer = amount})
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code buyer}) when the seller's and
   *     buyer's parts do not add up to the amount
   */
  public ChargeSplit {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(part, "part");
    if (!seller.plus(buyer).equals(amount)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "the parts do not add up to " + amount, "field", "buyer");
    }
  }
}
