/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import org.koprogo.domain.coop.PaymentStatus;
import org.koprogo.domain.coop.Workflow;

/**
 * Where a declared contribution stands: PENDING -> CONFIRMED or REJECTED (with a reason);
 * CONFIRMED -> REVERSED by a reversing entry. REJECTED and REVERSED are final.
 */
public enum ContributionStatus {
  /** Declared by the member with a proof, waiting for a manager. */
  PENDING,
  /** Confirmed by a manager: it counts as paid. */
  CONFIRMED,
  /** Rejected by a manager, with a reason: it never counts. */
  REJECTED,
  /** Confirmed, then corrected by a reversing entry: it no longer counts. */
  REVERSED;

  /** The contribution's transition table. */
  public static final Workflow<ContributionStatus> WORKFLOW =
      Workflow.of("contribution", ContributionStatus.class)
          .allow(PENDING, CONFIRMED)
          .allow(PENDING, REJECTED)
          .allow(CONFIRMED, REVERSED)
          .build();

  /**
   * How the allocation rules see it: only CONFIRMED counts as paid.
   *
   * @return PENDING, CONFIRMED, or REJECTED for a rejected or reversed contribution
   */
  public PaymentStatus asPaymentStatus() {
    return switch (this) {
      case PENDING -> PaymentStatus.PENDING;
      case CONFIRMED -> PaymentStatus.CONFIRMED;
      case REJECTED, REVERSED -> PaymentStatus.REJECTED;
    };
  }
}
