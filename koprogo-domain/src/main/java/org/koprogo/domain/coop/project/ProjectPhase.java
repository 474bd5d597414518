/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.project;

import java.util.EnumSet;
import java.util.Set;
import org.koprogo.domain.coop.Workflow;

/**
 * The milestones of a building project: LAND_SECURED -> PERMITS -> CONTRACTING -> BUILDING ->
 * DELIVERY -> HANDOVER -> CLOSED; any milestone before CLOSED may go ON_HOLD (and back) or be
 * CANCELLED.
 */
public enum ProjectPhase {
  /** The land is bought or leased (the project starts here). */
  LAND_SECURED,
  /** Planning and building permits are applied for. */
  PERMITS,
  /** Contractors are chosen and contracts signed (needs a planned budget). */
  CONTRACTING,
  /** Construction: the lots are under construction. */
  BUILDING,
  /** The building is delivered: the lots are delivered (needs lots). */
  DELIVERY,
  /** The lots are handed over to their households. */
  HANDOVER,
  /** The project is over (terminal). */
  CLOSED,
  /** Paused; resumes at the milestone it was paused at. */
  ON_HOLD,
  /** Abandoned (terminal). */
  CANCELLED;

  /** The milestones that can be paused or cancelled. */
  public static final Set<ProjectPhase> RUNNING =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(LAND_SECURED, PERMITS, CONTRACTING, BUILDING, DELIVERY, HANDOVER));

  /** The project's transition table (guards on facts are checked by {@link Project}). */
  public static final Workflow<ProjectPhase> WORKFLOW = workflow();

  private static Workflow<ProjectPhase> workflow() {
    Workflow.Builder<ProjectPhase> b =
        Workflow.of("project", ProjectPhase.class)
            .allow(LAND_SECURED, PERMITS)
            .allow(PERMITS, CONTRACTING)
            .allow(CONTRACTING, BUILDING)
            .allow(BUILDING, DELIVERY)
            .allow(DELIVERY, HANDOVER)
            .allow(HANDOVER, CLOSED)
            .allowFromEach(RUNNING, ON_HOLD)
            .allowFromEach(RUNNING, CANCELLED)
            .allow(ON_HOLD, CANCELLED);
    for (ProjectPhase p : RUNNING) {
      b.allow(ON_HOLD, p);
    }
    return b.build();
  }
}
