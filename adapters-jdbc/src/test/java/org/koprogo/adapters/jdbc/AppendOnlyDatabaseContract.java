/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OutPorts;

/**
 * The ledger and the audit trail are append-only at the database level: even SQL that bypasses
 * the adapter cannot update or delete their rows.
 */
abstract class AppendOnlyDatabaseContract {
  private OutPorts ports;

  abstract TestDatabase database();

  @BeforeEach
  void someHistory() {
    ports = database().freshPorts(ManualClock.at(PortsFixtures.T0));
    ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1"));
    ports.auditTrail().append(ACME, PortsFixtures.event("LedgerPAYMENT_DECLARED", "member", "M1"));
  }

  @Test
  void refusesToUpdateOrDeleteLedgerEntries() throws SQLException {
    assertRefused("update ledger_entries set amount_minor = 1");
    assertRefused("delete from ledger_entries");

    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).singleElement()
        .satisfies(e -> assertThat(e.amount().minorUnits()).isEqualTo(100));
  }

  @Test
  void refusesToUpdateOrDeleteTheAuditTrail() throws SQLException {
    assertRefused("update audit_entries set actor = 'someone else'");
    assertRefused("delete from audit_details");
    assertRefused("delete from audit_entries");
  }

  private void assertRefused(String sql) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> s.executeUpdate(sql));

      assertThat((Throwable) e).as(sql).isNotNull();
      assertThat(e.getMessage()).contains("append-only");
    }
  }
}
