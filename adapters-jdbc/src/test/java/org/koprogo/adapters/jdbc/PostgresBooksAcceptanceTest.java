/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.BooksAcceptanceContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

class PostgresBooksAcceptanceTest extends BooksAcceptanceContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private JdbcStore store;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    JournalTables.fresh(DATABASE, clock);
    store = new JdbcStore(DATABASE.dataSource(), clock);
    return store.ports();
  }

  @Override
  protected Journal journal() {
    return new JdbcJournal(store);
  }

  @Override
  protected PenaltyPolicies penaltyPolicies() {
    return new JdbcPenaltyPolicies(store);
  }

  @Override
  protected Commitments commitments() {
    return new JdbcCommitments(store);
  }
}
