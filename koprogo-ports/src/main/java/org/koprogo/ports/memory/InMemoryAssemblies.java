/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import org.koprogo.domain.building.BuildingId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.koprogo.ports.out.Assemblies;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;

/** {@link Assemblies} in memory (see {@link MemoryDatabase}). */
public final class InMemoryAssemblies extends InMemoryAggregates<AssemblyId, Assembly> implements Assemblies {
  InMemoryAssemblies(MemoryDatabase db) {
    super(db, "assembly", Assembly::organisation, Assembly::id, Assembly::version, Assembly::withVersion);
  }

  @Override
  public List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building) {
    List<Assembly> result = new ArrayList<>(where(organisation, a -> building.equals(a.building())));
    result.sort(Comparator.comparing(Assembly::heldOn).thenComparing(Assembly::id));
    return List.copyOf(result);
  }
}
