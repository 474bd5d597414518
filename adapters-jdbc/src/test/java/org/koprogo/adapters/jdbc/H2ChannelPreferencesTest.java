/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcChannelPreferences;
import org.koprogo.ports.contract.notification.ChannelPreferencesContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ChannelPreferences;

class H2ChannelPreferencesTest extends ChannelPreferencesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.h2();

  @Override
  public OutPorts freshPorts(ManualClock clock) {
    return NotificationTables.freshPorts(DATABASE, clock);
  }

  @Override
  protected ChannelPreferences preferences() {
    return new JdbcChannelPreferences(NotificationTables.store(DATABASE, clock));
  }
}
