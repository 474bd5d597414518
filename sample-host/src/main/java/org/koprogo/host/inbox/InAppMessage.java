/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice delivered to a person's in-app inbox: stored whole in the aggregate store under the
 * outbox message's id, so that delivering the same message twice (the outbox delivers at least
 * once) stores it once.
 *
 * @param recipient the person's id in the organisation (a member, an owner, a neighbour, else a
 *     user name), never a name or an address
 * @param channel the outbox channel it came through ({@code in-app}, {@code community})
 * @param kind the notice's template ({@code LOT_ALLOCATION_PROPOSED}, {@code
 *     community_return_reminder})
 * @param payload the notice's facts, JSON text as the outbox held it
 * @param deliveredAt when it reached the inbox
 */
public record InAppMessage(String recipient, String channel, String kind, String payload, Instant deliveredAt) {
  public InAppMessage {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
  }
}
