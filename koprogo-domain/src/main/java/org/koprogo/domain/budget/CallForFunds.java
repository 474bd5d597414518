/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;

/**
 * One call for funds (appel de fonds, provisieaanvraag): what one lot owes for one period, the
 * working capital and the reserve fund kept apart.
 *
 * @param lot the lot
 * @param period the period, from 1
 * @param dueDate the first day of the period
 * @param workingCapital the lot's advance on the working capital
 * @param reserve the lot's contribution to the reserve fund
 */
public record CallForFunds(
    LotId lot, int period, LocalDate dueDate, Money workingCapital, Money reserve) {
  /**
   * Checks that every part is given.
   *
   * @param lot the lot
   * @param period the period, from 1
   * @param dueDate the first day of the period
   * @param workingCapital the lot's advance on the working capital
   * @param reserve the lot's contribution to the reserve fund
   */
  public CallForFunds {
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(workingCapital, "workingCapital");
    Objects.requireNonNull(reserve, "reserve");
  }

  /**
   * The part of {@code fund}.
   *
   * @param fund working capital or reserve
   * @return its part of the call
   */
  public Money amountOf(Fund fund) {
    return fund == Fund.WORKING_CAPITAL ? workingCapital : reserve;
  }

  /**
   * Working capital plus reserve.
   *
   * @return the total called
   */
  public Money total() {
    return workingCapital.plus(reserve);
  }
}
