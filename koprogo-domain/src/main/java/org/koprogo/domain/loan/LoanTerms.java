/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The terms of a solidarity-fund loan repaid by constant monthly payments (French amortisation).
 * Immutable.
 *
 * @param principal the amount lent, positive
 * @param annualRatePercent the annual rate in percent, not negative
 * @param months the number of monthly payments, at least 1
 * @param convention how the annual rate becomes the monthly rate ({@link
 *     MonthlyRateConvention#NOMINAL} in RULES.md)
 */
public record LoanTerms(
    Money principal, BigDecimal annualRatePercent, int months, MonthlyRateConvention convention) {

  /**
   * Validates the terms, in this order.
   *
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL}, {@code INVALID_TERM} (fewer than 1
   *     month or more than {@link #MAX_MONTHS}), {@code NEGATIVE_RATE}
   */
  /**
   * The longest loan, in months: 1,200 (a hundred years). A library bound, not a rule of law: the
   * exact power {@code (1+r)^n} grows with {@code n}, and this keeps it fast whatever is sent.
   */
  public static final int MAX_MONTHS = 1200;

  /**
   * Checks the terms.
   *
   * @param principal the amount lent, positive
   * @param annualRatePercent the annual rate in percent, not negative
   * @param months the number of monthly payments, at least 1
   * @param convention how the annual rate becomes the monthly rate ({@link
   *     MonthlyRateConvention#NOMINAL} in RULES.md)
   * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for a principal of zero or less, {@code
   *     INVALID_TERM} for months outside 1 to {@link #MAX_MONTHS}, {@code NEGATIVE_RATE} for a
   *     negative rate
   */
  public LoanTerms {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(annualRatePercent, "annualRatePercent");
    Objects.requireNonNull(convention, "convention");
    if (!principal.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL, "principal " + principal.toPlainString() + " is not positive",
          "field", "principal", "value", principal.toPlainString());
    }
    if (months < 1 || months > MAX_MONTHS) {
      throw KoproGoException.of(
          ErrorCode.INVALID_TERM,
          "a loan lasts from 1 to " + MAX_MONTHS + " months, got " + months,
          "field", "months", "value", months);
    }
    if (annualRatePercent.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_RATE, "annual rate " + annualRatePercent.toPlainString() + "% is negative",
          "field", "annualRatePercent", "value", annualRatePercent.toPlainString());
    }
  }

  /**
   * Terms with the nominal monthly rate {@code annual / 12} of RULES.md.
   *
   * @param principal the amount lent, positive
   * @param annualRatePercent the annual rate in percent, not negative
   * @param months the number of monthly payments
   * @return the terms
   * @throws KoproGoException as the canonical constructor
   */
  public static LoanTerms of(Money principal, BigDecimal annualRatePercent, int months) {
    return new LoanTerms(principal, annualRatePercent, months, MonthlyRateConvention.NOMINAL);
  }

  /**
   * The same terms under another monthly-rate convention.
   *
   * @param other the convention
   * @return the terms
   */
  public LoanTerms with(MonthlyRateConvention other) {
    return new LoanTerms(principal, annualRatePercent, months, other);
  }
}
