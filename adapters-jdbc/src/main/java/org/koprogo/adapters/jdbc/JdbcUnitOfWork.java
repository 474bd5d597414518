/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The connections of a {@link JdbcStore}, for the adapter's module stores in sub-packages (the
 * community modules): statements run on the unit of work's connection when one is running on
 * the thread ({@link JdbcTransactions#inTransaction}), so they commit or roll back with the
 * store's other ports; a driver failure becomes a {@code STORE_FAILURE}, as everywhere in the
 * adapter.
 */
public final class JdbcUnitOfWork {
  private final Db db;

  private JdbcUnitOfWork(Db db) {
    this.db = db;
  }

  /** The connections of {@code store}. */
  public static JdbcUnitOfWork of(JdbcStore store) {
    Objects.requireNonNull(store, "store");
    return new JdbcUnitOfWork(store.buildings().db);
  }

  /** Statements on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  /** Runs {@code work} in the thread's transaction, or in a new one committed at the end. */
  public <T> T inTransaction(Work<T> work) {
    return db.inTransaction(work::apply);
  }

  /** Runs {@code work} in the thread's transaction, or on a connection of its own. */
  public <T> T withConnection(Work<T> work) {
    return db.withConnection(work::apply);
  }

  /** True on PostgreSQL, false on H2. */
  public boolean isPostgres() {
    return db.dialect() == Dialect.POSTGRESQL;
  }
}
