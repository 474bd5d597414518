/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.LedgerSums;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.OfferedLot;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.application.CoopLedgers;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 21: the reads of a cooperative ledger write and of an allocation round, on the JDBC
 * adapter over an in-memory H2 database (no network: the figures are the adapter's and the
 * library's CPU, a lower bound of what PostgreSQL costs), for a group of 10 members whose ledger
 * holds {@code history} entries per member before the cut-off, in an organisation with {@code
 * groups} other groups of 2 members each.
 *
 * <ul>
 *   <li>{@code groupsOfMember} / {@code baselineGroupsOfMember}: the groups a ledger entry's
 *       member belongs to, by the member's index term (V95) / by reading every group of the
 *       organisation and filtering (what each ledger write did before);
 *   <li>{@code round} / {@code baseline}: an allocation round's plan from the applicants' sums at
 *       the cut-off (running totals less the entries after it) / from the replay of the whole
 *       ledger (what a round did before). The two plans are checked equal at set-up.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoopLedgerCostBenchmark {
  private static final OrganisationId ORG = OrganisationId.of("bench");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Actor MANAGER = Actor.of("treasurer", Role.COOP_MANAGER);
  private static final Currency EUR = Money.EUR;
  private static final LocalDate CUTOFF = LocalDate.of(2030, 1, 1);
  private static final int MEMBERS = 10;

  @Param({"10", "300"})
  public int history;

  @Param({"1", "300"})
  public int groups;

  private OutPorts ports;
  private List<Applicant> applicants;
  private List<OfferedLot> lots;
  private FifoAllocation fifo;

  @Setup
  public void setUp() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    JdbcMigrations.migrate(h2);
    ports = new JdbcStore(h2, org.koprogo.ports.memory.ManualClock.at(T0)).ports();
    Group group = Group.form(GroupId.of("G"), "G", Money.ofMinor(EUR, 100_000_000), MANAGER, T0).after();
    for (int m = 0; m < MEMBERS; m++) {
      group = group.admit(MemberId.of("M" + m), Role.COOP_MEMBER, Set.of(), MANAGER, T0).after()
          .changeMemberStatus(MemberId.of("M" + m), MemberStatus.ACTIVE, MANAGER, T0).after();
    }
    ports.aggregateStore().add(ORG, "G", group.snapshot());
    for (int g = 0; g < groups; g++) {
      ports.aggregateStore().add(ORG, "other-" + g, Group.form(GroupId.of("other-" + g), "Other", Money.ofMinor(EUR, 100),
              MANAGER, T0).after()
          .admit(MemberId.of("x" + g), Role.COOP_MEMBER, Set.of(), MANAGER, T0).after()
          .admit(MemberId.of("y" + g), Role.COOP_MEMBER, Set.of(), MANAGER, T0).after().snapshot());
    }
    int n = 0;
    for (int m = 0; m < MEMBERS; m++) {
      org.koprogo.ports.out.MemberId member = org.koprogo.ports.out.MemberId.of("M" + m);
      for (int i = 0; i < history; i++) {
        LocalDate day = CUTOFF.minusDays(history - i);
        long amount = 10_000 + (m * 137L + i * 31L) % 5_000;
        ports.ledger().record(entry("d" + n++, member, LedgerEntry.Kind.DUE, amount, day, null));
        if (i % 3 != 2) {
          LedgerEntry declared = ports.ledger().record(
              entry("p" + n++, member, LedgerEntry.Kind.PAYMENT_DECLARED, amount - (m == 3 ? 500 : 0), day, null)).entry();
          ports.ledger().record(entry("c" + n++, member, LedgerEntry.Kind.PAYMENT_CONFIRMED, declared.amount().minorUnits(),
              day, declared.id()));
        }
      }
      // a few entries after the cut-off, the same at every size
      ports.ledger().record(entry("later" + n++, member, LedgerEntry.Kind.DUE, 10_000, CUTOFF.plusMonths(1), null));
    }
    applicants = Group.restore(ports.aggregateStore().find(ORG, Group.Snapshot.class, "G").orElseThrow().aggregate())
        .applicants(Map.of());
    lots = List.of(OfferedLot.available(LotId.of("A1")), OfferedLot.available(LotId.of("A2")));
    fifo = FifoAllocation.withTolerance(Money.ofMinor(EUR, 300_000));
    AllocationPlan fromSums = round();
    if (!fromSums.equals(baseline())) {
      throw new IllegalStateException("the plan from the sums differs from the plan of the replay");
    }
    if (groupsOfMember().size() != 1 || baselineGroupsOfMember().size() != 1) {
      throw new IllegalStateException("M0 belongs to one group");
    }
  }

  private static LedgerEntry entry(String id, org.koprogo.ports.out.MemberId member, LedgerEntry.Kind kind, long cents,
      LocalDate day, LedgerEntryId resolves) {
    return new LedgerEntry(ORG, LedgerEntryId.of(id), member, kind, Money.ofMinor(EUR, cents), day, resolves,
        kind == LedgerEntry.Kind.PAYMENT_CONFIRMED ? "decided:" + resolves.value() : "key-" + id, "ref " + id,
        "treasurer", T0);
  }

  /** The groups of member M0, by its index term. */
  @Benchmark
  public List<AggregateStore.Stored<Group.Snapshot>> groupsOfMember() {
    return ports.aggregateStore().allWithTerm(ORG, Group.Snapshot.class, "M0");
  }

  /** The groups of member M0, by reading every group of the organisation. */
  @Benchmark
  public List<AggregateStore.Stored<Group.Snapshot>> baselineGroupsOfMember() {
    return ports.aggregateStore().all(ORG, Group.Snapshot.class).stream()
        .filter(g -> g.aggregate().members().stream().anyMatch(m -> m.id().value().equals("M0")))
        .toList();
  }

  /** The round's plan from the applicants' sums at the cut-off. */
  @Benchmark
  public AllocationPlan round() {
    List<org.koprogo.ports.out.MemberId> ids = new ArrayList<>(applicants.size());
    for (Applicant a : applicants) {
      ids.add(org.koprogo.ports.out.MemberId.of(a.id().value()));
    }
    List<LedgerSums> sums = new ArrayList<>(applicants.size());
    ports.ledger().totalsAt(ORG, ids, CUTOFF).forEach((member, totals) -> {
      MemberId id = MemberId.of(member.value());
      LedgerSums s = LedgerSums.zero(id, EUR);
      for (var t : totals) {
        s = new LedgerSums(id, t.dues(), t.penalties(), t.declared(), t.confirmed(), t.rejected(), t.reversed());
      }
      sums.add(s);
    });
    return fifo.allocate(AllocationRound.ofSums(CUTOFF, EUR, applicants, lots, sums));
  }

  /** The round's plan from the replay of the group's whole ledger. */
  @Benchmark
  public AllocationPlan baseline() {
    Ledger ledger = new CoopLedgers(ports.ledger()).load(ORG, GroupId.of("G"), EUR);
    return fifo.allocate(new AllocationRound(CUTOFF, EUR, applicants, lots, ledger.dues(), ledger.penalties(),
        ledger.payments()));
  }
}
