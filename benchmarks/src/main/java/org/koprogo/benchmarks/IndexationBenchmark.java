/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.indexation.Indexation;
import org.koprogo.domain.indexation.IndexedInstallments;
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
 * A contribution plan indexed at 2.35% compound over {@code periods} periods (a small
 * computation, benchmarked to catch regressions).
 *
 * <ul>
 *   <li>{@code library}: {@link Indexation#installments(Money, int)} (each installment exact,
 *       rounded once);
 *   <li>{@code baseline}: {@code B * (1 + r)^k} in {@link BigDecimal} with {@link
 *       MathContext#DECIMAL128}, rounded half up to the cent.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexationBenchmark {
  @Param({"12", "120"})
  public int periods;

  private Indexation indexation;
  private Money base;

  @Setup
  public void setUp() {
    indexation = Indexation.compound(new BigDecimal("2.35"));
    base = Money.ofMinor(Money.EUR, 87_550);
  }

  @Benchmark
  public IndexedInstallments library() {
    return indexation.installments(base, periods);
  }

  /** Every installment. */
  @Benchmark
  public BigDecimal[] baseline() {
    BigDecimal growth = BigDecimal.ONE.add(new BigDecimal("2.35").movePointLeft(2));
    BigDecimal b = base.toBigDecimal();
    BigDecimal[] result = new BigDecimal[periods];
    for (int k = 0; k < periods; k++) {
      result[k] = b.multiply(growth.pow(k, MathContext.DECIMAL128)).setScale(2, RoundingMode.HALF_UP);
    }
    return result;
  }
}
