/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * {@link Inboxes} in a {@link MemoryDatabase}: the messages keyed by organisation and outbox
 * message id, joining the store's units of work (a failed one forgets what it delivered).
 */
public final class InMemoryInboxes implements Inboxes, MemoryDatabase.Table {
  private final MemoryDatabase db;
  private Map<Key, InboxMessage> messages = new LinkedHashMap<>();

  /**
   * The inboxes beside {@code db}'s other ports.
   *
   * @param db the store
   */
  public InMemoryInboxes(MemoryDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
    db.register(this);
  }

  private record Key(OrganisationId organisation, OutboxMessageId id) {}

  @Override
  public boolean deliver(InboxMessage message) {
    Objects.requireNonNull(message, "message");
    return db.locked(() -> messages.putIfAbsent(new Key(message.organisation(), message.id()), message) == null);
  }

  @Override
  public List<InboxMessage> page(OrganisationId organisation, String recipient, Optional<Position> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(after, "after");
    Inboxes.checkLimit(limit);
    return db.locked(() -> messages.values().stream()
        .filter(m -> m.organisation().equals(organisation) && m.recipient().equals(recipient))
        .filter(m -> after.map(p -> p.precedes(m)).orElse(true))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList());
  }

  @Override
  public Object snapshot() {
    return new LinkedHashMap<>(messages);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object snapshot) {
    messages = (Map<Key, InboxMessage>) snapshot;
  }
}
