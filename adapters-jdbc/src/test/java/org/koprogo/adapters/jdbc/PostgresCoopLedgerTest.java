/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.CoopLedgerContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** The cooperative ledger round trip on the real PostgreSQL, in a schema of its own. */
class PostgresCoopLedgerTest extends CoopLedgerContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return DATABASE.freshPorts(clock);
  }
}
