/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger for {@code bank_lines}: every DELETE and every UPDATE is refused with SQLSTATE
 * 42501, except the erasure of the counterparty (GDPR art. 17): an UPDATE that empties {@code
 * counterparty_name} and {@code counterparty_account}, sets {@code counterparty_erased_at} where it
 * was null, and changes no other column; as PostgreSQL's {@code koprogo_bank_lines_erasure_only()}.
 * Public only because H2 instantiates it by name.
 */
public final class JdbcBankLineErasureTrigger implements Trigger {
  private String table = "?";
  private int name = -1;
  private int account = -1;
  private int erasedAt = -1;

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    this.table = table;
    try (PreparedStatement s = connection.prepareStatement(
        "select column_name from information_schema.columns where table_schema = ? and table_name = ?"
            + " order by ordinal_position")) {
      s.setString(1, schema);
      s.setString(2, table);
      try (ResultSet rs = s.executeQuery()) {
        int i = 0;
        while (rs.next()) {
          switch (rs.getString(1).toLowerCase(Locale.ROOT)) {
            case "counterparty_name" -> name = i;
            case "counterparty_account" -> account = i;
            case "counterparty_erased_at" -> erasedAt = i;
            default -> {
              // compared as is
            }
          }
          i++;
        }
      }
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow != null && newRow != null && erasure(oldRow, newRow)) {
      return;
    }
    throw new SQLException("table " + table + " is append-only: UPDATE and DELETE are refused", "42501");
  }

  private boolean erasure(Object[] oldRow, Object[] newRow) {
    if (name < 0 || account < 0 || erasedAt < 0 || oldRow[erasedAt] != null || newRow[erasedAt] == null
        || !"".equals(newRow[name]) || !"".equals(newRow[account])) {
      return false;
    }
    for (int i = 0; i < oldRow.length; i++) {
      if (i != name && i != account && i != erasedAt && !Objects.equals(oldRow[i], newRow[i])) {
        return false;
      }
    }
    return true;
  }
}
