/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.community;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Sets up a building's community modules (its council and its people) and switches modules on
 * or off by a council decision; each switch is appended to the organisation's audit trail
 * ({@code CommunityModuleSwitched}) in the same transaction.
 *
 * <p>Refusals: {@code NOT_FOUND} (a building not registered in the organisation, or whose
 * community is not set up), {@code NOT_COUNCIL_MEMBER}, {@code MISSING_FIELD} (no decision
 * reference), {@code INVALID_HOURS} (a positive floor), {@code VALIDATION_FAILED}.
 */
public interface ManageCommunity {

  /**
   * Sets up (or updates the people of) a building's community; every module starts off.
   *
   * @param command the building, its council, neighbours, floor and bazaar lifetime
   * @return the settings
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code INVALID_HOURS},
   *     {@code VALIDATION_FAILED}
   */
  Settings setUp(SetUp command);

  /**
   * Switches a module on or off.
   *
   * @param command the module, on or off, and the council's decision
   * @return the settings
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     NOT_COUNCIL_MEMBER}, {@code MISSING_FIELD}, {@code VALIDATION_FAILED}
   */
  Settings switchModule(Switch command);

  /**
   * The building's community settings.
   *
   * @param query the building
   * @return the settings
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code VALIDATION_FAILED}
   */
  Settings settings(CommunityRef query);

  /**
   * The people of a building's community.
   *
   * @param organisation the tenant
   * @param building a building registered in the organisation
   * @param council the council members (Civil Code art. 3.90), who switch and moderate
   * @param neighbours the people who take part (council members are added to them)
   * @param floorHours the lowest time-bank balance, zero or negative hours ({@code "-10"}), or null
   * @param bazaarLifetimeDays how long a bazaar offer lives, or null for 30 days
   * @param actor who sets it up
   */
  record SetUp(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotEmpty List<@NotBlank String> council,
      @NotNull List<@NotBlank String> neighbours,
      @Pattern(regexp = "-?[0-9]+(\\.[0-9]+)?") String floorHours,
      @Positive Integer bazaarLifetimeDays,
      @NotBlank String actor) {}

  /**
   * A council decision switching a module.
   *
   * @param organisation the tenant
   * @param building the building
   * @param module LOCAL_EXCHANGE, OBJECT_LENDING, SWAP_BAZAAR, SKILLS_DIRECTORY or NOTICE_BOARD
   * @param on true to switch on
   * @param decidedBy the council member recording the decision
   * @param decisionReference the decision (minutes reference)
   * @param actor who calls (in the audit trail)
   */
  record Switch(
      @NotBlank String organisation,
      @NotBlank String building,
      @NotNull @Pattern(regexp = "LOCAL_EXCHANGE|OBJECT_LENDING|SWAP_BAZAAR|SKILLS_DIRECTORY|NOTICE_BOARD") String module,
      @NotNull Boolean on,
      @NotBlank String decidedBy,
      @NotBlank String decisionReference,
      @NotBlank String actor) {}

  /**
   * A building's community settings.
   *
   * @param building the building
   * @param enabled the modules switched on, in declaration order
   * @param council the council, sorted
   * @param neighbours the people, sorted
   * @param floorHours the floor in hours, or null
   * @param bazaarLifetimeDays the bazaar offers' life in days
   * @param version the aggregate's version
   */
  record Settings(
      String building, List<String> enabled, List<String> council, List<String> neighbours,
      @Nullable String floorHours, long bazaarLifetimeDays, long version) {}

  // --- the commands as a client sends them, with the defaults a host would otherwise apply ---

  /**
   * The people of a building's community, as a client sends them.
   *
   * @param council the council members' neighbour ids (user names, or owner or member ids)
   * @param neighbours the other people taking part, or null for none
   * @param floorHours the lowest time-bank balance, zero or negative hours ({@code "-10"}), or
   *     null for no floor
   * @param bazaarLifetimeDays how long a bazaar offer lives, or null for 30 days
   */
  record People(
      List<String> council, @Nullable List<String> neighbours, @Nullable String floorHours,
      @Nullable Integer bazaarLifetimeDays) {}

  /**
   * Sets up the community a client sends ({@link #setUp(SetUp)}): no neighbours when it names none.
   *
   * @param organisation the tenant
   * @param building the building
   * @param people the council, neighbours, floor and bazaar lifetime as the client sends them
   * @param actor who sets it up
   * @return the settings
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #setUp(SetUp)}
   */
  default Settings setUp(String organisation, String building, People people, String actor) {
    return setUp(new SetUp(organisation, building, people.council(),
        people.neighbours() == null ? List.of() : people.neighbours(), people.floorHours(),
        people.bazaarLifetimeDays(), actor));
  }

  /**
   * A council decision switching a module, as a client sends it.
   *
   * @param on true to switch the module on, false to switch it off
   * @param decisionReference the council's decision (minutes reference)
   * @param decidedBy the council member who recorded it, or null for the caller
   */
  record Decision(Boolean on, String decisionReference, @Nullable String decidedBy) {}

  /**
   * Switches a module as a client's decision says ({@link #switchModule(Switch)}): recorded by
   * the caller when it names no council member.
   *
   * @param organisation the tenant
   * @param building the building
   * @param module LOCAL_EXCHANGE, OBJECT_LENDING, SWAP_BAZAAR, SKILLS_DIRECTORY or NOTICE_BOARD
   * @param decision on or off, the decision's reference and who recorded it
   * @param caller the neighbour id of who calls (the council member when the decision names none)
   * @param actor who calls (in the audit trail)
   * @return the settings
   * @throws org.koprogo.domain.shared.KoproGoException as {@link #switchModule(Switch)}
   */
  default Settings switchModule(
      String organisation, String building, String module, Decision decision, String caller, String actor) {
    return switchModule(new Switch(organisation, building, module, decision.on(),
        decision.decidedBy() == null ? caller : decision.decidedBy(), decision.decisionReference(), actor));
  }
}
