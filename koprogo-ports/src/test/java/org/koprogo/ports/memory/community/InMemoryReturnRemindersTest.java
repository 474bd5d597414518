/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory.community;

import org.koprogo.ports.contract.community.ReturnRemindersContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;

class InMemoryReturnRemindersTest extends ReturnRemindersContract {
  @Override
  public Stores freshStores(ManualClock clock) {
    MemoryDatabase db = new MemoryDatabase(clock);
    return new Stores(db.ports(), InMemoryCommunityBuildings.storeBeside(db));
  }
}
