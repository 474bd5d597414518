/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.koprogo.adapters.jdbc.JdbcStatements;

/** Statements of the notification tables: binding and reading, the same on PostgreSQL and H2. */
final class NotificationSql {
  private NotificationSql() {}

  @FunctionalInterface
  interface Rows<T> extends JdbcStatements.Rows<T> {}

  static int update(Connection c, String sql, Object... params) throws SQLException {
    return JdbcStatements.update(c, sql, params);
  }

  static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    return JdbcStatements.query(c, sql, rows, params);
  }

  static <T> Optional<T> queryOne(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    return JdbcStatements.queryOne(c, sql, rows, params);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return JdbcStatements.instant(rs, column);
  }
}
