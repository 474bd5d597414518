/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A notice delivered to a person's in-app inbox, kept under the id of the outbox message that
 * carried it: delivering the same message twice (the outbox delivers at least once) keeps it once.
 * Immutable.
 *
 * @param organisation the tenant
 * @param id the outbox message's id
 * @param recipient the person's id in the organisation (a member, an owner, a neighbour, else a
 *     user name), never a name or an address
 * @param channel the outbox channel it came through ({@code in-app}, {@code community})
 * @param kind the notice's template ({@code LOT_ALLOCATION_PROPOSED}, {@code
 *     community_return_reminder})
 * @param payload the notice's facts, JSON text as the outbox held it
 * @param deliveredAt when it reached the inbox, to the microsecond (what a database keeps)
 */
public record InboxMessage(OrganisationId organisation, OutboxMessageId id, String recipient, String channel,
    String kind, String payload, Instant deliveredAt) {
  /**
   * Checks the message.
   *
   * @param organisation the tenant
   * @param id the outbox message's id
   * @param recipient the person's id in the organisation (a member, an owner, a neighbour, else a
   *     user name), never a name or an address
   * @param channel the outbox channel it came through ({@code in-app}, {@code community})
   * @param kind the notice's template ({@code LOT_ALLOCATION_PROPOSED}, {@code
   *     community_return_reminder})
   * @param payload the notice's facts, JSON text as the outbox held it
   * @param deliveredAt when it reached the inbox, to the microsecond (what a database keeps)
   * @throws IllegalArgumentException for a blank recipient
   */
  public InboxMessage {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    if (recipient.isBlank()) {
      throw new IllegalArgumentException("an inbox message names its recipient");
    }
    deliveredAt = deliveredAt.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Where this message stands in its inbox: the position a page after it starts from.
   *
   * @return the position
   */
  public Inboxes.Position position() {
    return new Inboxes.Position(deliveredAt, id);
  }
}
