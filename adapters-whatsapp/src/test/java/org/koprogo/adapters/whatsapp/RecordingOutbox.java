/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The ports module's in-memory outbox, remembering which messages were enqueued so that a test can
 * look at all of them.
 */
final class RecordingOutbox implements Outbox {
  private final Outbox delegate;
  private final List<Stored> stored = new CopyOnWriteArrayList<>();

  private record Stored(OrganisationId organisation, OutboxMessageId id) {}

  RecordingOutbox(Clock clock) {
    this.delegate = new MemoryDatabase(clock).outbox();
  }

  /** Every message enqueued (duplicates once), in enqueue order, as it is now. */
  List<Message> all() {
    return stored.stream().map(s -> delegate.find(s.organisation(), s.id()).orElseThrow()).toList();
  }

  @Override
  public java.util.Optional<Lease> renew(Lease lease, java.time.Duration by) {
    return delegate.renew(lease, by);
  }

  @Override
  public Enqueued enqueue(NewMessage message) {
    Enqueued result = delegate.enqueue(message);
    if (!result.duplicate()) {
      stored.add(new Stored(message.organisation(), result.id()));
    }
    return result;
  }

  @Override
  public List<Message> claim(String worker, int limit, Duration lease) {
    return delegate.claim(worker, limit, lease);
  }

  @Override
  public List<Message> claim(String worker, int limit, Duration lease, ChannelSelection channels) {
    return delegate.claim(worker, limit, lease, channels);
  }

  @Override
  public boolean markSent(Lease lease, String externalId) {
    return delegate.markSent(lease, externalId);
  }

  @Override
  public boolean markRetry(Lease lease, Instant retryAt, String reason) {
    return delegate.markRetry(lease, retryAt, reason);
  }

  @Override
  public boolean deadLetter(Lease lease, String reason) {
    return delegate.deadLetter(lease, reason);
  }

  @Override
  public int expire() {
    return delegate.expire();
  }

  @Override
  public List<Message> deadLetters(OrganisationId organisation, int limit) {
    return delegate.deadLetters(organisation, limit);
  }

  @Override
  public boolean replay(OrganisationId organisation, OutboxMessageId id) {
    return delegate.replay(organisation, id);
  }

  @Override
  public Optional<Message> find(OrganisationId organisation, OutboxMessageId id) {
    return delegate.find(organisation, id);
  }

  @Override
  public boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
    return delegate.recordDelivery(externalId, status, at, detail);
  }

  @Override
  public boolean settleDeadLetter(OutboxMessageId id, String externalId, DeliveryStatus delivery, Instant at) {
    return delegate.settleDeadLetter(id, externalId, delivery, at);
  }
}
