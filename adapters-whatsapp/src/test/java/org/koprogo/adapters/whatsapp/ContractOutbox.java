/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * A minimal outbox keeping the {@link Outbox} contract (idempotent enqueue, leases with fencing,
 * settle only under the latest lease), for this module's tests until the ports module's
 * in-memory outbox is available.
 */
final class ContractOutbox implements Outbox {
  private final Clock clock;
  private final Map<OutboxMessageId, Message> messages = new LinkedHashMap<>();
  private long ids;

  ContractOutbox(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Enqueued enqueue(NewMessage m) {
    for (Message existing : messages.values()) {
      if (existing.organisation().equals(m.organisation()) && existing.key().equals(m.key())) {
        return new Enqueued(existing.id(), true);
      }
    }
    OutboxMessageId id = OutboxMessageId.of("msg-" + (++ids));
    messages.put(id, new Message(id, m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(),
        Status.PENDING, 0, clock.now(), m.availableAt(), m.expiresAt(), null, null, null, null, null));
    return new Enqueued(id, false);
  }

  @Override
  public synchronized List<Message> claim(String worker, int limit, Duration lease) {
    Instant now = clock.now();
    List<Message> due = new ArrayList<>();
    for (Message m : messages.values()) {
      boolean unexpired = m.expiresAt() == null || m.expiresAt().isAfter(now);
      boolean ready = m.status() == Status.PENDING && !m.availableAt().isAfter(now);
      boolean abandoned = m.status() == Status.CLAIMED && !m.lease().until().isAfter(now);
      if (unexpired && (ready || abandoned)) {
        due.add(m);
      }
    }
    due.sort(Comparator.comparing(Message::availableAt).thenComparing(Message::createdAt));
    List<Message> claimed = new ArrayList<>();
    for (Message m : due.subList(0, Math.min(limit, due.size()))) {
      int attempt = m.attempts() + 1;
      Message c = with(m, Status.CLAIMED, attempt, m.availableAt(), new Lease(m.id(), worker, attempt, now.plus(lease)),
          null, m.lastError());
      messages.put(m.id(), c);
      claimed.add(c);
    }
    return List.copyOf(claimed);
  }

  @Override
  public boolean markSent(Lease lease, String externalId) {
    return settle(lease, m -> with(m, Status.SENT, m.attempts(), m.availableAt(), null, externalId, m.lastError()));
  }

  @Override
  public boolean markRetry(Lease lease, Instant retryAt, String reason) {
    return settle(lease, m -> with(m, Status.PENDING, m.attempts(), retryAt, null, null, reason));
  }

  @Override
  public boolean deadLetter(Lease lease, String reason) {
    return settle(lease, m -> with(m, Status.DEAD, m.attempts(), m.availableAt(), null, null, reason));
  }

  private synchronized boolean settle(Lease lease, UnaryOperator<Message> change) {
    Message m = messages.get(lease.message());
    if (m == null || m.status() != Status.CLAIMED || !m.lease().worker().equals(lease.worker())
        || m.attempts() != lease.attempt()) {
      return false;
    }
    messages.put(m.id(), change.apply(m));
    return true;
  }

  @Override
  public synchronized int expire() {
    int count = 0;
    Instant now = clock.now();
    for (Message m : new ArrayList<>(messages.values())) {
      boolean open = m.status() == Status.PENDING || (m.status() == Status.CLAIMED && !m.lease().until().isAfter(now));
      if (open && m.expiresAt() != null && !m.expiresAt().isAfter(now)) {
        messages.put(m.id(), with(m, Status.EXPIRED, m.attempts(), m.availableAt(), null, null, m.lastError()));
        count++;
      }
    }
    return count;
  }

  @Override
  public synchronized List<Message> deadLetters(OrganisationId organisation, int limit) {
    return messages.values().stream()
        .filter(m -> m.organisation().equals(organisation) && m.status() == Status.DEAD).limit(limit).toList();
  }

  @Override
  public synchronized boolean replay(OrganisationId organisation, OutboxMessageId id) {
    Message m = messages.get(id);
    if (m == null || !m.organisation().equals(organisation) || m.status() != Status.DEAD) {
      return false;
    }
    messages.put(id, with(m, Status.PENDING, 0, clock.now(), null, null, m.lastError()));
    return true;
  }

  @Override
  public synchronized Optional<Message> find(OrganisationId organisation, OutboxMessageId id) {
    return Optional.ofNullable(messages.get(id)).filter(m -> m.organisation().equals(organisation));
  }

  @Override
  public synchronized boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
    for (Message m : messages.values()) {
      if (m.status() == Status.SENT && externalId.equals(m.externalId())) {
        messages.put(m.id(), new Message(m.id(), m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(),
            m.status(), m.attempts(), m.createdAt(), m.availableAt(), m.expiresAt(), null, m.externalId(),
            status == DeliveryStatus.FAILED ? detail : m.lastError(), status, at));
        return true;
      }
    }
    return false;
  }

  /** Every message, in enqueue order. */
  synchronized List<Message> all() {
    return List.copyOf(messages.values());
  }

  private static Message with(Message m, Status status, int attempts, Instant availableAt, Lease lease,
      String externalId, String lastError) {
    return new Message(m.id(), m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(), status, attempts,
        m.createdAt(), availableAt, m.expiresAt(), lease, externalId, lastError, m.delivery(), m.deliveryAt());
  }
}
