/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A payment received on {@code date} (its value date). Immutable.
 *
 * @param date the value date; the payment lowers the balance from that day on
 * @param amount the amount, positive
 */
public record Payment(LocalDate date, Money amount) {
  /**
   * Validates the payment.
   *
   * @param date the value date; the payment lowers the balance from that day on
   * @param amount the amount, positive
   * @throws KoproGoException {@code NONPOSITIVE_PAYMENT} for a zero or negative amount
   */
  public Payment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PAYMENT, "payment of " + amount.toPlainString() + " on " + date
              + " is not positive",
          "field", "payments", "value", amount.toPlainString());
    }
  }

  /**
   * A payment of {@code amount} on {@code date}.
   *
   * @param date the value date
   * @param amount the amount, positive
   * @return the payment
   * @throws KoproGoException {@code NONPOSITIVE_PAYMENT} for a zero or negative amount
   */
  public static Payment of(LocalDate date, Money amount) {
    return new Payment(date, amount);
  }
}
