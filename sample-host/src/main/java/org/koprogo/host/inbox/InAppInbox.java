/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import java.util.Objects;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.Outbox;

/**
 * The in-app channel: an outbox message addressed to a person's id is delivered into that
 * person's inbox (port {@link Inboxes}, keyed by the outbox message's id), which they read with
 * {@code GET /api/v1/inbox}. It needs no address, so it serves the messages the library
 * addresses by id: the cooperative's notices ({@value #CHANNEL}) and the community's return
 * reminders ({@code community}, addressed to the borrower's neighbour id). One instance per
 * channel, each a {@link ChannelDelivery} of the host's outbox worker.
 */
public final class InAppInbox implements ChannelDelivery {
  /** The outbox channel of the cooperative's notices. */
  public static final String CHANNEL = "in-app";

  private final String channel;
  private final Inboxes inboxes;
  private final Clock clock;

  public InAppInbox(String channel, Inboxes inboxes, Clock clock) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.inboxes = Objects.requireNonNull(inboxes, "inboxes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String channel() {
    return channel;
  }

  /** An inbox is a table of the host's database. */
  @Override
  public boolean writesToTheDatabaseOnly() {
    return true;
  }

  /** Puts the message into its recipient's inbox, once however many times it is delivered. */
  @Override
  public OutboxRelay.Outcome deliver(Outbox.Message message) {
    if (message.recipient() == null || message.recipient().isBlank()) {
      return new OutboxRelay.Outcome.Permanent("an in-app message names its recipient");
    }
    inboxes.deliver(new InboxMessage(message.organisation(), message.id(), message.recipient(),
        message.channel(), message.key().kind(), message.payload(), clock.now()));
    return new OutboxRelay.Outcome.Sent("in-app:" + message.id().value());
  }
}
