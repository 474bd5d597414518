/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.community.ReturnRemindersContract;
import org.koprogo.ports.memory.ManualClock;

class H2ReturnRemindersTest extends ReturnRemindersContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public Stores freshStores(ManualClock clock) {
    return CommunityTables.fresh(DATABASE, clock);
  }
}
