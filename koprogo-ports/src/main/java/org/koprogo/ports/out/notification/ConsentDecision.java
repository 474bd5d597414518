/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/** A person's choice for one channel. */
public enum ConsentDecision {
  /** The person opted in (with a proof). */
  GRANTED,
  /** The person opted out; honoured from that instant. */
  WITHDRAWN
}
