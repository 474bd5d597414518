/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.ports.contract.InboxesContract;

class InMemoryInboxesContractTest extends InboxesContract {
  @Override
  protected Store freshInboxes(ManualClock clock) {
    MemoryDatabase db = new MemoryDatabase(clock);
    return new Store(db.ports(), new InMemoryInboxes(db));
  }
}
