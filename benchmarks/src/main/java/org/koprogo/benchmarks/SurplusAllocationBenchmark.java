/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.association.SurplusPlan;
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
 * The association's yearly surplus split between {@code destinations} destinations (a small
 * computation, benchmarked to catch regressions): 12 cost lines, a reserve of 6 months, a price
 * decrease destination.
 *
 * <ul>
 *   <li>{@code library}: {@link SurplusAllocation#allocate};
 *   <li>{@code baseline}: each destination's percent of the surplus in {@link BigDecimal}, half
 *       up, the rounding difference on the last destination.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SurplusAllocationBenchmark {
  @Param({"4", "40"})
  public int destinations;

  private AssociationAccounts accounts;
  private SurplusPlan plan;

  @Setup
  public void setUp() {
    List<CostLine> costs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      costs.add(CostLine.of("cost " + i, Money.ofMinor(Money.EUR, 250_000 + i * 1_337L)));
    }
    accounts =
        new AssociationAccounts(
            Money.ofMinor(Money.EUR, 4_812_345), costs, 180, Money.ofMinor(Money.EUR, 1_500));
    List<Destination> list = new ArrayList<>();
    list.add(Destination.of("reserve", "40"));
    list.add(Destination.of("price", "20"));
    int rest = destinations - 2;
    // 40 percent left, split in equal parts with three decimals, the last one taking the rest.
    BigDecimal part = new BigDecimal("40").divide(BigDecimal.valueOf(rest), 3, RoundingMode.DOWN);
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < rest; i++) {
      BigDecimal p = i == rest - 1 ? new BigDecimal("40").subtract(given) : part;
      given = given.add(p);
      list.add(new Destination("project " + i, p));
    }
    plan =
        SurplusPlan.of(list)
            .withPriceDecreaseDestination("price")
            .withReserve(ReservePolicy.of(Money.ofMinor(Money.EUR, 500_000), 6));
  }

  @Benchmark
  public SurplusAllocationResult library() {
    return SurplusAllocation.allocate(accounts, plan);
  }

  /** Every destination's amount. */
  @Benchmark
  public BigDecimal[] baseline() {
    BigDecimal costs = BigDecimal.ZERO;
    for (CostLine c : accounts.costs()) {
      costs = costs.add(c.amount().toBigDecimal());
    }
    BigDecimal surplus = accounts.revenue().toBigDecimal().subtract(costs);
    List<Destination> list = plan.destinations();
    BigDecimal[] parts = new BigDecimal[list.size()];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < parts.length; i++) {
      parts[i] =
          surplus.multiply(list.get(i).percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      given = given.add(parts[i]);
    }
    parts[parts.length - 1] = parts[parts.length - 1].add(surplus.subtract(given));
    return parts;
  }
}
