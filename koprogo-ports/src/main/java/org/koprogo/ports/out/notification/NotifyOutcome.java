/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/** What {@link Notifications#notify} did with a notification: a value, never an exception. */
public enum NotifyOutcome {
  /** Queued for sending; it will end delivered or dead-lettered with a reason. */
  ENQUEUED,
  /** The same business event was already queued for that person: nothing was added. */
  ALREADY_ENQUEUED,
  /** The person has not opted in on this channel (or has opted out): nothing was queued. */
  NO_CONSENT
}
