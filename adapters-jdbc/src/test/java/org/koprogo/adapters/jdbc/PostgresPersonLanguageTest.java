/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcChannelPreferences;
import org.koprogo.ports.contract.notification.PersonLanguageContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ChannelPreferences;

class PostgresPersonLanguageTest extends PersonLanguageContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private JdbcStore store;

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    NotificationTables.freshPorts(DATABASE, clock);
    store = NotificationTables.store(DATABASE, clock);
    return store.ports();
  }

  @Override
  protected ChannelPreferences preferences() {
    return new JdbcChannelPreferences(store);
  }
}
