/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.ports.out.Aggregates;
import org.koprogo.ports.out.OrganisationId;

/**
 * The community modules of each building, one versioned aggregate per building, under the {@link
 * Aggregates} contract: tenant-scoped reads (another organisation never sees a building's
 * community, even knowing its id) and optimistic locking ({@code CONCURRENT_UPDATE}). Kind {@code
 * "community"}.
 */
public interface CommunityBuildings extends Aggregates<BuildingId, CommunityBuilding> {
  /**
   * The settings of the building's community (its modules and council), if it has one, without
   * its contents. A database adapter reads the settings alone; this default reads the whole
   * community.
   *
   * @param organisation the tenant
   * @param building the building
   * @return the settings, or empty
   */
  default Optional<CommunitySettings> settings(OrganisationId organisation, BuildingId building) {
    return find(organisation, building).map(CommunityBuilding::settings);
  }

  /**
   * A page of the time bank's exchanges of the building's community, in creation order: those
   * after the exchange {@code after} (from the first when empty; none when it is not one of the
   * building's), at most {@code limit}. A database adapter reads along an index on that order and
   * stops at the limit; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last exchange of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Exchange> exchanges(
      OrganisationId organisation, BuildingId building, Optional<ExchangeId> after, int limit) {
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " is not positive");
    }
    List<Exchange> all = find(organisation, building).map(CommunityBuilding::exchanges).orElse(List.of());
    int from = 0;
    if (after.isPresent()) {
      from = all.size();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(after.get())) {
          from = i + 1;
          break;
        }
      }
    }
    return List.copyOf(new ArrayList<>(all.subList(from, Math.min(all.size(), from + limit))));
  }

  @Override
  default String kind() {
    return "community";
  }
}
