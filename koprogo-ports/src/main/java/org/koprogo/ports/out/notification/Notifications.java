/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/**
 * Telling people what happened, through one channel (WhatsApp, e-mail, ...).
 *
 * <p>Implementations queue the notification durably (an outbox) and send it later, so that a
 * notification is never lost and never sent twice for the same {@link NotificationKey}.
 */
public interface Notifications {

  /**
   * The channel this implementation sends on.
   *
   * @return the channel
   */
  Channel channel();

  /**
   * Queues a notification, once per key.
   *
   * @param notification what to send, never null
   * @return whether it was queued, already queued, or refused for lack of consent; never null
   */
  NotifyOutcome notify(Notification notification);
}
