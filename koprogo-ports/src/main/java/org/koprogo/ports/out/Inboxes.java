/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-app inboxes of an organisation's people: the notices the outbox delivers to a person by
 * id, read a page at a time, newest first.
 *
 * <p>Contract: {@link #deliver} keeps a message once per outbox message id in its organisation (a
 * second delivery of the same id changes nothing and answers {@code false}); {@link #page} answers
 * only {@code recipient}'s messages of {@code organisation}, in {@link #NEWEST_FIRST} order (the
 * delivery time descending, then the id descending), strictly after the position given, at most
 * {@code limit}; what is read back equals what was delivered. Joins the store's transactions.
 *
 * <p>This port is not part of {@link OutPorts}: a host builds it beside them on the same adapter
 * ({@code InMemoryInboxes}, {@code JdbcInboxes}).
 */
public interface Inboxes {

  /** The largest page a caller may ask for. */
  int MAX_PAGE = 500;

  /** The order of a page: the newest first, and among messages delivered together the greater id first. */
  Comparator<InboxMessage> NEWEST_FIRST = Comparator.comparing(InboxMessage::deliveredAt)
      .thenComparing(InboxMessage::id).reversed();

  /**
   * Puts {@code message} into its recipient's inbox.
   *
   * @param message the message
   * @return {@code true} if it was stored, {@code false} if a message of that id was already there
   */
  boolean deliver(InboxMessage message);

  /**
   * A page of {@code recipient}'s inbox in {@code organisation}, newest first.
   *
   * @param after the position of the last message of the previous page, empty for the first page
   * @param limit at most this many messages, 1 to {@link #MAX_PAGE}
   * @param organisation the tenant
   * @param recipient the recipient's id
   * @return the page
   */
  List<InboxMessage> page(OrganisationId organisation, String recipient, Optional<Position> after, int limit);

  /**
   * A message's place in an inbox: a page after it holds the messages delivered before it (or at
   * the same instant with a smaller id).
   *
   * @param deliveredAt the message's delivery time (to the microsecond)
   * @param id the message's id
   */
  record Position(Instant deliveredAt, OutboxMessageId id) {
    /**
     * Checks that every part is given; the time is kept to the microsecond (as databases store it).
     *
     * @param deliveredAt the message's delivery time (to the microsecond)
     * @param id the message's id
     */
    public Position {
      Objects.requireNonNull(deliveredAt, "deliveredAt");
      Objects.requireNonNull(id, "id");
      deliveredAt = deliveredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Whether {@code message} comes after this position in {@link #NEWEST_FIRST} order.
     *
     * @param message a message of the same inbox
     * @return whether it comes after this position
     */
    public boolean precedes(InboxMessage message) {
      int byTime = message.deliveredAt().compareTo(deliveredAt);
      return byTime < 0 || (byTime == 0 && message.id().compareTo(id) < 0);
    }
  }

  /**
   * Refuses a limit outside 1 to {@link #MAX_PAGE} (for adapters).
   *
   * @param limit the limit asked for
   * @throws IllegalArgumentException outside 1 to {@link #MAX_PAGE}
   */
  static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit " + limit + " is not between 1 and " + MAX_PAGE);
    }
  }
}
