/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;

/** The general assemblies of each organisation (contract: {@link Aggregates}). */
public interface Assemblies extends Aggregates<AssemblyId, Assembly> {
  /**
   * The assemblies of {@code building}, by date then id.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the assemblies
   */
  List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building);

  /**
   * A page of the assemblies of {@code building} in the order of {@link #ofBuilding}: those after
   * the assembly {@code after} (from the first when empty; none when it is not one of the
   * building's), at most {@code limit}. A database adapter reads along an index and stops at the
   * limit; this default reads them all.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last assembly of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Assembly> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<AssemblyId> after, int limit) {
    return IdPages.following(ofBuilding(organisation, building), after, Assembly::id, limit);
  }

  /**
   * A page of the organisation's assemblies in the order of {@link #all(OrganisationId)} (by id's
   * text): those whose id follows {@code after} (from the first when empty; {@code after} need not
   * be stored), at most {@code limit}. A database adapter reads along its key and stops at the
   * limit; this default reads them all.
   *
   * @param organisation the tenant
   * @param after the last id of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Assembly> all(OrganisationId organisation, Optional<AssemblyId> after, int limit) {
    return IdPages.after(all(organisation), after, Assembly::id, limit);
  }

  @Override
  default String kind() {
    return "assembly";
  }
}
