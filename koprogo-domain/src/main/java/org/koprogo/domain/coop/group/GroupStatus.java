/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import java.util.EnumSet;
import java.util.Set;
import org.koprogo.domain.coop.Workflow;

/**
 * The life of a cooperative, from the first households to the allotted lots.
 *
 * <p>FORMATION -> KYC_READY -> FUNDING_OPEN -> THRESHOLD_REACHED -> FUNDING_CLOSED ->
 * ALLOCATION_RUNNING -> COMPLETED; any state before COMPLETED may go ON_HOLD (and back to where
 * it was) or be CANCELLED.
 */
public enum GroupStatus {
  /** Households gather; statutes and rules are drafted. */
  FORMATION,
  /** Members' identity documents are checked. */
  KYC_READY,
  /** Members pay their contributions (needs a validated contribution plan). */
  FUNDING_OPEN,
  /** Confirmed contributions reached the funding threshold (derived, never declared). */
  THRESHOLD_REACHED,
  /** No more contributions are called for this phase. */
  FUNDING_CLOSED,
  /** Lots are being allotted (needs a project with lots). */
  ALLOCATION_RUNNING,
  /** Every lot is allotted: the group's job is done. */
  COMPLETED,
  /** Abandoned (terminal). */
  CANCELLED,
  /** Paused; resumes in the state it was paused from. */
  ON_HOLD;

  /** The states that can be paused or cancelled. */
  public static final Set<GroupStatus> RUNNING =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(FORMATION, KYC_READY, FUNDING_OPEN, THRESHOLD_REACHED, FUNDING_CLOSED, ALLOCATION_RUNNING));

  /** The group's transition table (facts-based guards are checked by {@link Group}). */
  public static final Workflow<GroupStatus> WORKFLOW = workflow();

  private static Workflow<GroupStatus> workflow() {
    Workflow.Builder<GroupStatus> b =
        Workflow.of("group", GroupStatus.class)
            .allow(FORMATION, KYC_READY)
            .allow(KYC_READY, FUNDING_OPEN)
            .allow(FUNDING_OPEN, THRESHOLD_REACHED)
            .allow(THRESHOLD_REACHED, FUNDING_CLOSED)
            .allow(FUNDING_CLOSED, ALLOCATION_RUNNING)
            .allow(ALLOCATION_RUNNING, COMPLETED)
            .allowFromEach(RUNNING, ON_HOLD)
            .allowFromEach(RUNNING, CANCELLED)
            .allow(ON_HOLD, CANCELLED);
    for (GroupStatus s : RUNNING) {
      b.allow(ON_HOLD, s);
    }
    return b.build();
  }
}
