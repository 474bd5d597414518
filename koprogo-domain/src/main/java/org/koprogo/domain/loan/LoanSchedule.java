/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The full repayment schedule of a loan (RULES.md, {@code loan-schedule}): French amortisation,
 * a constant monthly payment.
 *
 * <ul>
 *   <li>{@code payment = P*r / (1 - (1+r)^-n)}, or {@code P / n} when {@code r = 0}, rounded half
 *       up to the cent; {@code (1+r)^n} is an exact rational power, never a floating-point one;
 *   <li>each month, {@code interest = balance * r} rounded half up, {@code principal = payment -
 *       interest};
 *   <li>the last month repays the remaining balance exactly: its payment is that balance plus its
 *       interest.
 * </ul>
 *
 * <p>The principal parts add up to the loan's principal exactly. Immutable and thread-safe.
 *
 * @param terms the loan's terms
 * @param monthlyRate the exact monthly rate used (for ACTUARIAL, the rational value of its
 *     40-digit approximation)
 * @param payment the constant monthly payment (months 1 to n-1)
 * @param installments every month, in order
 */
public record LoanSchedule(
    LoanTerms terms, Fraction monthlyRate, Money payment, List<LoanInstallment> installments) {
  /**
   * Checks the schedule and copies its installments.
   *
   * @param terms the loan's terms
   * @param monthlyRate the exact monthly rate used (for ACTUARIAL, the rational value of its
   *     40-digit approximation)
   * @param payment the constant monthly payment (months 1 to n-1)
   * @param installments every month, in order
   * @throws KoproGoException {@code INVALID_FIELD} when the number of installments is not the
   *     terms' months
   */
  public LoanSchedule {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(monthlyRate, "monthlyRate");
    Objects.requireNonNull(payment, "payment");
    installments = List.copyOf(installments);
    if (installments.size() != terms.months()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a schedule has one installment per month", "field", "installments");
    }
  }

  /**
   * Computes the schedule of {@code terms}.
   *
   * @param terms the loan's terms
   * @return the schedule
   * @throws KoproGoException {@code AMOUNT_OVERFLOW} when a payment or a total passes 2^63 - 1
   *     minor units (a rate so high that the interest alone is beyond any amount)
   */
  public static LoanSchedule of(LoanTerms terms) {
    try {
      return compute(terms);
    } catch (ArithmeticException e) {
      throw KoproGoException.of(
          ErrorCode.AMOUNT_OVERFLOW, "a payment of this loan is beyond 2^63 - 1 minor units");
    }
  }

  private static LoanSchedule compute(LoanTerms terms) {
    Objects.requireNonNull(terms, "terms");
    Fraction r = terms.convention().monthlyRate(terms.annualRatePercent());
    int n = terms.months();
    long principalCents = terms.principal().minorUnits();
    Fraction p = Fraction.of(principalCents);
    long payment;
    if (r.isZero()) {
      payment = p.dividedBy(Fraction.of(n)).round(RoundingMode.HALF_UP).longValueExact();
    } else {
      // P*r / (1 - (1+r)^-n) with r = u/v: P*u*(v+u)^n / (v*((v+u)^n - v^n)), all positive;
      // rounded half up as floor((2*num + den) / (2*den)), without reducing the big fraction.
      BigInteger u = r.numerator();
      BigInteger v = r.denominator();
      BigInteger grown = v.add(u).pow(n);
      BigInteger num = BigInteger.valueOf(principalCents).multiply(u).multiply(grown);
      BigInteger den = v.multiply(grown.subtract(v.pow(n)));
      payment = num.shiftLeft(1).add(den).divide(den.shiftLeft(1)).longValueExact();
    }
    BigInteger rn = r.numerator();
    BigInteger rd = r.denominator();
    List<LoanInstallment> lines = new ArrayList<>(n);
    long balance = principalCents;
    var currency = terms.principal().currency();
    for (int month = 1; month <= n; month++) {
      long interest = interestCents(balance, rn, rd);
      long due = month == n ? Money.addMinorUnits(balance, interest) : payment;
      long repaid = Money.addMinorUnits(due, -interest);
      balance = Money.addMinorUnits(balance, -repaid);
      lines.add(
          new LoanInstallment(
              month,
              Money.ofMinor(currency, due),
              Money.ofMinor(currency, interest),
              Money.ofMinor(currency, repaid),
              Money.ofMinor(currency, balance)));
    }
    return new LoanSchedule(terms, r, Money.ofMinor(currency, payment), lines);
  }

  private static long interestCents(long balance, BigInteger rn, BigInteger rd) {
    if (rn.signum() == 0 || balance == 0) {
      return 0;
    }
    if (balance > 0) {
      // round half up of a non-negative b*rn/rd: floor((2*b*rn + rd) / (2*rd))
      BigInteger twice = BigInteger.valueOf(balance).multiply(rn).shiftLeft(1);
      return twice.add(rd).divide(rd.shiftLeft(1)).longValueExact();
    }
    return Fraction.of(BigInteger.valueOf(balance).multiply(rn), rd)
        .round(RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * The last month's payment (the remaining balance plus its interest).
   *
   * @return the last payment
   */
  public Money lastPayment() {
    return installments.get(installments.size() - 1).payment();
  }

  /**
   * The sum of the interest parts.
   *
   * @return the total interest
   */
  public Money totalInterest() {
    Money total = Money.zero(payment.currency());
    for (LoanInstallment i : installments) {
      total = total.plus(i.interest());
    }
    return total;
  }

  /**
   * The sum of every payment: the principal plus the total interest.
   *
   * @return the total paid
   */
  public Money totalPaid() {
    return terms.principal().plus(totalInterest());
  }
}
