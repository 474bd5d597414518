/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.notification;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcChannelPreferences;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.ports.out.notification.ChannelPreferences;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotificationPorts;
import org.koprogo.ports.out.notification.Notifications;

/**
 * How the use cases reach people in this host: every organisation's consent register and the
 * chosen channels on the host's database, and the channel adapters that are enabled (WhatsApp,
 * email: each a {@link Notifications} bean). A channel that is not enabled is not sent on: its
 * notices are reported for the post.
 */
@Factory
final class NotificationBeans {

  @Singleton
  ConsentRegisters consentRegisters(JdbcStore store) {
    return organisation -> new JdbcConsents(store, organisation);
  }

  @Singleton
  ChannelPreferences channelPreferences(JdbcStore store) {
    return new JdbcChannelPreferences(store);
  }

  @Singleton
  NotificationPorts notificationPorts(ConsentRegisters consents, ChannelPreferences preferences,
      List<Notifications> channels, @Value("${koprogo.notifications.language:nl}") String language) {
    NotificationPorts ports = new NotificationPorts(consents, preferences, java.util.Map.of(),
        Language.ofCode(language).orElse(Language.DUTCH));
    for (Notifications channel : channels) {
      ports = ports.withChannel(channel);
    }
    return ports;
  }
}
