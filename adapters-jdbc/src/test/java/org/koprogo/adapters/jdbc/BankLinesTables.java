/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.ports.contract.BankLinesContract;
import org.koprogo.ports.memory.ManualClock;

/** Empty bank lines on a test database: their tables truncated (test code only: the adapter never deletes). */
final class BankLinesTables {
  private BankLinesTables() {}

  static BankLinesContract.Subject fresh(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("truncate table bank_line_settlements");
      s.executeUpdate("truncate table bank_lines");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    database.freshPorts(clock);
    JdbcStore store = new JdbcStore(database.dataSource(), clock);
    return new BankLinesContract.Subject(store.ports(), new JdbcBankLines(store));
  }
}
