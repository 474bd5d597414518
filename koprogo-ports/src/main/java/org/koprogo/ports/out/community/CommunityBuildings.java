/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.community;

import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.exchange.Exchange;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.ports.out.Aggregates;
import org.koprogo.ports.out.IdPages;
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
    return IdPages.following(find(organisation, building).map(CommunityBuilding::exchanges).orElse(List.of()),
        after.map(ExchangeId::value), e -> e.id().value(), limit);
  }

  /**
   * A page of the objects listed for lending in the building's community, in listing order: those
   * after the object {@code after} (from the first when empty; none when it is not one of the
   * building's), at most {@code limit}. A database adapter reads along an index on that order and
   * stops at the limit; this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last object of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<LendableObject> objects(
      OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(find(organisation, building).map(CommunityBuilding::objects).orElse(List.of()),
        after, LendableObject::id, limit);
  }

  /**
   * A page of the loans of the building's community, in booking order: those after the loan
   * {@code after} (from the first when empty; none when it is not one of the building's), at most
   * {@code limit}. A database adapter reads along an index on that order and stops at the limit;
   * this default reads the whole community.
   *
   * @param organisation the tenant
   * @param building the building
   * @param after the last loan of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page (empty for a building without a community)
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<Loan> loans(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    return IdPages.following(find(organisation, building).map(CommunityBuilding::loans).orElse(List.of()),
        after, Loan::id, limit);
  }


  @Override
  default String kind() {
    return "community";
  }
}
