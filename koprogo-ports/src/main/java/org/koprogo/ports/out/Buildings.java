/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;

/** The buildings of each organisation (contract: {@link Aggregates}). */
public interface Buildings extends Aggregates<BuildingId, Building> {
  @Override
  default String kind() {
    return "building";
  }
}
