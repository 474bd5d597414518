/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.util.concurrent.TimeUnit;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.FifoAllocation;
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
 * FIFO eligibility and allocation at full size: 10,000 members, 1,000 lots, 1,000,000 ledger
 * entries (the round of {@link CoopAllocationBenchmark}). No baseline here: the per-member scan
 * would take minutes per operation; the comparison tool compares this one by raw time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoopAllocationFullSizeBenchmark {
  @Param({"10000"})
  public int members;

  private AllocationRound round;
  private FifoAllocation fifo;

  @Setup
  public void setUp() {
    round = CoopAllocationBenchmark.round(members);
    fifo = FifoAllocation.withTolerance(Money.ofMinor(Money.EUR, CoopAllocationBenchmark.TOLERANCE));
  }

  @Benchmark
  public AllocationPlan library() {
    return fifo.allocate(round);
  }
}
