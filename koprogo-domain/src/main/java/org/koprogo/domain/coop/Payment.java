/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A contribution a member paid (or declared), with its bank value date.
 *
 * @param amount more than zero ({@code NONPOSITIVE_PAYMENT} otherwise)
 * @param member the member who paid
 * @param valueDate the bank's value date
 * @param status PENDING, CONFIRMED or REJECTED
 */
public record Payment(MemberId member, LocalDate valueDate, Money amount, PaymentStatus status) {
  /**
   * Checks the payment.
   *
   * @param member the member who paid
   * @param valueDate the bank's value date
   * @param amount more than zero ({@code NONPOSITIVE_PAYMENT} otherwise)
   * @param status PENDING, CONFIRMED or REJECTED
   * @throws KoproGoException {@code NONPOSITIVE_PAYMENT} for an amount of zero or less
   */
  public Payment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PAYMENT,
          "payment " + amount + " of member " + member + " is not positive",
          "member", member.value(), "value", amount.toPlainString());
    }
  }

  /**
   * A confirmed payment.
   *
   * @param member the member who paid
   * @param valueDate the bank's value date
   * @param amount the amount, positive
   * @return the payment
   * @throws KoproGoException {@code NONPOSITIVE_PAYMENT} for an amount of zero or less
   */
  public static Payment confirmed(MemberId member, LocalDate valueDate, Money amount) {
    return new Payment(member, valueDate, amount, PaymentStatus.CONFIRMED);
  }
}
