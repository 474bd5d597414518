/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger for the append-only tables (the ledger, the audit trail): every UPDATE or DELETE
 * is refused with SQLSTATE 42501, as PostgreSQL's {@code koprogo_append_only()} does. Public only
 * because H2 instantiates it by name.
 */
public final class JdbcAppendOnlyTrigger implements Trigger {
  private String table = "?";

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("table " + table + " is append-only: UPDATE and DELETE are refused", "42501");
  }
}
