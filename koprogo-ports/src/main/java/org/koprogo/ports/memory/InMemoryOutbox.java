/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/** {@link Outbox} in memory, with the same lease semantics as a database (see {@link MemoryDatabase}). */
public final class InMemoryOutbox implements Outbox, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private LinkedHashMap<OutboxMessageId, Message> messages = new LinkedHashMap<>();

  InMemoryOutbox(MemoryDatabase db) {
    this.db = db;
    db.register(this);
  }

  @Override
  public Enqueued enqueue(NewMessage m) {
    Objects.requireNonNull(m, "message");
    return db.locked(
        () -> {
          for (Message existing : messages.values()) {
            if (existing.organisation().equals(m.organisation()) && existing.key().equals(m.key())) {
              return new Enqueued(existing.id(), true);
            }
          }
          OutboxMessageId id = OutboxMessageId.of(UUID.randomUUID().toString());
          messages.put(
              id,
              new Message(
                  id, m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(),
                  Status.PENDING, 0, db.clock().now(), m.availableAt(), m.expiresAt(),
                  null, null, null, null, null));
          return new Enqueued(id, false);
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
    return db.locked(
        () -> {
          Instant now = db.clock().now();
          List<Message> due = new ArrayList<>();
          for (Message m : messages.values()) {
            if (claimable(m, now) && channels.includes(m.channel())) {
              due.add(m);
            }
          }
          due.sort(Comparator.comparing(Message::availableAt).thenComparing(Message::createdAt));
          List<Message> claimed = new ArrayList<>();
          for (Message m : due.subList(0, Math.min(limit, due.size()))) {
            int attempt = m.attempts() + 1;
            Message c =
                with(m, Status.CLAIMED, attempt, m.availableAt(),
                    new Lease(m.id(), worker, attempt, now.plus(lease)), null, m.lastError());
            messages.put(m.id(), c);
            claimed.add(c);
          }
          return List.copyOf(claimed);
        });
  }

  private static boolean claimable(Message m, Instant now) {
    boolean unexpired = m.expiresAt() == null || m.expiresAt().isAfter(now);
    boolean ready = m.status() == Status.PENDING && !m.availableAt().isAfter(now);
    boolean abandoned = m.status() == Status.CLAIMED && !m.lease().until().isAfter(now);
    return unexpired && (ready || abandoned);
  }

  @Override
  public Optional<Lease> renew(Lease lease, Duration by) {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(by, "by");
    return db.locked(
        () -> {
          Message m = messages.get(lease.message());
          if (m == null
              || m.status() != Status.CLAIMED
              || !m.lease().worker().equals(lease.worker())
              || m.attempts() != lease.attempt()) {
            return Optional.<Lease>empty();
          }
          Lease renewed = new Lease(m.id(), lease.worker(), lease.attempt(), db.clock().now().plus(by));
          messages.put(m.id(), with(m, Status.CLAIMED, m.attempts(), m.availableAt(), renewed, null, m.lastError()));
          return Optional.of(renewed);
        });
  }

  @Override
  public boolean markSent(Lease lease, String externalId) {
    Objects.requireNonNull(externalId, "externalId");
    return settle(lease, m -> with(m, Status.SENT, m.attempts(), m.availableAt(), null, externalId, m.lastError()));
  }

  @Override
  public boolean markRetry(Lease lease, Instant retryAt, String reason) {
    Objects.requireNonNull(retryAt, "retryAt");
    return settle(lease, m -> with(m, Status.PENDING, m.attempts(), retryAt, null, null, reason));
  }

  @Override
  public boolean deadLetter(Lease lease, String reason) {
    return settle(lease, m -> with(m, Status.DEAD, m.attempts(), m.availableAt(), null, null, reason));
  }

  private boolean settle(Lease lease, UnaryOperator<Message> change) {
    Objects.requireNonNull(lease, "lease");
    return db.locked(
        () -> {
          Message m = messages.get(lease.message());
          if (m == null
              || m.status() != Status.CLAIMED
              || !m.lease().worker().equals(lease.worker())
              || m.attempts() != lease.attempt()) {
            return false;
          }
          messages.put(m.id(), change.apply(m));
          return true;
        });
  }

  @Override
  public int expire() {
    return db.locked(
        () -> {
          Instant now = db.clock().now();
          int count = 0;
          for (Message m : new ArrayList<>(messages.values())) {
            boolean open =
                m.status() == Status.PENDING
                    || (m.status() == Status.CLAIMED && !m.lease().until().isAfter(now));
            if (open && m.expiresAt() != null && !m.expiresAt().isAfter(now)) {
              messages.put(m.id(), with(m, Status.EXPIRED, m.attempts(), m.availableAt(), null, null, m.lastError()));
              count++;
            }
          }
          return count;
        });
  }

  @Override
  public List<Message> deadLetters(OrganisationId organisation, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () ->
            messages.values().stream()
                .filter(m -> m.organisation().equals(organisation) && m.status() == Status.DEAD)
                .limit(limit)
                .toList());
  }

  @Override
  public boolean replay(OrganisationId organisation, OutboxMessageId id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> {
          Message m = messages.get(id);
          if (m == null || !m.organisation().equals(organisation) || m.status() != Status.DEAD) {
            return false;
          }
          messages.put(id, with(m, Status.PENDING, 0, db.clock().now(), null, null, m.lastError()));
          return true;
        });
  }

  @Override
  public Optional<Message> find(OrganisationId organisation, OutboxMessageId id) {
    Objects.requireNonNull(organisation, "organisation");
    return db.locked(
        () -> Optional.ofNullable(messages.get(id)).filter(m -> m.organisation().equals(organisation)));
  }

  @Override
  public boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    return db.locked(
        () -> {
          for (Message m : messages.values()) {
            if (m.status() == Status.SENT && externalId.equals(m.externalId())) {
              if (!status.isFurtherThan(m.delivery())) {
                return true; // known, but an older or repeated report
              }
              messages.put(
                  m.id(),
                  new Message(
                      m.id(), m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(),
                      m.status(), m.attempts(), m.createdAt(), m.availableAt(), m.expiresAt(),
                      null, m.externalId(), status == DeliveryStatus.FAILED ? detail : m.lastError(),
                      status, at));
              return true;
            }
          }
          return false;
        });
  }

  @Override
  public boolean settleDeadLetter(OutboxMessageId id, String externalId, DeliveryStatus delivery, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(at, "at");
    return db.locked(
        () -> {
          Message m = messages.get(id);
          if (m == null || m.status() != Status.DEAD) {
            return false;
          }
          messages.put(
              id,
              new Message(
                  m.id(), m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(),
                  Status.SENT, m.attempts(), m.createdAt(), m.availableAt(), m.expiresAt(), null,
                  externalId, m.lastError(), delivery, delivery == null ? null : at));
          return true;
        });
  }

  /** The messages of {@code organisation} addressed to one of {@code recipients}. */
  List<Message> addressedTo(OrganisationId organisation, List<String> recipients) {
    return db.locked(
        () ->
            messages.values().stream()
                .filter(m -> m.organisation().equals(organisation) && recipients.contains(m.recipient()))
                .toList());
  }

  /**
   * Erases the recipient and payload of those messages; the ones not yet sent are expired (they
   * will never be sent to an erased person).
   */
  int eraseAddressedTo(OrganisationId organisation, List<String> recipients) {
    return db.locked(
        () -> {
          int count = 0;
          for (Message m : addressedTo(organisation, recipients)) {
            boolean open = m.status() == Status.PENDING || m.status() == Status.CLAIMED;
            messages.put(
                m.id(),
                new Message(
                    m.id(), m.organisation(), m.key(), m.channel(), "", "{}",
                    open ? Status.EXPIRED : m.status(), m.attempts(), m.createdAt(), m.availableAt(),
                    m.expiresAt(), null, m.externalId(), m.lastError(), m.delivery(), m.deliveryAt()));
            count++;
          }
          return count;
        });
  }

  private static Message with(
      Message m, Status status, int attempts, Instant availableAt, Lease lease, String externalId, String lastError) {
    return new Message(
        m.id(), m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(), status, attempts,
        m.createdAt(), availableAt, m.expiresAt(), lease, externalId, lastError, m.delivery(), m.deliveryAt());
  }

  @Override
  public Object snapshot() {
    return new LinkedHashMap<>(messages);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    messages = (LinkedHashMap<OutboxMessageId, Message>) snapshot;
  }
}
