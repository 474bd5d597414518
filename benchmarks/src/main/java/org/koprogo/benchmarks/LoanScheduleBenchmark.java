/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.loan.LoanSchedule;
import org.koprogo.domain.loan.LoanTerms;
import org.koprogo.domain.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A solidarity-fund loan's French amortisation schedule: 150,000.00 at 3.25% a year over
 * {@code months} months.
 *
 * <ul>
 *   <li>{@code library}: {@link LoanSchedule#of(LoanTerms)} (exact payment, every month);
 *   <li>{@code baseline}: the straightforward code in {@link BigDecimal} with {@link
 *       MathContext#DECIMAL128}: the payment {@code P*r / (1 - (1+r)^-n)} rounded half up, then
 *       each month's interest rounded half up, the last month repaying the balance.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoanScheduleBenchmark {
  @Param({"12", "120", "360"})
  public int months;

  private LoanTerms terms;

  @Setup
  public void setUp() {
    terms = LoanTerms.of(Money.ofMinor(Money.EUR, 15_000_000), new BigDecimal("3.25"), months);
  }

  @Benchmark
  public LoanSchedule library() {
    return LoanSchedule.of(terms);
  }

  /** Every month's payment, interest, principal and balance. */
  @Benchmark
  public BigDecimal[][] baseline() {
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal principal = terms.principal().toBigDecimal();
    BigDecimal r = terms.annualRatePercent().divide(BigDecimal.valueOf(1200), mc);
    BigDecimal growth = BigDecimal.ONE.add(r).pow(months, mc);
    BigDecimal payment =
        principal.multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), mc)
            .setScale(2, RoundingMode.HALF_UP);
    BigDecimal[][] rows = new BigDecimal[months][];
    BigDecimal balance = principal;
    for (int m = 0; m < months; m++) {
      BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_UP);
      BigDecimal pay = m == months - 1 ? balance.add(interest) : payment;
      BigDecimal amortised = pay.subtract(interest);
      balance = balance.subtract(amortised);
      rows[m] = new BigDecimal[] {pay, interest, amortised, balance};
    }
    return rows;
  }
}
