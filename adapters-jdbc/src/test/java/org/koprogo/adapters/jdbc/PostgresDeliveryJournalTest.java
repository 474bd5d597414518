/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.ports.contract.notification.DeliveryJournalContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.DeliveryJournal;

/** The DeliveryJournal contract on the real PostgreSQL, in a schema of its own. */
class PostgresDeliveryJournalTest extends DeliveryJournalContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return NotificationTables.freshPorts(DATABASE, clock);
  }

  @Override
  protected DeliveryJournal journalOn(OutPorts ports) {
    return new JdbcDeliveryJournal(NotificationTables.store(DATABASE, clock));
  }
}
