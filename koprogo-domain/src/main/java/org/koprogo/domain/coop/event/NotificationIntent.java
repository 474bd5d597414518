/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.event;

import java.util.Optional;
import org.koprogo.domain.coop.MemberId;

/**
 * A notice the cooperative means to send, as a past-tense fact ("funds were called"). A channel
 * adapter (WhatsApp) turns it into a message; its {@link #key()} makes sending idempotent.
 */
public sealed interface NotificationIntent extends CoopEvent
    permits FundsCalled,
        DueDateApproaching,
        PaymentOverdue,
        PenaltyApplied,
        MinutesPublished,
        AllocationProposed,
        AllocationValidated,
        AllocationAssigned,
        MilestoneReached {

  /**
   * The template.
   *
   * @return the notification's kind
   */
  NotificationKind kind();

  /**
   * The idempotency key.
   *
   * @return the key
   */
  NotificationKey key();

  /**
   * The member it is for; empty when it is for every member of the group.
   *
   * @return the recipient, or empty for everyone
   */
  Optional<MemberId> recipient();
}
