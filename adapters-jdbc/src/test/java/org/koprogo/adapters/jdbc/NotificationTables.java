/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;

/** Empties the notification tables of {@code V60__notifications.sql} before the others (test code only). */
final class NotificationTables {
  private static final String[] TABLES = {
    "notification_attempts", "notification_receipts", "notification_deliveries", "notification_consents",
    "notification_channel_choices"
  };

  private NotificationTables() {}

  static OutPorts freshPorts(TestDatabase database, ManualClock clock) {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return database.freshPorts(clock);
  }

  static JdbcStore store(TestDatabase database, ManualClock clock) {
    return new JdbcStore(database.dataSource(), clock);
  }
}
