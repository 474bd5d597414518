/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.koprogo.domain.shared.Fraction;

/** Buildings for tests. */
public final class BuildingFixtures {
  private BuildingFixtures() {}

  /**
   * Résidence Les Tilleuls: four lots of 1000ths. A1 (250) Alice; A2 (300) Bob and Carla in
   * indivision, 1/2 each; B1 (200) bare ownership Dan, usufruct Eve; B2 (250) Frank.
   */
  public static Building lesTilleuls() {
    return new Building(
        BuildingId.of("tilleuls"),
        "Résidence Les Tilleuls",
        new BigDecimal("1000"),
        List.of(Lot.of("A1", "250"), Lot.of("A2", "300"), Lot.of("B1", "200"), Lot.of("B2", "250")),
        List.of(
            LotOwnership.sole(LotId.of("A1"), OwnerId.of("alice")),
            new LotOwnership(
                LotId.of("A2"),
                List.of(
                    Holding.undivided(OwnerId.of("bob"), Fraction.of(1, 2)),
                    Holding.undivided(OwnerId.of("carla"), Fraction.of(1, 2)))),
            new LotOwnership(
                LotId.of("B1"),
                List.of(
                    new Holding(OwnerId.of("dan"), OwnershipRight.BARE, Fraction.ONE),
                    new Holding(OwnerId.of("eve"), OwnershipRight.USUFRUCT, Fraction.ONE))),
            LotOwnership.sole(LotId.of("B2"), OwnerId.of("frank"))));
  }

  /** A building of {@code n} lots with the given shares, each lot owned by one owner. */
  public static Building withShares(List<BigDecimal> shares) {
    List<Lot> lots = new ArrayList<>();
    List<LotOwnership> ownerships = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < shares.size(); i++) {
      LotId id = LotId.of("L" + (i + 1));
      lots.add(new Lot(id, shares.get(i), ""));
      ownerships.add(LotOwnership.sole(id, OwnerId.of("o" + (i + 1))));
      total = total.add(shares.get(i));
    }
    return new Building(BuildingId.of("b"), "b", total, lots, ownerships);
  }
}
