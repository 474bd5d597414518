/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.penalty.AccrualStart;
import org.koprogo.domain.penalty.LatePenalty;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyAssessment;
import org.koprogo.domain.penalty.PenaltyRate;
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
 * Late-payment penalties of a whole ledger: {@code installments} installments, each with 0 to 3
 * partial payments (some after the assessment date), assessed at one date under a statutory
 * rate of 8%, ACT/365, 15 days' grace, a flat fee of 25.00, a minimum of 10.00 and a cap of 10%.
 *
 * <ul>
 *   <li>{@code library}: {@link LatePenalty#assess} for every installment (exact interest, one
 *       rounding);
 *   <li>{@code baseline}: the straightforward code: payments sorted, the interest of each piece
 *       of constant balance in {@link BigDecimal} ({@link MathContext#DECIMAL64}), summed and
 *       rounded half up to the cent.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LatePenaltyBenchmark {
  @Param({"100", "10000", "100000"})
  public int installments;

  private Money[] principals;
  private LocalDate[] dueDates;
  private List<List<Payment>> payments;
  private LocalDate asOf;
  private LatePenaltyPolicy policy;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    asOf = LocalDate.of(2026, 11, 20);
    policy =
        LatePenaltyPolicy.simpleInterest(
                PenaltyRate.fromStatutes(new BigDecimal("8"), "art. 14 of the statutes"), Money.EUR)
            .withGrace(15, AccrualStart.DUE_DATE)
            .withFees(Money.ofMinor(Money.EUR, 2_500), Money.ofMinor(Money.EUR, 1_000))
            .withCap(new BigDecimal("10"));
    principals = new Money[installments];
    dueDates = new LocalDate[installments];
    payments = new ArrayList<>(installments);
    for (int i = 0; i < installments; i++) {
      long principal = 5_000 + random.nextInt(200_000);
      principals[i] = Money.ofMinor(Money.EUR, principal);
      dueDates[i] = asOf.minusDays(random.nextInt(730));
      List<Payment> paid = new ArrayList<>();
      int count = random.nextInt(4);
      long left = principal;
      for (int p = 0; p < count && left > 1; p++) {
        long amount = 1 + random.nextLong(left / 2 + 1);
        left -= amount;
        paid.add(Payment.of(dueDates[i].plusDays(random.nextInt(800)), Money.ofMinor(Money.EUR, amount)));
      }
      payments.add(List.copyOf(paid));
    }
  }

  @Benchmark
  public PenaltyAssessment[] library() {
    PenaltyAssessment[] result = new PenaltyAssessment[installments];
    for (int i = 0; i < installments; i++) {
      result[i] = LatePenalty.assess(principals[i], dueDates[i], asOf, payments.get(i), policy);
    }
    return result;
  }

  /** Every installment's penalty, by piecewise BigDecimal interest. */
  @Benchmark
  public BigDecimal[] baseline() {
    BigDecimal rate = new BigDecimal("0.08");
    BigDecimal year = BigDecimal.valueOf(365);
    BigDecimal fee = new BigDecimal("25.00");
    BigDecimal minimum = new BigDecimal("10.00");
    BigDecimal[] result = new BigDecimal[installments];
    for (int i = 0; i < installments; i++) {
      BigDecimal principal = principals[i].toBigDecimal();
      LocalDate due = dueDates[i];
      LocalDate graceEnd = due.plusDays(15);
      List<Payment> sorted = new ArrayList<>();
      for (Payment p : payments.get(i)) {
        if (!p.date().isAfter(asOf)) {
          sorted.add(p);
        }
      }
      sorted.sort(Comparator.comparing(Payment::date));
      BigDecimal paidByGrace = BigDecimal.ZERO;
      for (Payment p : sorted) {
        if (!p.date().isAfter(graceEnd)) {
          paidByGrace = paidByGrace.add(p.amount().toBigDecimal());
        }
      }
      if (!asOf.isAfter(graceEnd) || paidByGrace.compareTo(principal) >= 0) {
        result[i] = BigDecimal.ZERO;
        continue;
      }
      BigDecimal balance = principal;
      BigDecimal interest = BigDecimal.ZERO;
      LocalDate cursor = due;
      for (Payment p : sorted) {
        if (p.date().isAfter(cursor)) {
          long days = ChronoUnit.DAYS.between(cursor, p.date());
          interest =
              interest.add(
                  balance.multiply(rate).multiply(BigDecimal.valueOf(days)).divide(year, MathContext.DECIMAL64));
          cursor = p.date();
        }
        balance = balance.subtract(p.amount().toBigDecimal());
      }
      if (balance.signum() > 0 && asOf.isAfter(cursor)) {
        long days = ChronoUnit.DAYS.between(cursor, asOf);
        interest =
            interest.add(
                balance.multiply(rate).multiply(BigDecimal.valueOf(days)).divide(year, MathContext.DECIMAL64));
      }
      BigDecimal penalty = interest.setScale(2, RoundingMode.HALF_UP).add(fee).max(minimum);
      BigDecimal cap = principal.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      result[i] = penalty.min(cap);
    }
    return result;
  }
}
