/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

/**
 * What a notification tells its recipient: one WhatsApp template per intent.
 *
 * <p>The order of the constants is part of nothing; their names are stable (they are stored in
 * idempotency keys).
 */
public enum Intent {
  /** A call for funds (provisions, works fund) was issued to the owner. */
  CALL_FOR_FUNDS,
  /** A payment is due in 3 days. */
  DUE_IN_3_DAYS,
  /** A payment is due tomorrow. */
  DUE_IN_1_DAY,
  /** A payment is 1 day late. */
  LATE_BY_1_DAY,
  /** A payment is 7 days late. */
  LATE_BY_7_DAYS,
  /** A late-payment penalty was applied. */
  PENALTY_APPLIED,
  /** The minutes of a general assembly were published. */
  MINUTES_PUBLISHED,
  /** A lot allocation (housing cooperative) was proposed to the member. */
  LOT_ALLOCATION_PROPOSED,
  /** A lot allocation was validated. */
  LOT_ALLOCATION_VALIDATED,
  /** A lot was assigned to the member. */
  LOT_ASSIGNED,
  /** A project (works, construction) reached a milestone. */
  PROJECT_MILESTONE_REACHED,
  /** A general assembly was convened. */
  ASSEMBLY_CONVOCATION,
  /** An owner's overdue amount reached a level of the reminder policy (owner's statement). */
  PAYMENT_REMINDER
}
