/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.koprogo.adapters.email.EmailTemplates;
import org.koprogo.adapters.jdbc.JdbcInboxes;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.host.outbox.ChannelDelivery;
import org.koprogo.ports.application.InAppNotifications;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Notifications;

/**
 * The in-app inboxes on the host's database (joining the JDBC adapter's transactions), the in-app
 * channel of the use cases (a person who chose {@code IN_APP}) and the in-app deliveries of the
 * host's outbox worker: the cooperative's and the persons' notices, and the community's.
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

  /**
   * The in-app channel the use cases route to for a person who chose {@code IN_APP}: the notice,
   * in the person's language with the email templates' sentences, goes through the outbox into
   * their inbox ({@link #cooperativeNotices} delivers the {@code in-app} channel).
   */
  @Singleton
  @Named("in-app-notices")
  Notifications inAppNotifications(OutPorts ports) {
    return new InAppNotifications(ports.outbox(),
        (intent, language, values) -> EmailTemplates.render(intent, language, values).body(), ports.clock());
  }

  @Singleton
  @Named(ReturnReminderQueue.CHANNEL)
  ChannelDelivery communityMessages(Inboxes inboxes, OutPorts ports) {
    return new InAppInbox(ReturnReminderQueue.CHANNEL, inboxes, ports.clock());
  }
}
