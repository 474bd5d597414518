/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statements of the notification tables: binding and reading, the same on PostgreSQL and H2. */
final class NotificationSql {
  private NotificationSql() {}

  @FunctionalInterface
  interface Rows<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rs.next()) {
          result.add(rows.map(rs));
        }
        return result;
      }
    }
  }

  static <T> Optional<T> queryOne(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    List<T> all = query(c, sql, rows, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      int at = i + 1;
      if (p == null) {
        ps.setObject(at, null);
      } else if (p instanceof Instant instant) {
        ps.setObject(at, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (p instanceof Integer n) {
        ps.setInt(at, n);
      } else if (p instanceof String s) {
        ps.setString(at, s);
      } else {
        throw new IllegalArgumentException("no binding for " + p.getClass().getName());
      }
    }
  }
}
