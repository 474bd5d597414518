/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

/**
 * The notices a cooperative sends its members. The names are the notification port's intents
 * ({@code org.koprogo.ports.out.notification.Intent}): an adapter maps one to the other by name.
 */
public enum NotificationKind {
  /** A new installment is called. */
  CALL_FOR_FUNDS,
  /** An unpaid installment falls due in 3 days. */
  DUE_IN_3_DAYS,
  /** An unpaid installment falls due tomorrow. */
  DUE_IN_1_DAY,
  /** An installment is 1 day overdue. */
  LATE_BY_1_DAY,
  /** An installment is 7 days overdue. */
  LATE_BY_7_DAYS,
  /** A late penalty was charged. */
  PENALTY_APPLIED,
  /** The minutes of a meeting were published. */
  MINUTES_PUBLISHED,
  /** A lot was proposed to a member. */
  LOT_ALLOCATION_PROPOSED,
  /** The managers validated a proposed allocation. */
  LOT_ALLOCATION_VALIDATED,
  /** The lot was assigned to the member. */
  LOT_ASSIGNED,
  /** The project reached a milestone. */
  PROJECT_MILESTONE_REACHED
}
