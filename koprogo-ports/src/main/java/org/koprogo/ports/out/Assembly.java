/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A general assembly of a building's co-owners (Civil Code art. 3.87) or of an association's
 * members, as stored: its date, session, state and the resolutions on its agenda with their
 * outcome once voted.
 *
 * @param organisation the tenant
 * @param id its id
 * @param building the building (null for an association's assembly)
 * @param heldOn the day it is (or was) held
 * @param session FIRST or SECOND (convened again after a first one without quorum)
 * @param rules BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE
 * @param state the workflow state (for example CONVENED, HELD, CLOSED)
 * @param resolutions the agenda, in order
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Assembly(
    OrganisationId organisation,
    AssemblyId id,
    BuildingId building,
    LocalDate heldOn,
    String session,
    String rules,
    String state,
    List<Resolution> resolutions,
    long version) {
  /**
   * Checks that every part is given and copies the resolutions.
   *
   * @param organisation the tenant
   * @param id its id
   * @param building the building (null for an association's assembly)
   * @param heldOn the day it is (or was) held
   * @param session FIRST or SECOND (convened again after a first one without quorum)
   * @param rules BE_COPROPRIETE or ONE_MEMBER_ONE_VOTE
   * @param state the workflow state (for example CONVENED, HELD, CLOSED)
   * @param resolutions the agenda, in order
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Assembly {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(state, "state");
    resolutions = List.copyOf(resolutions);
  }

  /**
   * One item put to the vote.
   *
   * @param id its id, unique in the assembly
   * @param title what is decided
   * @param majority ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY or UNANIMITY_OF_PRESENT
   * @param outcome ADOPTED, REJECTED or NO_QUORUM once voted, null before
   */
  public record Resolution(String id, String title, String majority, String outcome) {
    /**
     * Checks that every part is given.
     *
     * @param id its id, unique in the assembly
     * @param title what is decided
     * @param majority ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY or UNANIMITY_OF_PRESENT
     * @param outcome ADOPTED, REJECTED or NO_QUORUM once voted, null before
     */
    public Resolution {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(majority, "majority");
    }
  }

  /**
   * This assembly at {@code version}.
   *
   * @param version the version
   * @return the assembly
   */
  public Assembly withVersion(long version) {
    return new Assembly(organisation, id, building, heldOn, session, rules, state, resolutions, version);
  }
}
