/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.community.CommunityContract;
import org.koprogo.ports.memory.ManualClock;

/**
 * The community contract on H2 in PostgreSQL mode, in a database of its own: round trip, tenant scoping, optimistic locking, and
 * concurrent bookings of one object through the use cases (never two overlapping loans).
 */
class H2CommunityTest extends CommunityContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public Stores freshStores(ManualClock clock) {
    return CommunityTables.fresh(DATABASE, clock);
  }
}
