/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

/** What an allocation round gave a member. */
public enum AllocationOutcome {
  /** A lot was allotted. */
  ALLOCATED,
  /** Eligible, but none of the member's choices (or no lot at all) was left. */
  WAITLISTED,
  /** Not eligible at the cut-off (see the reason). */
  INELIGIBLE
}
