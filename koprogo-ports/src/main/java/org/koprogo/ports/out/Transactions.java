/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work in one transaction: either every change it makes through the out ports
 * (repositories, ledger, audit trail, outbox) is committed, or none is.
 *
 * <p>Contract: a call inside a running transaction joins it (no nesting); the work's exception
 * rolls the transaction back and is rethrown unchanged; a failure to commit is thrown as an
 * unchecked exception and nothing of the work is committed.
 */
public interface Transactions {

  /**
   * Runs {@code work} in one transaction and returns its result.
   *
   * @param <T> the result's type
   * @param work the work
   * @return its result
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs {@code work} in one transaction.
   *
   * @param work the work
   */
  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
