/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.CoopLedgerContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** The cooperative ledger round trip on H2 in PostgreSQL mode, in a database of its own. */
class H2CoopLedgerTest extends CoopLedgerContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return DATABASE.freshPorts(clock);
  }
}
