/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import org.koprogo.domain.building.BuildingId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.building.OwnerId;

/**
 * A lot (private part of the building with its share in the common parts, Civil Code art. 3.85).
 *
 * @param organisation the tenant
 * @param building the building it belongs to
 * @param id its id
 * @param label its name in the basic deed ("A1", "cellar 3")
 * @param shares its shares in the common parts, positive
 * @param ownerships who owns it and for which fraction (empty while unknown)
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record Lot(
    OrganisationId organisation,
    BuildingId building,
    LotId id,
    String label,
    BigDecimal shares,
    List<Ownership> ownerships,
    long version) {
  /**
   * Checks that every part is given, normalises the shares and copies the ownerships.
   *
   * @param organisation the tenant
   * @param building the building it belongs to
   * @param id its id
   * @param label its name in the basic deed ("A1", "cellar 3")
   * @param shares its shares in the common parts, positive
   * @param ownerships who owns it and for which fraction (empty while unknown)
   * @param version the optimistic-lock version (0 before it is first stored)
   */
  public Lot {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    shares = Shares.normalised(Objects.requireNonNull(shares, "shares"));
    ownerships = List.copyOf(ownerships);
  }

  /**
   * One owner's part of a lot.
   *
   * @param owner the owner
   * @param fraction their exact fraction of the lot, in (0, 1]
   */
  public record Ownership(OwnerId owner, Fraction fraction) {
    /**
     * Checks that every part is given.
     *
     * @param owner the owner
     * @param fraction their exact fraction of the lot, in (0, 1]
     */
    public Ownership {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(fraction, "fraction");
    }
  }

  /**
   * This lot at {@code version}.
   *
   * @param version the version
   * @return the lot
   */
  public Lot withVersion(long version) {
    return new Lot(organisation, building, id, label, shares, ownerships, version);
  }
}
