/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.Distribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Charge distribution of one expense over many lots by one key. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChargeDistributionBenchmark {
  @Param({"10", "1000", "100000"})
  public int lots;

  private List<LotId> ids;
  private DistributionKey key;
  private Money amount;

  @Setup
  public void setUp() {
    ids = new ArrayList<>(lots);
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < lots; i++) {
      LotId id = LotId.of("L" + i);
      ids.add(id);
      weights.put(id, BigDecimal.valueOf(100 + (i * 37L) % 900));
    }
    key = new DistributionKey("general", weights);
    amount = Money.parse("123456.78", Money.EUR);
  }

  @Benchmark
  public Distribution library() {
    return ChargeDistribution.distribute(amount, ids, key);
  }
}
