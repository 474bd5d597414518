/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.ports.contract.JournalContract;
import org.koprogo.ports.memory.ManualClock;

/** An empty journal on a test database: its tables truncated (test code only: the adapter never deletes). */
final class JournalTables {
  private JournalTables() {}

  static JournalContract.Subject fresh(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        s.executeUpdate("truncate table journal_lines, journal_entries");
      } else {
        s.executeUpdate("truncate table journal_lines");
        s.executeUpdate("set referential_integrity false");
        s.executeUpdate("truncate table journal_entries");
        s.executeUpdate("set referential_integrity true");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    database.freshPorts(clock);
    JdbcStore store = new JdbcStore(database.dataSource(), clock);
    return new JournalContract.Subject(store.ports(), new JdbcJournal(store));
  }
}
