/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;

/**
 * The audit trail of one subject reads the rows of that subject's page, not the rows of every
 * other subject appended between its first and last entry (that once ran out of memory).
 */
class PostgresAuditTrailCostTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private static final OrganisationId ACME = OrganisationId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void readsOnlyTheSubjectsPageWhateverLiesBetween() {
    DATABASE.freshPorts(ManualClock.at(T0));
    RowCountingDataSource counting = new RowCountingDataSource(DATABASE.dataSource());
    AuditTrail trail = new JdbcStore(counting.dataSource(), ManualClock.at(T0)).auditTrail();
    trail.append(ACME, event("member", "M-1", 0));
    for (int i = 0; i < 600; i++) {
      trail.append(ACME, event("member", "M-other-" + (i % 50), i + 1));
    }
    trail.append(ACME, event("member", "M-1", 601));
    counting.rowsReadAndReset();

    List<AuditTrail.AuditEntry> page = trail.list(ACME, AuditTrail.Query.about("member", "M-1", 100));
    long rowsRead = counting.rowsReadAndReset();

    assertThat(page).hasSize(2).allSatisfy(e -> assertThat(e.event().details()).hasSize(3));
    assertThat(rowsRead).as("rows read for a page of 2 entries with 3 details each").isLessThanOrEqualTo(2 + 2 * 3);
  }

  @Test
  void readsOnlyTheSubjectsPageWhenOnlyTheIdIsGiven() {
    DATABASE.freshPorts(ManualClock.at(T0));
    RowCountingDataSource counting = new RowCountingDataSource(DATABASE.dataSource());
    AuditTrail trail = new JdbcStore(counting.dataSource(), ManualClock.at(T0)).auditTrail();
    trail.append(ACME, event("member", "M-1", 0));
    for (int i = 0; i < 300; i++) {
      trail.append(ACME, event("member", "M-other-" + i, i + 1));
    }
    trail.append(ACME, event("member", "M-1", 301));
    counting.rowsReadAndReset();

    List<AuditTrail.AuditEntry> page = trail.list(ACME, new AuditTrail.Query(null, "M-1", 0, 1));
    List<AuditTrail.AuditEntry> next = trail.list(ACME, new AuditTrail.Query(null, "M-1", page.get(0).sequence(), 1));
    long rowsRead = counting.rowsReadAndReset();

    assertThat(page).hasSize(1);
    assertThat(next).hasSize(1);
    assertThat(next.get(0).sequence()).isGreaterThan(page.get(0).sequence());
    assertThat(rowsRead).isLessThanOrEqualTo(2 * (1 + 3));
  }

  private static AuditEvent event(String type, String id, int n) {
    return new AuditEvent(
        T0.plusSeconds(n), "user-1", "LedgerEntryRecorded", type, id,
        Map.of("amount", "10.00", "entry", "E-" + n, "note", "x".repeat(200)));
  }
}
