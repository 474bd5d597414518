/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 *
 * <p>The number's other guards live beside it ({@code V120__notification_sending_guards.sql}):
 * its next sending slot in {@code notification_sending_slots}, moved forward by compare-and-set
 * (a read, then an update that applies only if nobody moved it meanwhile, retried), and the
 * per-recipient turn and hold in {@code notification_recipient_guards}, keyed by an opaque key of
 * the recipient. Thread-safe.
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

  /** How many times a slot is tried before giving up on sharing it (contention of many instances). */
  private static final int SLOT_TRIES = 20;

  @Override
  public Instant takeSlot(Channel channel, String sender, Instant earliest, Duration interval) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(interval, "interval");
    Instant from = micros(earliest);
    for (int i = 0; i < SLOT_TRIES; i++) {
      Optional<Instant> taken = db.withConnection(c -> {
        Optional<Instant> next = NotificationSql.queryOne(c,
            "select next_slot from notification_sending_slots where channel = ? and sender = ?",
            rs -> NotificationSql.instant(rs, "next_slot"), channel.name(), sender);
        if (next.isEmpty()) {
          int inserted = NotificationSql.update(c,
              "insert into notification_sending_slots (channel, sender, next_slot) values (?, ?, ?)"
                  + " on conflict do nothing",
              channel.name(), sender, micros(from.plus(interval)));
          return inserted == 1 ? Optional.of(from) : Optional.<Instant>empty();
        }
        Instant slot = next.get().isAfter(from) ? next.get() : from;
        int moved = NotificationSql.update(c,
            "update notification_sending_slots set next_slot = ?"
                + " where channel = ? and sender = ? and next_slot = ?",
            micros(slot.plus(interval)), channel.name(), sender, next.get());
        return moved == 1 ? Optional.of(slot) : Optional.<Instant>empty();
      });
      if (taken.isPresent()) {
        return taken.get();
      }
    }
    throw new IllegalStateException("could not take a sending slot for " + channel + " " + sender
        + " after " + SLOT_TRIES + " tries (contention)");
  }

  @Override
  public boolean claimRecipient(
      Channel channel, String sender, String recipient, String holder, Instant now, Instant expires) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(expires, "expires");
    String take = "update notification_recipient_guards set holder = ?, in_flight_until = ?"
        + " where channel = ? and sender = ? and recipient = ?"
        + " and (holder is null or holder = ? or in_flight_until is null or in_flight_until <= ?)";
    return db.inTransaction(c -> {
      if (NotificationSql.update(c, take, holder, expires, channel.name(), sender, recipient, holder, now) == 1) {
        return true;
      }
      if (NotificationSql.update(c,
          "insert into notification_recipient_guards (channel, sender, recipient, holder, in_flight_until)"
              + " values (?, ?, ?, ?, ?) on conflict do nothing",
          channel.name(), sender, recipient, holder, expires) == 1) {
        return true;
      }
      // the row was inserted or released meanwhile: one more look
      return NotificationSql.update(c, take, holder, expires, channel.name(), sender, recipient, holder, now) == 1;
    });
  }

  @Override
  public void releaseRecipient(Channel channel, String sender, String recipient, String holder) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(holder, "holder");
    db.inTransaction(c -> {
      if (NotificationSql.update(c,
          "delete from notification_recipient_guards where channel = ? and sender = ? and recipient = ?"
              + " and holder = ? and held_until is null",
          channel.name(), sender, recipient, holder) == 0) {
        NotificationSql.update(c,
            "update notification_recipient_guards set holder = null, in_flight_until = null"
                + " where channel = ? and sender = ? and recipient = ? and holder = ?",
            channel.name(), sender, recipient, holder);
      }
      return null;
    });
  }

  @Override
  public void holdRecipient(Channel channel, String sender, String recipient, Instant until) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(until, "until");
    String grow = "update notification_recipient_guards set held_until = ?"
        + " where channel = ? and sender = ? and recipient = ? and (held_until is null or held_until < ?)";
    db.inTransaction(c -> {
      if (NotificationSql.update(c, grow, until, channel.name(), sender, recipient, until) == 0
          && NotificationSql.update(c,
              "insert into notification_recipient_guards (channel, sender, recipient, held_until)"
                  + " values (?, ?, ?, ?) on conflict do nothing",
              channel.name(), sender, recipient, until) == 0) {
        NotificationSql.update(c, grow, until, channel.name(), sender, recipient, until);
      }
      return null;
    });
  }

  @Override
  public Optional<Instant> recipientHeldUntil(Channel channel, String sender, String recipient, Instant now) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(now, "now");
    return db.withConnection(
        c -> NotificationSql.queryOne(c,
            "select held_until from notification_recipient_guards"
                + " where channel = ? and sender = ? and recipient = ? and held_until > ?",
            rs -> NotificationSql.instant(rs, "held_until"), channel.name(), sender, recipient, now));
  }

  /** The instant as the database keeps it (microseconds), so that a compare-and-set matches. */
  private static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
