/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Which community modules a building's council has switched on, and who sits on the council.
 * Every module is off until the council switches it on; a module that is off refuses every
 * action ({@code MODULE_DISABLED}). Each switch is an audit event.
 *
 * <p>Immutable: a switch returns new settings with the event.
 *
 * @param building the building
 * @param council the council members (conseil de copropriété, Civil Code art. 3.90), who switch
 *     modules and moderate the notice board
 * @param enabled the modules switched on
 */
public record CommunitySettings(BuildingId building, Set<NeighbourId> council, Set<CommunityModule> enabled) {
  /**
   * Checks the building is given and copies the sets.
   *
   * @param building the building
   * @param council the council members (conseil de copropriété, Civil Code art. 3.90), who switch
   *     modules and moderate the notice board
   * @param enabled the modules switched on
   */
  public CommunitySettings {
    Objects.requireNonNull(building, "building");
    council = Set.copyOf(council);
    enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
  }

  /**
   * Every module off.
   *
   * @param building the building
   * @param council the members of the building's council
   * @return the settings
   */
  public static CommunitySettings allOff(BuildingId building, Set<NeighbourId> council) {
    return new CommunitySettings(building, council, Set.of());
  }

  /**
   * The result of a switch: the new settings and the audit event.
   *
   * @param settings the new settings
   * @param event what happened
   */
  public record Switched(CommunitySettings settings, CommunityModuleSwitched event) {}

  /**
   * Switches {@code module} on or off by a council decision.
   *
   * @param module the module
   * @param on whether it is switched on
   * @param decidedBy the council member recording the decision
   * @param decisionReference the council's decision ({@code "council-2026-03"})
   * @param at when, from the Clock port
   * @return the settings after, with the event
   * @throws KoproGoException {@code NOT_COUNCIL_MEMBER} when {@code decidedBy} is not on the
   *     council, {@code MISSING_FIELD} without a decision reference
   */
  public Switched switchModule(
      CommunityModule module, boolean on, NeighbourId decidedBy, String decisionReference, Instant at) {
    requireCouncil(decidedBy);
    if (decisionReference == null || decisionReference.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, "switching a module needs the council's decision reference",
          "field", "decisionReference");
    }
    Set<CommunityModule> next = enabled.isEmpty() ? EnumSet.noneOf(CommunityModule.class) : EnumSet.copyOf(enabled);
    if (on) {
      next.add(module);
    } else {
      next.remove(module);
    }
    return new Switched(
        new CommunitySettings(building, council, next),
        new CommunityModuleSwitched(building, module, on, decidedBy, decisionReference, at));
  }

  /**
   * True when {@code module} is on.
   *
   * @param module a module
   * @return whether it is on
   */
  public boolean isOn(CommunityModule module) {
    return enabled.contains(module);
  }

  /**
   * Refuses when {@code module} is off.
   *
   * @param module the module needed
   * @throws KoproGoException {@code MODULE_DISABLED}
   */
  public void require(CommunityModule module) {
    if (!isOn(module)) {
      throw KoproGoException.of(
          ErrorCode.MODULE_DISABLED,
          "the " + module + " module is not switched on in building " + building,
          "module", module.name(), "building", building.value());
    }
  }

  /**
   * Refuses someone who is not on the council.
   *
   * @param who the person acting
   * @throws KoproGoException {@code NOT_COUNCIL_MEMBER}
   */
  public void requireCouncil(NeighbourId who) {
    if (!council.contains(who)) {
      throw KoproGoException.of(
          ErrorCode.NOT_COUNCIL_MEMBER, who + " is not on the council of building " + building,
          "value", who.value(), "building", building.value());
    }
  }

  /**
   * The modules switched on, in declaration order.
   *
   * @return the modules on
   */
  public List<CommunityModule> enabledModules() {
    return enabled.stream().sorted().toList();
  }
}
