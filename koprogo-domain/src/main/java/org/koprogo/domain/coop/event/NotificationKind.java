/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.util.Locale;

/** The notices a cooperative sends its members; each is one message template. */
public enum NotificationKind {
  /** A new installment is called. */
  CALL_FOR_FUNDS,
  /** An installment falls due in 3 days, or tomorrow. */
  DUE_REMINDER,
  /** An installment is 1 day, or 7 days, overdue. */
  LATE_NOTICE,
  /** A late penalty was charged. */
  PENALTY_APPLIED,
  /** The minutes of a meeting were published. */
  MINUTES_PUBLISHED,
  /** A lot was proposed to a member. */
  ALLOCATION_PROPOSED,
  /** The managers validated a proposed allocation. */
  ALLOCATION_VALIDATED,
  /** The lot was assigned to the member. */
  ALLOCATION_ASSIGNED,
  /** The project reached a milestone. */
  MILESTONE_REACHED;

  /** The template name, {@code "coop_call_for_funds"}. */
  public String template() {
    return "coop_" + name().toLowerCase(Locale.ROOT);
  }
}
