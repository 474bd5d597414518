/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyAssessment;
import org.koprogo.domain.shared.Money;

/**
 * One installment on an owner's statement: what was imputed to it, what is still owed, and its
 * late-payment assessment as of the statement's date. Immutable.
 *
 * @param installment the installment
 * @param payments the payment parts imputed to it (oldest installment first), in date order
 * @param paid their total
 * @param outstanding the principal still owed
 * @param penalty the late-payment assessment as of the statement's date
 */
public record StatementLine(
    Installment installment, List<Payment> payments, Money paid, Money outstanding, PenaltyAssessment penalty) {
  /**
   * Checks that every part is given and copies the payments.
   *
   * @param installment the installment
   * @param payments the payment parts imputed to it (oldest installment first), in date order
   * @param paid their total
   * @param outstanding the principal still owed
   * @param penalty the late-payment assessment as of the statement's date
   */
  public StatementLine {
    Objects.requireNonNull(installment, "installment");
    payments = List.copyOf(payments);
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(outstanding, "outstanding");
    Objects.requireNonNull(penalty, "penalty");
  }

  /**
   * True when the installment is past its due date and not fully paid on {@code asOf}.
   *
   * @param asOf a date
   * @return whether the installment is overdue then
   */
  public boolean overdueOn(LocalDate asOf) {
    return asOf.isAfter(installment.dueDate()) && outstanding.isPositive();
  }
}
