/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Notifications through one channel (WhatsApp, e-mail, ...): what to send, to whom, with consent
 * and a delivery journal so that no message is ever sent twice.
 *
 * <p>Entry points: {@link org.koprogo.ports.out.notification.Notifications} (what a channel adapter
 * implements), {@link org.koprogo.ports.out.notification.Notification} and its {@link
 * org.koprogo.ports.out.notification.NotificationKey}, {@link
 * org.koprogo.ports.out.notification.Consents} and {@link
 * org.koprogo.ports.out.notification.DeliveryJournal}.
 */
package org.koprogo.ports.out.notification;
