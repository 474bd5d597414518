/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.Aggregates;

/**
 * The community modules of each building, one versioned aggregate per building, under the {@link
 * Aggregates} contract: tenant-scoped reads (another organisation never sees a building's
 * community, even knowing its id) and optimistic locking ({@code CONCURRENT_UPDATE}). Kind {@code
 * "community"}.
 */
public interface CommunityBuildings extends Aggregates<BuildingId, CommunityBuilding> {
  @Override
  default String kind() {
    return "community";
  }
}
