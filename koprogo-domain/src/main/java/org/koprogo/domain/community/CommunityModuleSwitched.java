/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.building.BuildingId;

/**
 * The council switched a community module on or off: an audit event.
 *
 * @param building the building
 * @param module the module
 * @param on true when switched on
 * @param decidedBy the council member who recorded the decision
 * @param decisionReference the council's decision (minutes reference), never blank
 * @param occurredAt when
 */
public record CommunityModuleSwitched(
    BuildingId building, CommunityModule module, boolean on, NeighbourId decidedBy,
    String decisionReference, Instant occurredAt) {
  /**
   * Checks that every part is given.
   *
   * @param building the building
   * @param module the module
   * @param on true when switched on
   * @param decidedBy the council member who recorded the decision
   * @param decisionReference the council's decision (minutes reference), never blank
   * @param occurredAt when
   */
  public CommunityModuleSwitched {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decisionReference, "decisionReference");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
