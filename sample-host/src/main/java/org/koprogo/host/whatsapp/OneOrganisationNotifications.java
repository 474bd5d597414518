/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import java.util.Objects;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.Notification;
import org.koprogo.ports.out.notification.Notifications;
import org.koprogo.ports.out.notification.NotifyOutcome;

/**
 * The notifications of the one organisation the host's WhatsApp number sends for: its consent
 * register is the only one checked, so another organisation's notification is refused as without
 * consent (deny by default) rather than checked against the wrong tenant's register.
 */
final class OneOrganisationNotifications implements Notifications {
  private final OrganisationId organisation;
  private final Notifications delegate;

  OneOrganisationNotifications(OrganisationId organisation, Notifications delegate) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public Channel channel() {
    return delegate.channel();
  }

  @Override
  public NotifyOutcome notify(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    if (!organisation.equals(notification.key().organisation())) {
      return NotifyOutcome.NO_CONSENT;
    }
    return delegate.notify(notification);
  }
}
