/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.EntryKind;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.JournalLine;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OutPorts;

/**
 * The {@link Journal} contract, for every adapter: exact round trip of entries (lines in order,
 * owners, minor units, currencies, an empty closing entry), append order, once per id, scoping by
 * organisation and building, and units of work that are all or nothing.
 */
public abstract class JournalContract {
  protected static final BuildingId B1 = BuildingId.of("B1");
  protected static final BuildingId B2 = BuildingId.of("B2");

  /** The journal under test beside the adapter's other ports (whose transactions it joins). */
  public record Subject(OutPorts ports, Journal journal) {}

  /** An empty journal on an adapter reading {@code clock}. */
  protected abstract Subject fresh(ManualClock clock);

  private OutPorts ports;
  private Journal journal;

  @BeforeEach
  void setUp() {
    Subject s = fresh(ManualClock.at(PortsFixtures.T0));
    ports = s.ports();
    journal = s.journal();
  }

  static Money eur(long cents) {
    return Money.ofMinor(Money.EUR, cents);
  }

  protected static JournalEntry call(String id) {
    return Postings.callForFunds(id, LocalDate.of(2026, 1, 1), OwnerId.of("O1"),
        new CallForFunds(LotId.of("A1"), 1, LocalDate.of(2026, 1, 1), eur(60001), eur(15000)));
  }

  @Test
  void givesBackEveryEntryExactlyAsAppendedInOrder() {
    JournalEntry a = call("e1");
    JournalEntry b = Postings.expense("e2", LocalDate.of(2026, 2, 1), "invoice 2026/17 – nettoyage", "610", eur(1));
    JournalEntry c = new JournalEntry("e3", LocalDate.of(2026, 12, 31), EntryKind.CLOSING, "closing", List.of());
    JournalEntry jpy = Postings.payment("e4", LocalDate.of(2026, 3, 1), "yen", OwnerId.of("O2"),
        Money.ofMinor(java.util.Currency.getInstance("JPY"), 1500));

    for (JournalEntry e : List.of(a, b, c, jpy)) {
      assertThat(journal.append(ACME, B1, e)).isEqualTo(new Journal.Recorded(e, false));
    }

    assertThat(journal.entries(ACME, B1)).containsExactly(a, b, c, jpy);
    assertThat(journal.find(ACME, B1, "e2")).contains(b);
  }

  @Test
  void appendsAnIdOnceAndGivesTheStoredEntryBack() {
    JournalEntry first = call("e1");
    JournalEntry other = Postings.expense("e1", LocalDate.of(2026, 2, 1), "x", "610", eur(5));

    journal.append(ACME, B1, first);
    Journal.Recorded again = journal.append(ACME, B1, other);

    assertThat(again).isEqualTo(new Journal.Recorded(first, true));
    assertThat(journal.entries(ACME, B1)).containsExactly(first);
  }

  @Test
  void keepsEachBuildingAndOrganisationApart() {
    journal.append(ACME, B1, call("e1"));
    journal.append(ACME, B2, call("e1"));
    journal.append(OTHER, B1, call("e9"));

    assertThat(journal.entries(ACME, B1)).extracting(JournalEntry::id).containsExactly("e1");
    assertThat(journal.entries(ACME, B2)).extracting(JournalEntry::id).containsExactly("e1");
    assertThat(journal.entries(OTHER, B1)).extracting(JournalEntry::id).containsExactly("e9");
    assertThat(journal.find(OTHER, B1, "e1")).isEmpty();
  }

  @Test
  void aFailedUnitOfWorkAppendsNothing() {
    assertThatThrownBy(() -> ports.transactions().run(() -> {
      journal.append(ACME, B1, call("e1"));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(journal.entries(ACME, B1)).isEmpty();
  }

  @Test
  void keepsOwnersOnTheirLines() {
    JournalEntry e = new JournalEntry("e1", LocalDate.of(2026, 1, 1), EntryKind.PAYMENT, "",
        List.of(JournalLine.debit("550", eur(10)), JournalLine.credit("410", eur(7), OwnerId.of("O1")),
            JournalLine.credit("410", eur(3), OwnerId.of("O2"))));

    journal.append(ACME, B1, e);

    assertThat(journal.entries(ACME, B1).get(0).lines()).extracting(JournalLine::owner)
        .containsExactly(null, OwnerId.of("O1"), OwnerId.of("O2"));
  }

  @Test
  void readsAnOwnersEntriesOnlyInTheOrderAppended() {
    JournalEntry o1Call = call("e1");
    JournalEntry o2Pay = Postings.payment("e2", LocalDate.of(2026, 2, 1), "o2", OwnerId.of("O2"), eur(500));
    JournalEntry expense = Postings.expense("e3", LocalDate.of(2026, 2, 2), "invoice", "610", eur(700));
    JournalEntry both = new JournalEntry("e4", LocalDate.of(2026, 3, 1), EntryKind.PAYMENT, "",
        List.of(JournalLine.debit("550", eur(10)), JournalLine.credit("410", eur(7), OwnerId.of("O2")),
            JournalLine.credit("410", eur(3), OwnerId.of("O1"))));
    JournalEntry o1Pay = Postings.payment("e5", LocalDate.of(2026, 4, 1), "o1", OwnerId.of("O1"), eur(900));
    for (JournalEntry e : List.of(o1Call, o2Pay, expense, both, o1Pay)) {
      journal.append(ACME, B1, e);
    }
    journal.append(ACME, B2, call("elsewhere"));
    journal.append(OTHER, B1, call("other-tenant"));

    assertThat(journal.entriesOf(ACME, B1, OwnerId.of("O1"))).containsExactly(o1Call, both, o1Pay);
    assertThat(journal.entriesOf(ACME, B1, OwnerId.of("O2"))).containsExactly(o2Pay, both);
    assertThat(journal.entriesOf(ACME, B1, OwnerId.of("O3"))).isEmpty();
    assertThat(journal.entriesOf(OTHER, B1, OwnerId.of("O1"))).extracting(JournalEntry::id).containsExactly("other-tenant");
  }

  @Test
  void tellsTheLastClosedDayAndWhetherTheJournalIsEmpty() {
    assertThat(journal.isEmpty(ACME, B1)).isTrue();
    assertThat(journal.closedThrough(ACME, B1)).isEmpty();

    journal.append(ACME, B1, call("e1"));
    journal.append(ACME, B1, new JournalEntry("c2025", LocalDate.of(2025, 12, 31), EntryKind.CLOSING, "closing", List.of()));
    journal.append(ACME, B1, new JournalEntry("c2026", LocalDate.of(2026, 12, 31), EntryKind.CLOSING, "closing", List.of()));
    journal.append(ACME, B2, new JournalEntry("c2027", LocalDate.of(2027, 12, 31), EntryKind.CLOSING, "closing", List.of()));

    assertThat(journal.isEmpty(ACME, B1)).isFalse();
    assertThat(journal.closedThrough(ACME, B1)).contains(LocalDate.of(2026, 12, 31));
    assertThat(journal.closedThrough(ACME, B2)).contains(LocalDate.of(2027, 12, 31));
    assertThat(journal.isEmpty(OTHER, B1)).isTrue();
    assertThat(journal.closedThrough(OTHER, B1)).isEmpty();
  }
}
