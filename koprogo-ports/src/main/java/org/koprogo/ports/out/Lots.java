/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.util.List;
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

  @Override
  default String kind() {
    return "lot";
  }
}
