/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

/** The kinds of entries of a cooperative's timeline, as members see it. */
public enum TimelineKind {
  /** The group, a member, a contribution, a project or an allocation changed status. */
  STATUS_CHANGE,
  /** A document was submitted, accepted, rejected or published (minutes). */
  DOCUMENT,
  /** A notice the system sent (call for funds, reminder, late notice). */
  SYSTEM_NOTIFICATION
}
