/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.MemberId;

/** The {@link Ledger} contract: append-only, idempotent, resolved once, scoped by organisation. */
public abstract class LedgerContract extends ContractBase {

  @Test
  void pagesAMembersEntriesAfterAnEntry() {
    List<LedgerEntry> recorded = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      recorded.add(ports.ledger().record(PortsFixtures.declaration(ACME, "E" + i, "M1", 100 + i, "req-" + i)).entry());
      ports.ledger().record(PortsFixtures.declaration(ACME, "F" + i, "M2", 100 + i, "other-" + i));
    }
    MemberId m1 = MemberId.of("M1");

    List<LedgerEntry> first = ports.ledger().entriesOf(ACME, m1, java.util.Optional.empty(), 2);
    List<LedgerEntry> second = ports.ledger().entriesOf(ACME, m1, java.util.Optional.of(first.get(1).id()), 2);
    List<LedgerEntry> last = ports.ledger().entriesOf(ACME, m1, java.util.Optional.of(second.get(1).id()), 2);
    List<LedgerEntry> past = ports.ledger().entriesOf(ACME, m1, java.util.Optional.of(last.get(0).id()), 2);
    List<LedgerEntry> anotherMembers = ports.ledger().entriesOf(ACME, m1, java.util.Optional.of(LedgerEntryId.of("F1")), 2);

    assertThat(first).containsExactly(recorded.get(0), recorded.get(1));
    assertThat(second).containsExactly(recorded.get(2), recorded.get(3));
    assertThat(last).containsExactly(recorded.get(4));
    assertThat(past).isEmpty();
    assertThat(anotherMembers).isEmpty();
  }

  @Test
  void totalsFollowEveryEntryAndEqualTheReplay() {
    LedgerEntry declared = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 12_550, "req-1")).entry();
    ports.ledger().record(PortsFixtures.declaration(ACME, "E1-retry", "M1", 12_550, "req-1"));
    ports.ledger().record(PortsFixtures.resolution(ACME, "E2", declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-1"));
    ports.ledger().record(PortsFixtures.resolution(ACME, "E3", declared, LedgerEntry.Kind.PAYMENT_REVERSED, "reverse-1"));
    LedgerEntry other = ports.ledger().record(PortsFixtures.declaration(ACME, "E4", "M2", 1_000, "req-2")).entry();
    ports.ledger().record(PortsFixtures.resolution(ACME, "E5", other, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-2"));
    ports.ledger().record(PortsFixtures.declaration(OTHER, "E1", "M2", 7_000, "req-1"));

    List<Ledger.Totals> m1 = ports.ledger().totalsOf(ACME, MemberId.of("M1"));

    assertThat(m1).containsExactlyElementsOf(Ledger.Totals.of(ports.ledger().entriesOf(ACME, MemberId.of("M1"))));
    assertThat(m1).singleElement().satisfies(t -> {
      assertThat(t.declared().minorUnits()).isEqualTo(12_550);
      assertThat(t.confirmed().minorUnits()).isEqualTo(12_550);
      assertThat(t.netConfirmed().minorUnits()).isZero();
      assertThat(t.entries()).isEqualTo(3);
    });
    assertThat(ports.ledger().totalsOf(ACME, MemberId.of("nobody"))).isEmpty();
    assertThat(ports.ledger().confirmedOf(ACME, List.of(MemberId.of("M1"), MemberId.of("M2")), Money.EUR).minorUnits())
        .isEqualTo(1_000);
    assertThat(ports.ledger().confirmedOf(OTHER, List.of(MemberId.of("M2")), Money.EUR).minorUnits()).isZero();
  }

  @Test
  void totalsAtACutoffLeaveOutTheEntriesValuedAfterIt() {
    LedgerEntry jan = PortsFixtures.declaration(ACME, "J1", "M1", 10_000, "jan");
    jan = ports.ledger().record(new LedgerEntry(ACME, jan.id(), jan.member(), jan.kind(), jan.amount(),
        java.time.LocalDate.parse("2026-01-10"), null, "jan", "ref", "treasurer-1", PortsFixtures.T0)).entry();
    LedgerEntry mar = ports.ledger().record(PortsFixtures.declaration(ACME, "M1-mar", "M1", 2_500, "mar")).entry();
    ports.ledger().record(PortsFixtures.resolution(ACME, "J1-ok", jan, LedgerEntry.Kind.PAYMENT_CONFIRMED, "ok-jan"));
    ports.ledger().record(PortsFixtures.resolution(ACME, "M1-ok", mar, LedgerEntry.Kind.PAYMENT_CONFIRMED, "ok-mar"));
    ports.ledger().record(PortsFixtures.resolution(ACME, "M1-rev", mar, LedgerEntry.Kind.PAYMENT_REVERSED, "rev-mar"));
    ports.ledger().record(new LedgerEntry(ACME, LedgerEntryId.of("D1"), MemberId.of("M1"), LedgerEntry.Kind.DUE,
        Money.ofMinor(Money.EUR, 7_000), java.time.LocalDate.parse("2026-06-30"), null, "due", "q2", "treasurer-1",
        PortsFixtures.T0));
    ports.ledger().record(PortsFixtures.declaration(OTHER, "J1", "M1", 99_900, "jan"));
    List<MemberId> members = List.of(MemberId.of("M1"), MemberId.of("M2"));

    var february = ports.ledger().totalsAt(ACME, members, java.time.LocalDate.parse("2026-02-28"));
    var july = ports.ledger().totalsAt(ACME, members, java.time.LocalDate.parse("2026-07-01"));
    var before = ports.ledger().totalsAt(ACME, members, java.time.LocalDate.parse("2025-12-31"));

    assertThat(february.keySet()).containsExactlyElementsOf(members);
    assertThat(february.get(MemberId.of("M2"))).isEmpty();
    assertThat(february.get(MemberId.of("M1"))).singleElement().satisfies(t -> {
      assertThat(t.declared().minorUnits()).isEqualTo(10_000);
      assertThat(t.netConfirmed().minorUnits()).isEqualTo(10_000);
      assertThat(t.dues().minorUnits()).isZero();
      assertThat(t.entries()).isEqualTo(2);
    });
    assertThat(july.get(MemberId.of("M1"))).containsExactlyElementsOf(ports.ledger().totalsOf(ACME, MemberId.of("M1")));
    assertThat(before.get(MemberId.of("M1"))).isEmpty();
  }

  @Test
  void recordsAnEntryOnceWhateverTheRetries() {
    LedgerEntry declared = PortsFixtures.declaration(ACME, "E1", "M1", 12_550, "req-1");

    Ledger.Recorded first = ports.ledger().record(declared);
    Ledger.Recorded retry = ports.ledger().record(PortsFixtures.declaration(ACME, "E1-retry", "M1", 12_550, "req-1"));

    assertThat(first).isEqualTo(new Ledger.Recorded(declared, false));
    assertThat(retry).isEqualTo(new Ledger.Recorded(declared, true));
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(declared);
  }

  @Test
  void theSameKeyInAnotherOrganisationIsAnotherEntry() {
    ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1"));

    Ledger.Recorded other = ports.ledger().record(PortsFixtures.declaration(OTHER, "E1", "M1", 200, "req-1"));

    assertThat(other.duplicate()).isFalse();
    assertThat(ports.ledger().entriesOf(OTHER, MemberId.of("M1"))).extracting(e -> e.amount().minorUnits()).containsExactly(200L);
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).extracting(e -> e.amount().minorUnits()).containsExactly(100L);
    assertThat(ports.ledger().find(OTHER, LedgerEntryId.of("E1")).orElseThrow().amount().minorUnits()).isEqualTo(200L);
  }

  @Test
  void aDeclarationIsResolvedOnce() {
    LedgerEntry declared = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1")).entry();
    LedgerEntry confirmed = PortsFixtures.resolution(ACME, "E2", declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-1");

    Ledger.Recorded first = ports.ledger().record(confirmed);
    Ledger.Recorded rejectedLater =
        ports.ledger().record(PortsFixtures.resolution(ACME, "E3", declared, LedgerEntry.Kind.PAYMENT_REJECTED, "reject-1"));

    assertThat(first.duplicate()).isFalse();
    assertThat(rejectedLater).isEqualTo(new Ledger.Recorded(confirmed, true));
    assertThat(ports.ledger().resolutionOf(ACME, declared.id())).contains(confirmed);
    assertThat(ports.ledger().resolutionOf(OTHER, declared.id())).isEmpty();
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(declared, confirmed);
  }

  @Test
  void aConfirmedDeclarationIsReversedAtMostOnce() {
    LedgerEntry declared = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1")).entry();
    LedgerEntry confirmed = ports.ledger().record(
        PortsFixtures.resolution(ACME, "E2", declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-1")).entry();

    Ledger.Recorded reversed = ports.ledger().record(
        PortsFixtures.resolution(ACME, "E3", declared, LedgerEntry.Kind.PAYMENT_REVERSED, "reverse-1"));
    Ledger.Recorded again = ports.ledger().record(
        PortsFixtures.resolution(ACME, "E4", declared, LedgerEntry.Kind.PAYMENT_REVERSED, "reverse-2"));

    assertThat(reversed.duplicate()).isFalse();
    assertThat(again).isEqualTo(new Ledger.Recorded(reversed.entry(), true));
    assertThat(ports.ledger().resolutionOf(ACME, declared.id())).contains(confirmed);
    assertThat(ports.ledger().entries(ACME)).containsExactly(declared, confirmed, reversed.entry());
    assertThat(ports.ledger().entries(OTHER)).isEmpty();
  }

  @Test
  void anotherOrganisationCannotReadTheEntries() {
    ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1"));

    assertThat(ports.ledger().find(OTHER, LedgerEntryId.of("E1"))).isEmpty();
    assertThat(ports.ledger().entriesOf(OTHER, MemberId.of("M1"))).isEmpty();
  }

  @Test
  void entriesComeBackInRecordingOrder() {
    for (int i = 9; i >= 0; i--) {
      ports.ledger().record(PortsFixtures.declaration(ACME, "E" + i, "M1", 100 + i, "req-" + i));
    }

    List<LedgerEntry> entries = ports.ledger().entriesOf(ACME, MemberId.of("M1"));

    assertThat(entries).extracting(e -> e.id().value())
        .containsExactly("E9", "E8", "E7", "E6", "E5", "E4", "E3", "E2", "E1", "E0");
  }

  @Test
  void concurrentConfirmationsOfOneDeclarationRecordItOnce() throws Exception {
    LedgerEntry declared = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1")).entry();
    int workers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<Ledger.Recorded>> results = new ArrayList<>();
    try {
      for (int i = 0; i < workers; i++) {
        LedgerEntry confirmation =
            PortsFixtures.resolution(ACME, "C" + i, declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-" + i);
        Callable<Ledger.Recorded> task =
            () -> {
              start.await();
              return ports.transactions().inTransaction(() -> ports.ledger().record(confirmation));
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<Ledger.Recorded> outcomes = new ArrayList<>();
      for (Future<Ledger.Recorded> f : results) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }

      assertThat(outcomes).filteredOn(r -> !r.duplicate()).hasSize(1);
      LedgerEntry winner = outcomes.stream().filter(r -> !r.duplicate()).findFirst().orElseThrow().entry();
      assertThat(outcomes).allSatisfy(r -> assertThat(r.entry()).isEqualTo(winner));
      assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(declared, winner);
    } finally {
      pool.shutdownNow();
    }
  }
}
