/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.contract.InboxesContract;
import org.koprogo.ports.memory.ManualClock;

/** The inboxes contract on H2 in PostgreSQL mode, in a database of its own. */
class H2InboxesTest extends InboxesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  protected Store freshInboxes(ManualClock clock) {
    return InboxTables.fresh(DATABASE, clock);
  }
}
