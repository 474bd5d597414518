/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.ports.contract.notification.ConsentsContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Consents;

/** The Consents contract on the real PostgreSQL, in a schema of its own. */
class PostgresConsentsTest extends ConsentsContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return NotificationTables.freshPorts(DATABASE, clock);
  }

  @Override
  protected Consents consentsOf(OrganisationId organisation) {
    return new JdbcConsents(NotificationTables.store(DATABASE, clock), organisation);
  }
}
