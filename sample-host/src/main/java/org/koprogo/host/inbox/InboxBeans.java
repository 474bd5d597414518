/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcInboxes;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OutPorts;

/**
 * The in-app inboxes on the host's database (joining the JDBC adapter's transactions) and the
 * in-app deliveries of the host's outbox worker: the cooperative's notices and the community's.
 */
@Factory
final class InboxBeans {

  @Singleton
  Inboxes inboxes(JdbcStore store) {
    return new JdbcInboxes(store);
  }

  @Singleton
  @Named(InAppInbox.CHANNEL)
  ChannelDelivery cooperativeNotices(Inboxes inboxes, OutPorts ports) {
    return new InAppInbox(InAppInbox.CHANNEL, inboxes, ports.clock());
  }

  @Singleton
  @Named(ReturnReminderQueue.CHANNEL)
  ChannelDelivery communityMessages(Inboxes inboxes, OutPorts ports) {
    return new InAppInbox(ReturnReminderQueue.CHANNEL, inboxes, ports.clock());
  }
}
