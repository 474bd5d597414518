/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.InboxesContract;
import org.koprogo.ports.memory.ManualClock;

/** The inboxes contract on the real PostgreSQL, in a schema of its own. */
class PostgresInboxesTest extends InboxesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected Store freshInboxes(ManualClock clock) {
    return InboxTables.fresh(DATABASE, clock);
  }
}
