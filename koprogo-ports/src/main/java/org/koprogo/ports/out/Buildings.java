/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;

/** The buildings of each organisation (contract: {@link Aggregates}). */
public interface Buildings extends Aggregates<BuildingId, Building> {
  /**
   * A page of the organisation's buildings in the order of {@link #all(OrganisationId)} (by id): those
   * whose id follows {@code after} (from the first when empty; {@code after} need not be stored), at
   * most {@code limit}. A database adapter reads along its key and stops at the limit; this
   * default reads them all.
   *
   * @param organisation the tenant
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Building> all(OrganisationId organisation, Optional<BuildingId> after, int limit) {
    return IdPages.after(all(organisation), after, Building::id, limit);
  }

  @Override
  default String kind() {
    return "building";
  }
}
