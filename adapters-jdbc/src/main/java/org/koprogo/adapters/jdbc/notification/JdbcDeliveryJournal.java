/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * {@link DeliveryJournal} on the tables of {@code V60__notifications.sql}, beside the outbox and
 * as durable as it: {@code notification_attempts} (one row per message: the unsettled attempt,
 * the count of unknown outcomes, the first external id), {@code notification_receipts} (every
 * status report, its primary key {@code (external_id, status)} being the deduplication) and
 * {@code notification_deliveries} (the furthest status of each external id).
 *
 * <p>Like the outbox's worker side it serves every organisation: a message is named by its outbox
 * id, which is unique across organisations, and every row carries the organisation of that
 * outbox message (copied when the row is first written). A message must be in the outbox before
 * an attempt is journalled.
 *
 * <p>Each operation is one short transaction (or joins the {@link JdbcStore}'s unit of work on
 * the thread). Reports for one external id are serialised by a row lock on its delivery row, so
 * two webhook deliveries racing each other cannot both advance it. Thread-safe.
 */
public final class JdbcDeliveryJournal implements DeliveryJournal {
  private final JdbcUnitOfWork db;

  public JdbcDeliveryJournal(JdbcStore store) {
    this.db = JdbcUnitOfWork.of(Objects.requireNonNull(store, "store"));
  }

  @Override
  public void attemptStarted(OutboxMessageId message, Instant at) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
    db.inTransaction(
        c -> {
          ensureRow(c, message);
          NotificationSql.update(
              c, "update notification_attempts set started_at = ? where message_id = ?", at, message.value());
          return null;
        });
  }

  @Override
  public void attemptSettled(OutboxMessageId message) {
    Objects.requireNonNull(message, "message");
    db.withConnection(
        c ->
            NotificationSql.update(
                c, "update notification_attempts set started_at = null where message_id = ?", message.value()));
  }

  @Override
  public int attemptUnknown(OutboxMessageId message, Instant at) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
    return db.inTransaction(
        c -> {
          ensureRow(c, message);
          NotificationSql.update(
              c,
              "update notification_attempts set unknown_outcomes = unknown_outcomes + 1,"
                  + " started_at = coalesce(started_at, ?) where message_id = ?",
              at, message.value());
          return NotificationSql.queryOne(
                  c, "select unknown_outcomes from notification_attempts where message_id = ?",
                  rs -> rs.getInt(1), message.value())
              .orElseThrow();
        });
  }

  @Override
  public Optional<Unsettled> unsettled(OutboxMessageId message) {
    Objects.requireNonNull(message, "message");
    return db.withConnection(
        c ->
            NotificationSql.queryOne(
                c,
                "select started_at, unknown_outcomes from notification_attempts"
                    + " where message_id = ? and started_at is not null",
                rs -> new Unsettled(NotificationSql.instant(rs, "started_at"), rs.getInt("unknown_outcomes")),
                message.value()));
  }

  @Override
  public Recorded record(Receipt receipt) {
    Objects.requireNonNull(receipt, "receipt");
    return db.inTransaction(c -> recordIn(c, receipt));
  }

  private Recorded recordIn(Connection c, Receipt receipt) throws SQLException {
    String externalId = receipt.externalId();
    Optional<Receipt> furthest = lockFurthest(c, externalId);
    if (furthest.isEmpty()) {
      // the first report of this external id: create its delivery row (the lock for later ones)
      Optional<String> organisation = organisationOf(c, receipt);
      int created =
          NotificationSql.update(
              c,
              "insert into notification_deliveries (external_id, organisation_id, message_id, status, reported_at,"
                  + " detail) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
              externalId, organisation.orElse(null), receipt.message().map(OutboxMessageId::value).orElse(null),
              receipt.status().name(), receipt.at(), receipt.detail());
      if (created == 1) {
        insertReceipt(c, receipt, organisation);
        linkMessage(c, receipt);
        return Recorded.ADVANCED;
      }
      furthest = lockFurthest(c, externalId);
    }
    boolean seen =
        NotificationSql.queryOne(
                c, "select 1 from notification_receipts where external_id = ? and status = ?",
                rs -> true, externalId, receipt.status().name())
            .isPresent();
    if (seen) {
      return Recorded.DUPLICATE;
    }
    Receipt current = furthest.orElseThrow();
    Optional<OutboxMessageId> message = receipt.message().or(current::message);
    Optional<String> organisation =
        organisationOf(c, new Receipt(externalId, message, receipt.status(), receipt.at(), receipt.detail()));
    insertReceipt(c, receipt, organisation);
    linkMessage(c, receipt);
    if (!current.status().advancesTo(receipt.status())) {
      return Recorded.STALE;
    }
    NotificationSql.update(
        c,
        "update notification_deliveries set status = ?, reported_at = ?, detail = ?, message_id = ?,"
            + " organisation_id = coalesce(organisation_id, ?) where external_id = ?",
        receipt.status().name(), receipt.at(), receipt.detail(), message.map(OutboxMessageId::value).orElse(null),
        organisation.orElse(null), externalId);
    return Recorded.ADVANCED;
  }

  @Override
  public Optional<Receipt> furthest(OutboxMessageId message) {
    Objects.requireNonNull(message, "message");
    return db.withConnection(
        c ->
            NotificationSql.queryOne(
                c,
                "select d.* from notification_attempts a join notification_deliveries d on d.external_id = a.external_id"
                    + " where a.message_id = ?",
                JdbcDeliveryJournal::readDelivery,
                message.value()));
  }

  /** Creates the message's attempt row, copying the organisation from the outbox. */
  private static void ensureRow(Connection c, OutboxMessageId message) throws SQLException {
    if (attemptRowExists(c, message)) {
      return;
    }
    String organisation =
        outboxOrganisation(c, message)
            .orElseThrow(() -> new IllegalArgumentException("no outbox message " + message.value()));
    NotificationSql.update(
        c,
        "insert into notification_attempts (message_id, organisation_id, started_at, unknown_outcomes, external_id)"
            + " values (?, ?, null, 0, null) on conflict do nothing",
        message.value(), organisation);
  }

  private static boolean attemptRowExists(Connection c, OutboxMessageId message) throws SQLException {
    return NotificationSql.queryOne(
            c, "select 1 from notification_attempts where message_id = ?", rs -> true, message.value())
        .isPresent();
  }

  /** Remembers the first external id a report tied to the message (a message of this outbox). */
  private static void linkMessage(Connection c, Receipt receipt) throws SQLException {
    if (receipt.message().isEmpty()) {
      return;
    }
    OutboxMessageId message = receipt.message().get();
    if (!attemptRowExists(c, message)) {
      Optional<String> organisation = outboxOrganisation(c, message);
      if (organisation.isEmpty()) {
        return; // callback data naming no message of ours: kept in the receipts only
      }
      NotificationSql.update(
          c,
          "insert into notification_attempts (message_id, organisation_id, started_at, unknown_outcomes, external_id)"
              + " values (?, ?, null, 0, null) on conflict do nothing",
          message.value(), organisation.get());
    }
    NotificationSql.update(
        c, "update notification_attempts set external_id = ? where message_id = ? and external_id is null",
        receipt.externalId(), message.value());
  }

  private static Optional<Receipt> lockFurthest(Connection c, String externalId) throws SQLException {
    return NotificationSql.queryOne(
        c, "select * from notification_deliveries where external_id = ? for update",
        JdbcDeliveryJournal::readDelivery, externalId);
  }

  private static void insertReceipt(Connection c, Receipt receipt, Optional<String> organisation)
      throws SQLException {
    NotificationSql.update(
        c,
        "insert into notification_receipts (external_id, status, organisation_id, message_id, reported_at, detail)"
            + " values (?, ?, ?, ?, ?, ?)",
        receipt.externalId(), receipt.status().name(), organisation.orElse(null),
        receipt.message().map(OutboxMessageId::value).orElse(null), receipt.at(), receipt.detail());
  }

  /** The organisation of the report: its message's, else the one of the outbox row sent as its external id. */
  private static Optional<String> organisationOf(Connection c, Receipt receipt) throws SQLException {
    if (receipt.message().isPresent()) {
      Optional<String> byMessage = outboxOrganisation(c, receipt.message().get());
      if (byMessage.isPresent()) {
        return byMessage;
      }
    }
    return NotificationSql.queryOne(
        c, "select organisation_id from outbox_messages where external_id = ?", rs -> rs.getString(1),
        receipt.externalId());
  }

  private static Optional<String> outboxOrganisation(Connection c, OutboxMessageId message) throws SQLException {
    return NotificationSql.queryOne(
        c, "select organisation_id from outbox_messages where message_id = ?", rs -> rs.getString(1),
        message.value());
  }

  private static Receipt readDelivery(java.sql.ResultSet rs) throws SQLException {
    String message = rs.getString("message_id");
    return new Receipt(
        rs.getString("external_id"),
        message == null ? Optional.empty() : Optional.of(OutboxMessageId.of(message)),
        DeliveryStatus.valueOf(rs.getString("status")),
        NotificationSql.instant(rs, "reported_at"),
        rs.getString("detail"));
  }
}
