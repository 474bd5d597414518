/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.out.OutPorts;

/** The in-app deliveries of the host's outbox worker: the cooperative's notices and the community's. */
@Factory
final class InboxBeans {

  @Singleton
  @Named(InAppInbox.CHANNEL)
  ChannelDelivery cooperativeNotices(OutPorts ports) {
    return new InAppInbox(InAppInbox.CHANNEL, ports);
  }

  @Singleton
  @Named(ReturnReminderQueue.CHANNEL)
  ChannelDelivery communityMessages(OutPorts ports) {
    return new InAppInbox(ReturnReminderQueue.CHANNEL, ports);
  }
}
