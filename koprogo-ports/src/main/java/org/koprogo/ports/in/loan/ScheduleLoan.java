/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.loan;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.loan.LoanSchedule;
import org.koprogo.domain.loan.MonthlyRateConvention;
import org.koprogo.domain.shared.Money;

/**
 * Use case: the monthly repayment schedule of a loan (a zero-rate loan or a works credit of a
 * solidarity fund): equal monthly payments, every month's interest and principal to the cent, the
 * last month settling the balance. A calculation on the terms given; nothing is read or stored.
 *
 * <p>Refusals: {@code MISSING_FIELD} naming {@code principal}, {@code annualRatePercent} or
 * {@code months}; {@code INVALID_FIELD} naming {@code months} (more than {@link #MAX_MONTHS}),
 * {@code principal} (not an amount of the currency) or {@code convention}; the domain's refusals
 * of the terms ({@code LoanTerms}).
 */
public interface ScheduleLoan {
  /** The longest schedule answered (50 years): the exact arithmetic grows with the term. */
  int MAX_MONTHS = 600;

  /**
   * The schedule of {@code terms}.
   *
   * @param terms the loan's terms as a client gives them
   * @return the terms read and their schedule
   * @throws org.koprogo.domain.shared.KoproGoException as listed above
   */
  Schedule schedule(Terms terms);

  /**
   * A loan's terms as plain values.
   *
   * @param principal the amount lent, plain decimal, positive
   * @param currency ISO 4217 code (EUR when null)
   * @param annualRatePercent the yearly rate in percent (0 for a zero-rate loan)
   * @param months the number of monthly payments, 1 to {@link #MAX_MONTHS}
   * @param convention NOMINAL (annual / 12, the default when null) or ACTUARIAL (the twelfth root)
   */
  record Terms(String principal, @Nullable String currency, BigDecimal annualRatePercent, Integer months,
      @Nullable String convention) {}

  /**
   * The terms as read, and their schedule.
   *
   * @param principal the amount lent
   * @param annualRatePercent the yearly rate in percent
   * @param months the number of monthly payments
   * @param convention how the monthly rate derives from the yearly one
   * @param schedule the domain's schedule (payment, every installment, totals)
   */
  record Schedule(Money principal, BigDecimal annualRatePercent, int months, MonthlyRateConvention convention,
      LoanSchedule schedule) {
    /**
     * Checks that every part is given.
     *
     * @param principal the amount lent
     * @param annualRatePercent the yearly rate in percent
     * @param months the number of monthly payments
     * @param convention the convention
     * @param schedule the schedule
     */
    public Schedule {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(annualRatePercent, "annualRatePercent");
      Objects.requireNonNull(convention, "convention");
      Objects.requireNonNull(schedule, "schedule");
    }
  }
}
