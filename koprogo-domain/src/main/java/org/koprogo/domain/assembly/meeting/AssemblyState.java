/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

/** The states of a general assembly, in their normal order. */
public enum AssemblyState {
  /** Being prepared: the agenda can still change. */
  DRAFT,
  /** Convocations sent; the agenda is fixed. */
  CONVENED,
  /** Sitting, with its quorum reached. */
  OPENED,
  /** Voting on the agenda. */
  VOTING,
  /** The first session opened without quorum: a second session must be convened. */
  NO_QUORUM,
  /** The meeting is over; the minutes are being written. */
  CLOSED,
  /** The minutes were sent to the owners. */
  MINUTES_PUBLISHED
}
