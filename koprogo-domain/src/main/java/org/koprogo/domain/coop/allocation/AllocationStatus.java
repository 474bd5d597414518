/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import org.koprogo.domain.coop.Workflow;

/**
 * The life of one allocation: PROPOSED (by the FIFO rules) -> VALIDATED (by the managers, with a
 * decision record) -> ASSIGNED (the lot is the member's) -> CLOSED; PROPOSED or VALIDATED ->
 * REJECTED with a reason.
 */
public enum AllocationStatus {
  /** Proposed by the FIFO rules. */
  PROPOSED,
  /** Validated by the managers, with a decision record. */
  VALIDATED,
  /** The lot is the member's. */
  ASSIGNED,
  /** Settled for good (terminal). */
  CLOSED,
  /** Rejected by the managers, with a reason (terminal). */
  REJECTED;

  /** The allocation's transition table. */
  public static final Workflow<AllocationStatus> WORKFLOW =
      Workflow.of("allocation", AllocationStatus.class)
          .allow(PROPOSED, VALIDATED)
          .allow(VALIDATED, ASSIGNED)
          .allow(ASSIGNED, CLOSED)
          .allow(PROPOSED, REJECTED)
          .allow(VALIDATED, REJECTED)
          .build();
}
