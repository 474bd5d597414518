/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.ports.contract.notification.SendingPausesContract;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.notification.SendingPauses;

/** The SendingPauses contract on the real PostgreSQL, two stores (two processes) on one database. */
class PostgresSendingPausesTest extends SendingPausesContract {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  @Override
  protected SendingPauses freshPauses() {
    try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("delete from notification_sending_pauses");
      s.executeUpdate("delete from notification_sending_slots");
      s.executeUpdate("delete from notification_recipient_guards");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return otherInstance();
  }

  @Override
  protected SendingPauses otherInstance() {
    return new JdbcSendingPauses(new JdbcStore(DATABASE.dataSource(), ManualClock.at(java.time.Instant.parse("2026-03-10T09:00:00Z"))));
  }
}
