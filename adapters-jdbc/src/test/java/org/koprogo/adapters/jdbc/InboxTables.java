/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.ports.contract.InboxesContract.Store;
import org.koprogo.ports.memory.ManualClock;

/** Empty inboxes on a test database: their table emptied, then the others (test code only). */
final class InboxTables {
  private InboxTables() {}

  static Store fresh(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("delete from inbox_messages");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    database.freshPorts(clock);
    JdbcStore store = new JdbcStore(database.dataSource(), clock);
    return new Store(store.ports(), new JdbcInboxes(store));
  }
}
