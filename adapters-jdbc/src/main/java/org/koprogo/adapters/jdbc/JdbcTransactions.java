/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.util.Objects;
import java.util.function.Supplier;
import org.koprogo.ports.out.Transactions;

/**
 * {@link Transactions} on JDBC: the unit of work's connection is bound to the calling thread, so
 * every {@code Jdbc*} port of the same {@link JdbcStore} called inside it joins its transaction.
 */
public final class JdbcTransactions implements Transactions {
  private final Db db;

  JdbcTransactions(Db db) {
    this.db = db;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return db.inTransaction(c -> work.get());
  }
}
