/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDataRows;

/**
 * {@link Inboxes} in a {@link MemoryDatabase}: the messages keyed by organisation and outbox
 * message id, joining the store's units of work (a failed one forgets what it delivered); also
 * the {@link PersonalDataHolder} of the inboxes (a person's notices exported as {@code inbox},
 * deleted at erasure).
 */
public final class InMemoryInboxes implements Inboxes, PersonalDataHolder, MemoryDatabase.Table {
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

  /** The person's in-app notices, oldest first, as the set {@code inbox}. */
  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return db.locked(() -> {
      List<InboxMessage> mine = messages.values().stream()
          .filter(m -> m.organisation().equals(subject.organisation()) && m.recipient().equals(subject.id()))
          .sorted(NEWEST_FIRST.reversed())
          .toList();
      return Map.of(PersonalDataRows.INBOX, mine.stream().map(PersonalDataRows::inbox).toList());
    });
  }

  /** Deletes the person's in-app notices (the organisation keeps no record of them). */
  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    return db.locked(() -> {
      int before = messages.size();
      messages.values().removeIf(m -> m.organisation().equals(subject.organisation())
          && m.recipient().equals(subject.id()));
      return before - messages.size();
    });
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
