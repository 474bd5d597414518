/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * What one installment owes for late payment as of a date (RULES.md, {@code late-penalty}
 * output). When the installment is not late every figure is zero except the outstanding
 * principal. Immutable.
 *
 * @param late whether the installment is late
 * @param daysLate days from the due date to the day it was fully paid, or to the as-of date
 * @param interest the interest, rounded once
 * @param fee the flat fee charged
 * @param penalty {@code max(interest + fee, minimum)}, capped
 * @param outstandingPrincipal the principal still unpaid as of the date
 */
public record PenaltyAssessment(
    boolean late, int daysLate, Money interest, Money fee, Money penalty, Money outstandingPrincipal) {
  /**
   * Checks the assessment.
   *
   * @param late whether the installment is late
   * @param daysLate days from the due date to the day it was fully paid, or to the as-of date
   * @param interest the interest, rounded once
   * @param fee the flat fee charged
   * @param penalty {@code max(interest + fee, minimum)}, capped
   * @param outstandingPrincipal the principal still unpaid as of the date
   * @throws KoproGoException {@code INVALID_FIELD} for negative days late
   */
  public PenaltyAssessment {
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(penalty, "penalty");
    Objects.requireNonNull(outstandingPrincipal, "outstandingPrincipal");
    if (daysLate < 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "daysLate is not negative", "field", "daysLate");
    }
  }
}
