/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One month of a loan schedule: {@code payment = interest + principal}, and the balance left
 * after it. Immutable.
 *
 * @param month the month, from 1
 * @param payment the amount paid this month
 * @param interest its interest part
 * @param principal its principal part (repayment)
 * @param balance the principal still owed after this month
 */
public record LoanInstallment(int month, Money payment, Money interest, Money principal, Money balance) {
  /**
   * Checks the installment.
   *
   * @param month the month, from 1
   * @param payment the amount paid this month
   * @param interest its interest part
   * @param principal its principal part (repayment)
   * @param balance the principal still owed after this month
   * @throws KoproGoException {@code INVALID_FIELD} for a month below 1
   */
  public LoanInstallment {
    Objects.requireNonNull(payment, "payment");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(balance, "balance");
    if (month < 1) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "months start at 1, got " + month, "field", "month");
    }
  }
}
