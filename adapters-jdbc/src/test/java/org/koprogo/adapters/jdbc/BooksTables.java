/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.ports.contract.AssociationBooksContract.Books;
import org.koprogo.ports.memory.ManualClock;

/** Empty association books on a test database: their tables emptied, then the others (test code only). */
final class BooksTables {
  private static final String[] TABLES = {
    "association_quarter_members", "association_quarter_costs", "association_quarters"
  };

  private BooksTables() {}

  static Books fresh(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    database.freshPorts(clock);
    JdbcStore store = new JdbcStore(database.dataSource(), clock);
    return new Books(store.ports(), new JdbcAssociationBooks(store));
  }
}
