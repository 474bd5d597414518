/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.AggregateStoreContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** The aggregate store contract on H2 in PostgreSQL mode, in a database of its own. */
class H2AggregateStoreTest extends AggregateStoreContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return DATABASE.freshPorts(clock);
  }
}
