/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A building under co-ownership.
 *
 * @param organisation the tenant
 * @param id its id
 * @param name how its owners call it
 * @param address its postal address
 * @param totalShares the declared total of the lots' shares in the common parts (the basic deed's
 *     "quotités", often 1000 or 10000)
 * @param currency the currency its accounts are kept in
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Building(
    OrganisationId organisation,
    BuildingId id,
    String name,
    String address,
    BigDecimal totalShares,
    Currency currency,
    long version) {
  /**
   * Checks that every part is given.
   *
   * @param organisation the tenant
   * @param id its id
   * @param name how its owners call it
   * @param address its postal address
   * @param totalShares the declared total of the lots' shares in the common parts (the basic deed's
   *     "quotités", often 1000 or 10000)
   * @param currency the currency its accounts are kept in
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Building {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(totalShares, "totalShares");
    Objects.requireNonNull(currency, "currency");
    totalShares = Shares.normalised(totalShares);
  }

  /**
   * This building at {@code version}.
   *
   * @param version the version
   * @return the building
   */
  public Building withVersion(long version) {
    return new Building(organisation, id, name, address, totalShares, currency, version);
  }
}
