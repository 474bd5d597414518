/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.domain.building.BuildingId;
import java.util.List;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Lots;
import org.koprogo.ports.out.OrganisationId;

/** {@link Lots} in memory (see {@link MemoryDatabase}). */
public final class InMemoryLots extends InMemoryAggregates<LotId, Lot> implements Lots {
  InMemoryLots(MemoryDatabase db) {
    super(db, "lot", Lot::organisation, Lot::id, Lot::version, Lot::withVersion);
  }

  @Override
  public List<Lot> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, lot -> lot.building().equals(building));
  }

  @Override
  public List<Lot> ofOwner(OrganisationId organisation, OwnerId owner) {
    return where(
        organisation, lot -> lot.ownerships().stream().anyMatch(o -> o.owner().equals(owner)));
  }
}
