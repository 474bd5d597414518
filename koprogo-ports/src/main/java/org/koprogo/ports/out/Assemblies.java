/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.util.List;

/** The general assemblies of each organisation (contract: {@link Aggregates}). */
public interface Assemblies extends Aggregates<AssemblyId, Assembly> {
  /** The assemblies of {@code building}, by date then id. */
  List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building);

  @Override
  default String kind() {
    return "assembly";
  }
}
