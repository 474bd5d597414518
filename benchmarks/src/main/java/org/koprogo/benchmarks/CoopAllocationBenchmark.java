/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.Due;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.OfferedLot;
import org.koprogo.domain.coop.Payment;
import org.koprogo.domain.coop.PaymentStatus;
import org.koprogo.domain.coop.Penalty;
import org.koprogo.domain.coop.Rank;
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
 * FIFO eligibility and lot allocation of a housing cooperative: {@code members} members (one in
 * ten with preferences, 5% not ACTIVE), {@code members / 10} lots, 100 ledger entries per member
 * (dues 60%, payments 35% of which some pending or rejected, penalties 5%, a tenth of them after
 * the cut-off).
 *
 * <ul>
 *   <li>{@code library}: {@link FifoAllocation#allocate(AllocationRound)} on a round built once
 *       (the round's validation is not measured);
 *   <li>{@code baseline}: the straightforward code: for each member, a linear scan of the whole
 *       ledger for their entries, then the same eligibility and FIFO allotment with list scans.
 * </ul>
 *
 * The baseline is quadratic (members x ledger entries): at 10,000 members and 1,000,000 entries
 * it would take minutes per operation, so this class stops at 1,000 members and {@link
 * CoopAllocationFullSizeBenchmark} measures the library alone at full size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoopAllocationBenchmark {
  /** 500.00 EUR of arrears forgiven: about half the members are eligible. */
  static final long TOLERANCE = 50_000;

  @Param({"100", "1000"})
  public int members;

  private AllocationRound round;
  private FifoAllocation fifo;

  @Setup
  public void setUp() {
    round = round(members);
    fifo = FifoAllocation.withTolerance(Money.ofMinor(Money.EUR, TOLERANCE));
  }

  /** A round of {@code members} members, {@code members / 10} lots, 100 ledger entries each. */
  static AllocationRound round(int members) {
    SplittableRandom random = new SplittableRandom(42);
    LocalDate cutoff = LocalDate.of(2026, 6, 30);
    List<Applicant> applicants = new ArrayList<>(members);
    List<OfferedLot> lots = new ArrayList<>();
    int lotCount = Math.max(1, members / 10);
    for (int l = 0; l < lotCount; l++) {
      LotId id = LotId.of("LOT-" + l);
      lots.add(l % 20 == 19 ? OfferedLot.unavailable(id) : OfferedLot.available(id));
    }
    List<MemberId> ids = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      MemberId id = MemberId.of("M" + i);
      ids.add(id);
      MemberStatus status = i % 20 == 7 ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
      // Ranks are a permutation of 1..members, not the list order.
      Rank rank = Rank.of(1 + (i * 7_919L) % members);
      if (i % 10 == 3) {
        List<LotId> prefs = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
          prefs.add(lots.get(random.nextInt(lotCount)).id());
        }
        applicants.add(new Applicant(id, rank, status, prefs.stream().distinct().toList()));
      } else {
        applicants.add(Applicant.of(id, rank, status));
      }
    }
    List<Due> dues = new ArrayList<>();
    List<Penalty> penalties = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    int entries = members * 100;
    for (int e = 0; e < entries; e++) {
      MemberId m = ids.get(random.nextInt(members));
      LocalDate date = cutoff.minusDays(random.nextInt(3_000) - 300);
      int kind = random.nextInt(100);
      if (kind < 60) {
        dues.add(new Due(m, date, Money.ofMinor(Money.EUR, 25_000)));
      } else if (kind < 65) {
        penalties.add(new Penalty(m, date, Money.ofMinor(Money.EUR, 1_500)));
      } else {
        PaymentStatus st =
            kind < 97 ? PaymentStatus.CONFIRMED : kind < 99 ? PaymentStatus.PENDING : PaymentStatus.REJECTED;
        payments.add(new Payment(m, date, Money.ofMinor(Money.EUR, 43_500), st));
      }
    }
    return new AllocationRound(cutoff, Money.EUR, applicants, lots, dues, penalties, payments);
  }

  @Benchmark
  public AllocationPlan library() {
    return fifo.allocate(round);
  }

  /** Every member's lot (null when none), in the applicants' order, by per-member ledger scans. */
  @Benchmark
  public LotId[] baseline() {
    List<Applicant> applicants = round.applicants();
    LocalDate cutoff = round.cutoff();
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < applicants.size(); i++) {
      Applicant a = applicants.get(i);
      long owed = 0;
      long paid = 0;
      for (Due d : round.dues()) {
        if (d.member().equals(a.id()) && !d.dueDate().isAfter(cutoff)) {
          owed += d.amount().minorUnits();
        }
      }
      for (Penalty p : round.penalties()) {
        if (p.member().equals(a.id()) && !p.date().isAfter(cutoff)) {
          owed += p.amount().minorUnits();
        }
      }
      for (Payment p : round.payments()) {
        if (p.member().equals(a.id())
            && p.status() == PaymentStatus.CONFIRMED
            && !p.valueDate().isAfter(cutoff)) {
          paid += p.amount().minorUnits();
        }
      }
      if (a.status() == MemberStatus.ACTIVE && owed - paid <= TOLERANCE) {
        eligible.add(i);
      }
    }
    eligible.sort(Comparator.comparing(i -> applicants.get(i).rank()));
    List<LotId> free = new ArrayList<>();
    for (OfferedLot l : round.lots()) {
      if (l.available()) {
        free.add(l.id());
      }
    }
    LotId[] allotted = new LotId[applicants.size()];
    for (int i : eligible) {
      Applicant a = applicants.get(i);
      LotId taken = null;
      if (a.hasPreferences()) {
        for (LotId wanted : a.preferences()) {
          if (free.contains(wanted)) {
            taken = wanted;
            break;
          }
        }
      } else if (!free.isEmpty()) {
        taken = free.get(0);
      }
      if (taken != null) {
        free.remove(taken);
        allotted[i] = taken;
      }
    }
    return allotted;
  }
}
