/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * {@link Outbox} on {@code outbox_messages}. Enqueuing is an insert ({@code on conflict do
 * nothing} on the unique key) in the caller's transaction. Claiming selects due rows {@code FOR
 * UPDATE SKIP LOCKED} and leases them in one short transaction of its own, so two workers never
 * hold the same row; every outcome is a conditional update on {@code (message_id, status =
 * CLAIMED, lease_owner, attempts)}, the attempt number acting as a fencing token.
 */
public final class JdbcOutbox implements Outbox {
  private final Db db;
  private final Clock clock;

  JdbcOutbox(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Enqueued enqueue(NewMessage m) {
    Objects.requireNonNull(m, "message");
    String id = UUID.randomUUID().toString();
    return db.withConnection(
        c -> {
          int inserted =
              Db.update(
                  c,
                  "insert into outbox_messages (message_id, organisation_id, kind, entity, logical_event, channel,"
                      + " recipient, payload, status, attempts, created_at, available_at, expires_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?) on conflict do nothing",
                  id, m.organisation().value(), m.key().kind(), m.key().entity(), m.key().event(), m.channel(),
                  m.recipient(), m.payload(), clock.now(), m.availableAt(), m.expiresAt());
          if (inserted == 1) {
            return new Enqueued(OutboxMessageId.of(id), false);
          }
          String earlier =
              Db.queryOne(
                      c,
                      "select message_id from outbox_messages where organisation_id = ? and kind = ? and entity = ?"
                          + " and logical_event = ?",
                      rs -> rs.getString(1),
                      m.organisation().value(), m.key().kind(), m.key().entity(), m.key().event())
                  .orElseThrow(() -> new IllegalStateException("outbox key conflict without a row"));
          return new Enqueued(OutboxMessageId.of(earlier), true);
        });
  }

  @Override
  public List<Message> claim(String worker, int limit, Duration lease) {
    return claim(worker, limit, lease, ChannelSelection.all());
  }

  @Override
  public List<Message> claim(String worker, int limit, Duration lease, ChannelSelection channels) {
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(lease, "lease");
    if (limit < 1) {
      return List.of();
    }
    Instant now = clock.now();
    Instant until = now.plus(lease);
    return db.inTransaction(
        c -> {
          // lapsed leases first (a worker that died), then pending messages: two index range
          // scans, each stopping at the limit
          List<String> ids = new ArrayList<>(due(c, channels, true, now, limit));
          if (ids.size() < limit) {
            ids.addAll(due(c, channels, false, now, limit - ids.size()));
          }
          if (ids.isEmpty()) {
            return List.<Message>of();
          }
          String in = " in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
          List<Object> params = new ArrayList<>(List.of(worker, until));
          params.addAll(ids);
          Db.update(
              c,
              "update outbox_messages set status = 'CLAIMED', attempts = attempts + 1, lease_owner = ?,"
                  + " lease_until = ? where message_id" + in,
              params.toArray());
          java.util.Map<String, Message> byId = new java.util.HashMap<>();
          for (Message m : Db.query(c, "select * from outbox_messages where message_id" + in, JdbcOutbox::read, ids.toArray())) {
            byId.put(m.id().value(), m);
          }
          List<Message> claimed = new ArrayList<>(ids.size());
          for (String id : ids) {
            claimed.add(Objects.requireNonNull(byId.get(id), id));
          }
          return List.copyOf(claimed);
        });
  }

  private List<String> due(Connection c, ChannelSelection channels, boolean lapsedLeases, Instant now, int limit)
      throws SQLException {
    List<Object> params = new ArrayList<>(List.of(now, now));
    params.addAll(channels.names());
    params.add(limit);
    return Db.query(c, db.dialect().claimDueMessages(channels, lapsedLeases), rs -> rs.getString(1), params.toArray());
  }

  @Override
  public Optional<Lease> renew(Lease lease, Duration by) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(by, "by");
    Instant until = clock.now().plus(by);
    int updated = db.withConnection(
        c -> Db.update(
            c,
            "update outbox_messages set lease_until = ?"
                + " where message_id = ? and status = 'CLAIMED' and lease_owner = ? and attempts = ?",
            until, lease.message().value(), lease.worker(), lease.attempt()));
    return updated == 1
        ? Optional.of(new Lease(lease.message(), lease.worker(), lease.attempt(), until))
        : Optional.empty();
  }

  @Override
  public boolean markSent(Lease lease, String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    return settle(lease, "status = 'SENT', external_id = ?", externalId);
  }

  @Override
  public boolean markRetry(Lease lease, Instant retryAt, String reason) {
    Objects.requireNonNull(retryAt, "retryAt");
    return settle(lease, "status = 'PENDING', available_at = ?, last_error = ?", retryAt, reason);
  }

  @Override
  public boolean deadLetter(Lease lease, String reason) {
    return settle(lease, "status = 'DEAD', last_error = ?", reason);
  }

  private boolean settle(Lease lease, String assignments, Object... values) {
    Objects.requireNonNull(lease, "lease");
    Object[] params = new Object[values.length + 3];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = lease.message().value();
    params[values.length + 1] = lease.worker();
    params[values.length + 2] = lease.attempt();
    return db.withConnection(
            c ->
                Db.update(
                    c,
                    "update outbox_messages set " + assignments + ", lease_owner = null, lease_until = null"
                        + " where message_id = ? and status = 'CLAIMED' and lease_owner = ? and attempts = ?",
                    params))
        == 1;
  }

  @Override
  public int expire() {
    Instant now = clock.now();
    return db.withConnection(
        c ->
            Db.update(
                c,
                "update outbox_messages set status = 'EXPIRED', lease_owner = null, lease_until = null"
                    + " where status in ('PENDING', 'CLAIMED') and expires_at is not null and expires_at <= ?"
                    + " and (status = 'PENDING' or lease_until <= ?)",
                now, now));
  }

  @Override
  public List<Message> deadLetters(OrganisationId organisation, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c,
                    "select * from outbox_messages where organisation_id = ? and status = 'DEAD'"
                        + " order by created_at, message_id limit ?",
                    JdbcOutbox::read,
                    organisation.value(), limit)));
  }

  @Override
  public List<Message> deadLetters(OrganisationId organisation, Optional<OutboxMessageId> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along outbox_messages_by_status (organisation, status, created_at, message_id), stopping at
    // the limit; a row value, so that the index starts at the cursor
    String select = "select * from outbox_messages where organisation_id = ? and status = 'DEAD'";
    return db.withConnection(c -> {
      if (after.isEmpty()) {
        return List.copyOf(Db.query(c, select + " order by created_at, message_id limit ?", JdbcOutbox::read,
            organisation.value(), limit));
      }
      Optional<Instant> created = Db.queryOne(c, "select created_at from outbox_messages where organisation_id = ?"
          + " and message_id = ? and status = 'DEAD'", rs -> Db.instant(rs, "created_at"),
          organisation.value(), after.get().value());
      if (created.isEmpty()) {
        return List.<Message>of();
      }
      return List.copyOf(Db.query(c, select + " and (created_at, message_id) > (?, ?)"
              + " order by created_at, message_id limit ?", JdbcOutbox::read,
          organisation.value(), created.get(), after.get().value(), limit));
    });
  }

  @Override
  public boolean replay(OrganisationId organisation, OutboxMessageId id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
            c ->
                Db.update(
                    c,
                    "update outbox_messages set status = 'PENDING', attempts = 0, available_at = ?"
                        + " where organisation_id = ? and message_id = ? and status = 'DEAD'",
                    clock.now(), organisation.value(), id.value()))
        == 1;
  }

  @Override
  public Optional<Message> find(OrganisationId organisation, OutboxMessageId id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            Db.queryOne(
                c, "select * from outbox_messages where organisation_id = ? and message_id = ?",
                JdbcOutbox::read, organisation.value(), id.value()));
  }

  @Override
  public boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    StringBuilder nearer = new StringBuilder("'-'");
    for (DeliveryStatus s : DeliveryStatus.values()) {
      if (status.isFurtherThan(s)) {
        nearer.append(", '").append(s.name()).append('\'');
      }
    }
    String onlyForward = " and (delivery_status is null or delivery_status in (" + nearer + "))";
    return db.inTransaction(
        c -> {
          boolean known =
              Db.queryOne(
                      c, "select 1 from outbox_messages where external_id = ? and status = 'SENT'",
                      rs -> Boolean.TRUE, externalId)
                  .isPresent();
          if (status == DeliveryStatus.FAILED) {
            Db.update(
                c,
                "update outbox_messages set delivery_status = ?, delivery_at = ?, last_error = ?"
                    + " where external_id = ? and status = 'SENT'" + onlyForward,
                status.name(), at, detail, externalId);
          } else {
            Db.update(
                c,
                "update outbox_messages set delivery_status = ?, delivery_at = ?"
                    + " where external_id = ? and status = 'SENT'" + onlyForward,
                status.name(), at, externalId);
          }
          return known;
        });
  }

  @Override
  public boolean settleDeadLetter(OutboxMessageId id, String externalId, DeliveryStatus delivery, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(at, "at");
    return db.withConnection(
            c ->
                Db.update(
                    c,
                    "update outbox_messages set status = 'SENT', external_id = ?, delivery_status = ?,"
                        + " delivery_at = ?, lease_owner = null, lease_until = null"
                        + " where message_id = ? and status = 'DEAD'",
                    externalId, delivery == null ? null : delivery.name(), delivery == null ? null : at,
                    id.value()))
        == 1;
  }

  /** Messages of {@code organisation} addressed to one of {@code recipients} (GDPR). */
  static List<Message> addressedTo(Connection c, OrganisationId organisation, List<String> recipients)
      throws SQLException {
    List<Message> result = new ArrayList<>();
    for (String r : recipients) {
      result.addAll(
          Db.query(
              c, "select * from outbox_messages where organisation_id = ? and recipient = ? order by created_at",
              JdbcOutbox::read, organisation.value(), r));
    }
    return result;
  }

  /** Erases recipient and payload of those messages and expires the ones not yet sent (GDPR). */
  static int eraseAddressedTo(Connection c, OrganisationId organisation, List<String> recipients)
      throws SQLException {
    int count = 0;
    for (String r : recipients) {
      count +=
          Db.update(
              c,
              "update outbox_messages set recipient = '', payload = '{}', lease_owner = null, lease_until = null,"
                  + " status = case when status in ('PENDING', 'CLAIMED') then 'EXPIRED' else status end"
                  + " where organisation_id = ? and recipient = ?",
              organisation.value(), r);
    }
    return count;
  }

  static Message read(ResultSet rs) throws SQLException {
    Status status = Status.valueOf(rs.getString("status"));
    String id = rs.getString("message_id");
    String delivery = rs.getString("delivery_status");
    Lease lease =
        status == Status.CLAIMED
            ? new Lease(OutboxMessageId.of(id), rs.getString("lease_owner"), rs.getInt("attempts"), Db.instant(rs, "lease_until"))
            : null;
    return new Message(
        OutboxMessageId.of(id),
        OrganisationId.of(rs.getString("organisation_id")),
        new Key(rs.getString("kind"), rs.getString("entity"), rs.getString("logical_event")),
        rs.getString("channel"),
        rs.getString("recipient"),
        rs.getString("payload"),
        status,
        rs.getInt("attempts"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "available_at"),
        Db.instant(rs, "expires_at"),
        lease,
        rs.getString("external_id"),
        rs.getString("last_error"),
        delivery == null ? null : DeliveryStatus.valueOf(delivery),
        Db.instant(rs, "delivery_at"));
  }
}
