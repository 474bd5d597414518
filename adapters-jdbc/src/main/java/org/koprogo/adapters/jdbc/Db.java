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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Connections and statements: the unit of work's connection is bound to the thread, so every
 * port called inside {@link #inTransaction} uses it; outside one, each call has its own
 * connection (and its own transaction when it writes several rows).
 */
final class Db {
  private final DataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  Db(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw failure("connect", e, Dialect.POSTGRESQL);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  @FunctionalInterface
  interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  @FunctionalInterface
  interface Rows<T> extends JdbcStatements.Rows<T> {}

  /** Runs {@code work} in the thread's transaction, or in a new one committed at the end. */
  <T> T inTransaction(Work<T> work) {
    Connection bound = current.get();
    if (bound != null) {
      return run(work, bound);
    }
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw failure("connect", e, dialect);
    }
    current.set(c);
    try {
      c.setAutoCommit(false);
      T result = run(work, c);
      try {
        c.commit();
      } catch (SQLException e) {
        throw failure("commit", e, dialect);
      }
      return result;
    } catch (SQLException e) {
      rollback(c, e);
      throw failure("begin", e, dialect);
    } catch (RuntimeException | Error e) {
      rollback(c, e);
      throw e;
    } finally {
      current.remove();
      close(c);
    }
  }

  /** Runs {@code work} on the thread's transaction, or on a connection of its own (autocommit). */
  <T> T withConnection(Work<T> work) {
    Connection bound = current.get();
    if (bound != null) {
      return run(work, bound);
    }
    try (Connection c = dataSource.getConnection()) {
      return run(work, c);
    } catch (SQLException e) {
      throw failure("connect", e, dialect);
    }
  }

  private <T> T run(Work<T> work, Connection c) {
    try {
      return work.apply(c);
    } catch (SQLException e) {
      throw failure("statement", e, dialect);
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void close(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // a broken connection: the pool discards it
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to do with it
    }
  }

  /**
   * Checks a page's size (the use cases bound it to 1 to 1000 first: this guards the adapter).
   *
   * @param limit the page's size
   * @throws IllegalArgumentException when it is below 1
   */
  static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
  }

  /**
   * Where a page starts: {@link Long#MIN_VALUE} for the first page (no cursor), the position
   * ({@code sql}'s one column, a sequence) of the row the cursor names, or empty when no row has
   * that name (the page is then empty).
   *
   * @param c the connection
   * @param after the cursor, empty for the first page
   * @param sql the query of the position, its last parameter the cursor
   * @param params the other parameters of {@code sql}, before the cursor
   * @return the position to read after, or empty
   * @throws SQLException when the database fails
   */
  static OptionalLong startAfter(Connection c, Optional<String> after, String sql, Object... params)
      throws SQLException {
    if (after.isEmpty()) {
      return OptionalLong.of(Long.MIN_VALUE);
    }
    Object[] all = Arrays.copyOf(params, params.length + 1);
    all[params.length] = after.get();
    return queryOne(c, sql, rs -> rs.getLong(1), all).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /**
   * The failure as a {@code STORE_FAILURE}; the library's exception carries no cause, so the
   * driver's message and SQLSTATE are in its message and details.
   */
  static KoproGoException failure(String step, SQLException e, Dialect dialect) {
    return KoproGoException.of(
            ErrorCode.STORE_FAILURE,
            "the database failed at " + step + ": " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")",
            "step", step, "sqlState", e.getSQLState(), "connectionLost", dialect.isConnectionLoss(e));
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    return JdbcStatements.update(c, sql, params);
  }

  static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    return JdbcStatements.query(c, sql, rows, params);
  }

  static <T> Optional<T> queryOne(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
    return JdbcStatements.queryOne(c, sql, rows, params);
  }

  /** Inserts a row and returns the generated {@code column} (an identity). */
  static long insertReturningKey(Connection c, String sql, String column, Object... params) throws SQLException {
    return JdbcStatements.insertReturningKey(c, sql, column, params);
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
}
