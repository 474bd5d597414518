/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.Commitment;

/**
 * The register of each building's commitments (Civil Code art. 3.94 §2: works, urgent works,
 * acquisitions of common parts, debts from disputes decided before a transfer).
 *
 * <p>Contract, for every adapter:
 *
 * <ul>
 *   <li>A commitment is added once per id and building: adding an id already in the register adds
 *       nothing and returns the stored commitment ({@code duplicate == true}), under concurrency
 *       too (a database adapter enforces it with its primary key); the caller compares contents.
 *   <li>Nothing is deleted; the only change is the day its payment is asked, set once ({@link
 *       #markCalled} returns false when it was already set).
 *   <li>Commitments come back equal to what was added (kind, dates, decision, label, total in minor
 *       units and currency, key parts in order with their weights), in the order they were added.
 *   <li>Every read is scoped by organisation and building; changes join the caller's unit of work.
 * </ul>
 *
 * <p>Like {@link Journal}, this port is not part of {@link OutPorts}: a host builds it beside them
 * on the same adapter ({@code InMemoryCommitments}, {@code JdbcCommitments}).
 */
public interface Commitments {

  /**
   * Adds {@code commitment} to {@code building}'s register, once.
   *
   * @param organisation the tenant
   * @param building the building
   * @param commitment the commitment (its {@code calledOn} is stored too)
   * @return the stored commitment, and whether it was a duplicate
   */
  Recorded add(OrganisationId organisation, BuildingId building, Commitment commitment);

  /**
   * The commitment {@code id} of {@code building}'s register.
   *
   * @param organisation the tenant
   * @param building the building
   * @param id the commitment's id
   * @return the commitment, or empty
   */
  Optional<Commitment> find(OrganisationId organisation, BuildingId building, String id);

  /**
   * Every commitment of {@code building}'s register, in the order added.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the commitments
   */
  List<Commitment> ofBuilding(OrganisationId organisation, BuildingId building);

  /**
   * A page of {@code building}'s register in the order of {@link #ofBuilding(OrganisationId,
   * BuildingId)} (the order added): those after the commitment {@code after} (from the first when
   * empty; none when it is not in the building's register), at most {@code limit}. A database
   * adapter reads along an index and stops at the limit; this default reads the whole register.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the id of the last commitment of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Commitment> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(ofBuilding(organisation, building), after, Commitment::id, limit);
  }

  /**
   * Sets the day the payment of commitment {@code id} was asked, if it was not set.
   *
   * @param organisation the tenant
   * @param building the building
   * @param id the commitment's id
   * @param calledOn the day
   * @return true when set now; false when the commitment is not in the register or was already
   *     called
   */
  boolean markCalled(OrganisationId organisation, BuildingId building, String id, LocalDate calledOn);

  /**
   * The outcome of {@link #add}.
   *
   * @param commitment the stored commitment (the earlier one when a duplicate)
   * @param duplicate true when nothing was added because the id was already there
   */
  record Recorded(Commitment commitment, boolean duplicate) {
    /**
     * Checks the commitment is given.
     *
     * @param commitment the stored commitment (the earlier one when a duplicate)
     * @param duplicate true when nothing was added because the id was already there
     */
    public Recorded {
      Objects.requireNonNull(commitment, "commitment");
    }
  }
}
