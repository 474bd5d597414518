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
  PENDING,
  CONFIRMED,
  REJECTED,
  REVERSED;

  /** The contribution's transition table. */
  public static final Workflow<ContributionStatus> WORKFLOW =
      Workflow.of("contribution", ContributionStatus.class)
          .allow(PENDING, CONFIRMED)
          .allow(PENDING, REJECTED)
          .allow(CONFIRMED, REVERSED)
          .build();

  /** How the allocation rules see it: only CONFIRMED counts as paid. */
  public PaymentStatus asPaymentStatus() {
    return switch (this) {
      case PENDING -> PaymentStatus.PENDING;
      case CONFIRMED -> PaymentStatus.CONFIRMED;
      case REJECTED, REVERSED -> PaymentStatus.REJECTED;
    };
  }
}
