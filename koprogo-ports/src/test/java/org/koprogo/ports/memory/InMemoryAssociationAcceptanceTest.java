/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.AssociationAcceptanceContract;
import org.koprogo.ports.contract.AssociationBooksContract.Books;

class InMemoryAssociationAcceptanceTest extends AssociationAcceptanceContract {
  @Override
  protected Books freshBooks(ManualClock clock) {
    MemoryDatabase db = new MemoryDatabase(clock);
    return new Books(db.ports(), new InMemoryAssociationBooks(db));
  }
}
