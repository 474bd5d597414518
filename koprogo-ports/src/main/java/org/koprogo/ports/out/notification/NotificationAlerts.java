/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/** Where a notification adapter raises what needs a human (a monitoring hook, a mail to the syndic). */
public interface NotificationAlerts {

  /**
   * Sending stopped on a channel until its credentials are renewed.
   *
   * @param alert the alert
   */
  void sendingSuspended(SendingSuspended alert);
}
