/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * {@link SendingPauses} in the table {@code notification_sending_pauses} ({@code
 * V109__notification_sending_pauses.sql}): one row per channel and sending number, its pause's
 * end, which only grows. Every instance on the database reads it before each send, so a 130429
 * answered to one instance pauses the number in all of them. Each operation is one short
 * statement (or two, the first time a number is paused), the same on PostgreSQL and H2.
 * Thread-safe.
 */
public final class JdbcSendingPauses implements SendingPauses {
  private final JdbcUnitOfWork db;

  /**
   * @param store the store whose database holds the table
   */
  public JdbcSendingPauses(JdbcStore store) {
    this.db = JdbcUnitOfWork.of(Objects.requireNonNull(store, "store"));
  }

  @Override
  public void pauseUntil(Channel channel, String sender, Instant until) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(until, "until");
    db.inTransaction(
        c -> {
          String grow = "update notification_sending_pauses set paused_until = ?"
              + " where channel = ? and sender = ? and paused_until < ?";
          if (NotificationSql.update(c, grow, until, channel.name(), sender, until) == 0
              && NotificationSql.update(c,
                  "insert into notification_sending_pauses (channel, sender, paused_until)"
                      + " values (?, ?, ?) on conflict do nothing",
                  channel.name(), sender, until) == 0) {
            // another instance inserted the row meanwhile: keep the later end
            NotificationSql.update(c, grow, until, channel.name(), sender, until);
          }
          return null;
        });
  }

  @Override
  public Optional<Instant> pausedUntil(Channel channel, String sender, Instant now) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(now, "now");
    return db.withConnection(
        c -> NotificationSql.queryOne(c,
            "select paused_until from notification_sending_pauses"
                + " where channel = ? and sender = ? and paused_until > ?",
            rs -> NotificationSql.instant(rs, "paused_until"), channel.name(), sender, now));
  }
}
