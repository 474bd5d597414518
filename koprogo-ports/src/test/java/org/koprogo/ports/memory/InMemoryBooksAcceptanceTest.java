/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.BooksAcceptanceContract;
import org.koprogo.ports.out.Commitments;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PenaltyPolicies;

class InMemoryBooksAcceptanceTest extends BooksAcceptanceContract {
  private MemoryDatabase db;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    db = new MemoryDatabase(clock);
    return db.ports();
  }

  @Override
  protected Journal journal() {
    return new InMemoryJournal(db);
  }

  @Override
  protected PenaltyPolicies penaltyPolicies() {
    return new InMemoryPenaltyPolicies(db);
  }

  @Override
  protected Commitments commitments() {
    return new InMemoryCommitments(db);
  }
}
