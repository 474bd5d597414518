/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.JournalContract;
import org.koprogo.ports.memory.ManualClock;

/** The journal contract on the real PostgreSQL; the tables refuse UPDATE and DELETE. */
class PostgresJournalTest extends JournalContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected Subject fresh(ManualClock clock) {
    return JournalTables.fresh(DATABASE, clock);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAnEntry() throws Exception {
    JournalContract.Subject s = fresh(ManualClock.at(org.koprogo.ports.contract.PortsFixtures.T0));
    s.journal().append(org.koprogo.ports.contract.PortsFixtures.ACME, B1, call("e1"));

    try (Connection c = DATABASE.dataSource().getConnection(); Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.executeUpdate("update journal_lines set amount_minor = 1")).hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("delete from journal_entries")).hasMessageContaining("append-only");
    }
  }
}
