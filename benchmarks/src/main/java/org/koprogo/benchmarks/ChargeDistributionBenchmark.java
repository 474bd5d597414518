/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.CompiledKey;
import org.koprogo.domain.charges.Distribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
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
 * Charge distribution of one expense over a building's lots, by one key or by a composite key
 * (30% by shares, 70% by heating meter readings with two decimals, one lot in ten without a
 * meter).
 *
 * <ul>
 *   <li>{@code library}: the key compiled once for the building ({@link CompiledKey}), then one
 *       expense distributed: what a host does for every invoice;
 *   <li>{@code libraryOneShot}: {@link ChargeDistribution#distribute(Money, List, List)}, which
 *       validates and compiles the key for that one expense;
 *   <li>{@code baseline}: the straightforward code, on the same weights already aligned to the
 *       lots: each lot's part by {@link BigDecimal} division rounded {@link RoundingMode#HALF_UP}
 *       (per key part for a composite key), and the rounding difference put on the last lot.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChargeDistributionBenchmark {
  @Param({"10", "1000", "100000"})
  public int lots;

  @Param({"single", "composite"})
  public String key;

  private List<LotId> ids;
  private List<KeyShare> keyShares;
  private CompiledKey compiled;
  private Money amount;

  /** Baseline input: the weights aligned to the lots, key by key, and each key's total. */
  private BigDecimal[][] weights;
  private BigDecimal[] totals;
  private BigDecimal[] shares;
  private BigDecimal shareTotal;

  @Setup
  public void setUp() {
    ids = new ArrayList<>(lots);
    for (int i = 0; i < lots; i++) {
      ids.add(LotId.of("L" + i));
    }
    keyShares = new ArrayList<>();
    keyShares.add(new KeyShare(BigDecimal.valueOf(30), sharesKey(ids)));
    if ("composite".equals(key)) {
      keyShares.add(new KeyShare(BigDecimal.valueOf(70), metersKey(ids)));
    } else if (!"single".equals(key)) {
      throw new IllegalArgumentException("key is single or composite, not " + key);
    }
    compiled = ChargeDistribution.compile(ids, keyShares);
    amount = Money.parse("123456.78", Money.EUR);

    int k = keyShares.size();
    weights = new BigDecimal[k][lots];
    totals = new BigDecimal[k];
    shares = new BigDecimal[k];
    shareTotal = BigDecimal.ZERO;
    for (int j = 0; j < k; j++) {
      DistributionKey dk = keyShares.get(j).key();
      for (int i = 0; i < lots; i++) {
        weights[j][i] = dk.weightOf(ids.get(i));
      }
      totals[j] = dk.totalWeight();
      shares[j] = keyShares.get(j).share();
      shareTotal = shareTotal.add(shares[j]);
    }
  }

  /** The general key: every lot's shares in the common parts, 100 to 999. */
  static DistributionKey sharesKey(List<LotId> ids) {
    Map<LotId, BigDecimal> w = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      w.put(ids.get(i), BigDecimal.valueOf(100 + (i * 37L) % 900));
    }
    return new DistributionKey("shares", w);
  }

  /** Heating meter readings with two decimals; every tenth lot has no meter. */
  static DistributionKey metersKey(List<LotId> ids) {
    Map<LotId, BigDecimal> w = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (i % 10 != 9) {
        w.put(ids.get(i), BigDecimal.valueOf(1_000 + (i * 7_919L) % 250_000, 2));
      }
    }
    return new DistributionKey("heating meters", w);
  }

  @Benchmark
  public Distribution library() {
    return compiled.distribute(amount);
  }

  @Benchmark
  public Distribution libraryOneShot() {
    return ChargeDistribution.distribute(amount, ids, keyShares);
  }

  @Benchmark
  public BigDecimal[] baseline() {
    BigDecimal total = amount.toBigDecimal();
    int k = weights.length;
    BigDecimal[] keyAmounts = new BigDecimal[k];
    for (int j = 0; j < k; j++) {
      keyAmounts[j] = total.multiply(shares[j]).divide(shareTotal, 2, RoundingMode.HALF_UP);
    }
    BigDecimal[] parts = new BigDecimal[lots];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < lots; i++) {
      BigDecimal part = BigDecimal.ZERO;
      for (int j = 0; j < k; j++) {
        part =
            part.add(
                keyAmounts[j].multiply(weights[j][i]).divide(totals[j], 2, RoundingMode.HALF_UP));
      }
      parts[i] = part;
      given = given.add(part);
    }
    parts[lots - 1] = parts[lots - 1].add(total.subtract(given));
    return parts;
  }
}
