/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;

/** The lots of each organisation's buildings (contract: {@link Aggregates}). */
public interface Lots extends Aggregates<LotId, Lot> {
  /**
   * The lots of {@code building}, ordered by id.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the lots
   */
  List<Lot> ofBuilding(OrganisationId organisation, BuildingId building);

  /**
   * The lots {@code owner} owns all or part of, ordered by id.
   *
   * @param organisation the tenant
   * @param owner the owner
   * @return the lots
   */
  List<Lot> ofOwner(OrganisationId organisation, OwnerId owner);

  /**
   * A page of the lots of {@code building} in the order of {@link #ofBuilding(OrganisationId,
   * BuildingId)} (by id's text): those whose id follows {@code after} (from the first when empty;
   * {@code after} need not be stored), at most {@code limit}. A database adapter reads along an
   * index on the building and the lot's id and stops at the limit; this default reads the
   * building's lots.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last lot of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Lot> ofBuilding(OrganisationId organisation, BuildingId building, Optional<LotId> after, int limit) {
    return IdPages.after(ofBuilding(organisation, building), after, Lot::id, limit);
  }

  /**
   * A page of the lots {@code owner} owns all or part of, in the order of {@link
   * #ofOwner(OrganisationId, OwnerId)} (by id's text): those whose id follows {@code after} (from
   * the first when empty; {@code after} need not be stored), at most {@code limit}. A database
   * adapter reads along an index on the owner and the lot's id and stops at the limit; this
   * default reads the owner's lots.
   *
   * @param organisation the tenant
   * @param owner the owner
   * @param after the last lot of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Lot> ofOwner(OrganisationId organisation, OwnerId owner, Optional<LotId> after, int limit) {
    return IdPages.after(ofOwner(organisation, owner), after, Lot::id, limit);
  }

  @Override
  default String kind() {
    return "lot";
  }
}
