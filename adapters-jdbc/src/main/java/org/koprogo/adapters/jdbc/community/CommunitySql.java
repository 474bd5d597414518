/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.community;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.adapters.jdbc.JdbcStatements;

/** Statements of the community tables: parameters bound by type, rows mapped, batches. */
final class CommunitySql {
  private CommunitySql() {}

  @FunctionalInterface
  interface Rows<T> extends JdbcStatements.Rows<T> {}

  static int update(Connection c, String sql, Object... params) throws SQLException {
    return JdbcStatements.update(c, sql, params);
  }

  /** Runs {@code sql} once per parameter row, as one batch. */
  static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    JdbcStatements.batch(c, sql, rows);
  }

  static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    return JdbcStatements.query(c, sql, rows, params);
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    JdbcStatements.bind(ps, params);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return JdbcStatements.instant(rs, column);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return JdbcStatements.date(rs, column);
  }

  static Long longOrNull(ResultSet rs, String column) throws SQLException {
    return JdbcStatements.longOrNull(rs, column);
  }
}
