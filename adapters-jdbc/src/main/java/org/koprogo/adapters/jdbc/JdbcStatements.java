/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The adapter's one way to run a statement: parameters bound by type (instants as UTC {@code
 * timestamp with time zone}, dates, exact decimals, whole numbers, booleans, text), rows mapped,
 * batches. The same on PostgreSQL and H2. Used by every store of the adapter, its subpackages
 * included; not part of the ports.
 */
public final class JdbcStatements {
  private JdbcStatements() {}

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Rows<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Runs an insert, update or delete; returns the number of rows changed. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs {@code sql} once per parameter row, as one batch. */
  public static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The most rows {@link #insertRows} puts in one statement. */
  static final int ROWS_PER_INSERT = 500;

  /**
   * Inserts {@code rows} with one multi-row statement ({@code insertInto} followed by {@code
   * values (?, ...), (?, ...)}, up to {@value #ROWS_PER_INSERT} rows each) rather than one
   * execution per row: PostgreSQL plans and runs one statement for the lot (an expense's twelve
   * allocations cost about a quarter less of the database's time than as a batch of twelve
   * executions; docs/performance.md). Each row holds one value per column, in order.
   *
   * @param insertInto the statement's head, naming the columns: {@code insert into t (a, b, c)}
   */
  public static void insertRows(Connection c, String insertInto, List<Object[]> rows) throws SQLException {
    int open = insertInto.indexOf('(');
    if (open < 0 || !insertInto.endsWith(")")) {
      throw new IllegalArgumentException("no column list in " + insertInto);
    }
    int width = insertInto.substring(open).split(",").length;
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      StringBuilder sql = new StringBuilder(64 + chunk.size() * (width * 3 + 4))
          .append(insertInto).append(" values ");
      Object[] params = new Object[chunk.size() * width];
      int p = 0;
      for (int r = 0; r < chunk.size(); r++) {
        Object[] row = chunk.get(r);
        if (row.length != width) {
          throw new IllegalArgumentException("a row of " + row.length + " values for " + width + " columns");
        }
        sql.append(r == 0 ? "(" : ", (");
        for (int i = 0; i < width; i++) {
          sql.append(i == 0 ? "?" : ", ?");
          params[p++] = row[i];
        }
        sql.append(')');
      }
      update(c, sql.toString(), params);
    }
  }

  /** Every row of a query, mapped. */
  public static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
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

  /** The first row of a query, mapped, if there is one. */
  public static <T> Optional<T> queryOne(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    List<T> all = query(c, sql, rows, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Inserts a row and returns the generated {@code column} (an identity). */
  public static long insertReturningKey(Connection c, String sql, String column, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {column})) {
      bind(ps, params);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated key for " + column);
        }
        return keys.getLong(1);
      }
    }
  }

  /** Binds the parameters in order, by type. */
  public static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      int at = i + 1;
      if (p == null) {
        ps.setObject(at, null);
      } else if (p instanceof Instant instant) {
        ps.setObject(at, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (p instanceof LocalDate date) {
        ps.setObject(at, date);
      } else if (p instanceof BigDecimal d) {
        ps.setBigDecimal(at, d);
      } else if (p instanceof Long l) {
        ps.setLong(at, l);
      } else if (p instanceof Integer n) {
        ps.setInt(at, n);
      } else if (p instanceof Boolean b) {
        ps.setBoolean(at, b);
      } else if (p instanceof String s) {
        ps.setString(at, s);
      } else {
        throw new IllegalArgumentException("no binding for " + p.getClass().getName());
      }
    }
  }

  /** An instant column (null stays null). */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** A date column. */
  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** A whole-number column that may be null. */
  public static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
