/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import java.util.Comparator;
import java.util.List;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;

/**
 * The in-app channel: an outbox message addressed to a person's id is delivered into that
 * person's inbox (an {@link InAppMessage} in the aggregate store, in one transaction), which they
 * read with {@code GET /api/v1/inbox}. It needs no address, so it serves the messages the library
 * addresses by id: the cooperative's notices ({@value #CHANNEL}) and the community's return
 * reminders ({@code community}, addressed to the borrower's neighbour id). One instance per
 * channel, each a {@link ChannelDelivery} of the host's outbox worker.
 */
public final class InAppInbox implements ChannelDelivery {
  /** The outbox channel of the cooperative's notices. */
  public static final String CHANNEL = "in-app";

  private final String channel;
  private final OutPorts ports;

  public InAppInbox(String channel, OutPorts ports) {
    this.channel = channel;
    this.ports = ports;
  }

  @Override
  public String channel() {
    return channel;
  }

  /** Puts the message into its recipient's inbox, once however many times it is delivered. */
  @Override
  public OutboxRelay.Outcome deliver(Outbox.Message message) {
    if (message.recipient() == null || message.recipient().isBlank()) {
      return new OutboxRelay.Outcome.Permanent("an in-app message names its recipient");
    }
    String id = message.id().value();
    ports.transactions().run(() -> {
      if (ports.aggregateStore().find(message.organisation(), InAppMessage.class, id).isEmpty()) {
        ports.aggregateStore().add(message.organisation(), id, new InAppMessage(message.recipient(),
            message.channel(), message.key().kind(), message.payload(), ports.clock().now()));
      }
    });
    return new OutboxRelay.Outcome.Sent("in-app:" + id);
  }

  /** The messages delivered to {@code recipient} in {@code organisation}, newest first. */
  public static List<Stored<InAppMessage>> of(OutPorts ports, OrganisationId organisation, String recipient) {
    return ports.aggregateStore().all(organisation, InAppMessage.class).stream()
        .filter(s -> s.aggregate().recipient().equals(recipient))
        .sorted(Comparator.comparing((Stored<InAppMessage> s) -> s.aggregate().deliveredAt()).reversed()
            .thenComparing(Stored::id))
        .toList();
  }
}
