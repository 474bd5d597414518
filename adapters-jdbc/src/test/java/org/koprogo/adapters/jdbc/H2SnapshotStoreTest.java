/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.SnapshotStoreContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** The stateful aggregates' snapshots through the aggregate store, on H2 in PostgreSQL mode. */
class H2SnapshotStoreTest extends SnapshotStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return DATABASE.freshPorts(clock);
  }
}
