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

  /**
   * The triggers: an UPDATE of anything but the erasure of the counterparty, and a DELETE, are
   * refused; the erasure passes once.
   */
  static void checkTriggers(TestDatabase database) throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("truncate table bank_lines");
      s.executeUpdate("insert into bank_lines (organisation_id, building_id, line_identity, line_number, booking_date,"
          + " value_date, amount_minor, currency, counterparty_name, counterparty_account, communication, statement,"
          + " outcome, call_reference, entry_id, imported_by, imported_at, movement) values ('acme', 'B1', 'L1', 1,"
          + " date '2026-03-15', date '2026-03-15', 100, 'EUR', 'Anne', 'BE71', 'x', 'CODA/1', 'UNMATCHED', '', 'e',"
          + " 'u', timestamp '2026-03-15 10:00:00', 'M1')");
      String[] refused = {
        "update bank_lines set amount_minor = 1",
        "update bank_lines set counterparty_name = ''",
        "update bank_lines set counterparty_name = '', counterparty_account = '', counterparty_erased_at = current_timestamp, amount_minor = 1",
        "update bank_lines set counterparty_name = 'X', counterparty_account = '', counterparty_erased_at = current_timestamp",
        "delete from bank_lines"};
      for (String sql : refused) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql)
            .isInstanceOf(SQLException.class);
      }
      org.assertj.core.api.Assertions.assertThat(s.executeUpdate("update bank_lines set counterparty_name = '',"
          + " counterparty_account = '', counterparty_erased_at = current_timestamp")).isEqualTo(1);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate("update bank_lines set"
          + " counterparty_erased_at = current_timestamp")).isInstanceOf(SQLException.class);
    }
  }
}
