/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.domain.accounting.EntryKind;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.Postings;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OrganisationId;

/**
 * What an owner's statement and a posting read of a building's journal: the owner's entries and
 * the last closing entry, not the rest of the journal (which once was read and replayed whole for
 * every statement and every posting, a cost that grew with the building's life).
 */
class PostgresJournalCostTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private static final OrganisationId ACME = OrganisationId.of("acme");
  private static final BuildingId B1 = BuildingId.of("B1");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void readsTheOwnersEntriesAndTheLastClosedDayWhateverElseTheJournalHolds() {
    JournalTables.fresh(DATABASE, ManualClock.at(T0));
    RowCountingDataSource counting = new RowCountingDataSource(DATABASE.dataSource());
    Journal journal = new JdbcJournal(new JdbcStore(counting.dataSource(), ManualClock.at(T0)));
    LocalDate day = LocalDate.of(2026, 1, 1);
    journal.append(ACME, B1, new JournalEntry("closing-2025", day.minusDays(1), EntryKind.CLOSING, "closing", List.of()));
    journal.append(ACME, B1, Postings.payment("mine-1", day, "o1", OwnerId.of("O1"), eur(100)));
    for (int i = 0; i < 400; i++) {
      journal.append(ACME, B1, Postings.payment("other-" + i, day.plusDays(i % 300), "x", OwnerId.of("O-" + (i % 40)), eur(10)));
      journal.append(ACME, B1, Postings.expense("expense-" + i, day.plusDays(i % 300), "invoice", "610", eur(7)));
    }
    journal.append(ACME, B1, Postings.payment("mine-2", day.plusDays(40), "o1", OwnerId.of("O1"), eur(200)));
    counting.rowsReadAndReset();

    List<JournalEntry> mine = journal.entriesOf(ACME, B1, OwnerId.of("O1"));
    long ownersRows = counting.rowsReadAndReset();
    LocalDate closed = journal.closedThrough(ACME, B1).orElseThrow();
    boolean empty = journal.isEmpty(ACME, B1);
    long headRows = counting.rowsReadAndReset();

    assertThat(mine).extracting(JournalEntry::id).containsExactly("mine-1", "mine-2");
    assertThat(closed).isEqualTo(day.minusDays(1));
    assertThat(empty).isFalse();
    assertThat(ownersRows).as("rows read for 2 entries of 2 lines each, beside 800 other entries").isLessThanOrEqualTo(4);
    assertThat(headRows).as("rows read for the last closed day and whether the journal is empty").isLessThanOrEqualTo(2);
  }

  private static Money eur(long cents) {
    return Money.ofMinor(Money.EUR, cents);
  }
}
