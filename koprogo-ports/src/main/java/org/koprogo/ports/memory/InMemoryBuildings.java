/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Buildings;

/** {@link Buildings} in memory (see {@link MemoryDatabase}). */
public final class InMemoryBuildings extends InMemoryAggregates<BuildingId, Building> implements Buildings {
  InMemoryBuildings(MemoryDatabase db) {
    super(db, "building", Building::organisation, Building::id, Building::version, Building::withVersion);
  }
}
