/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class BuildingTest {

  @Test
  void acceptsSharesThatAddUpToTheDeclaredTotalAtAnyScale() {
    Building building =
        new Building(
            BuildingId.of("b"), "b", new BigDecimal("100.00"),
            List.of(Lot.of("A", "33.333"), Lot.of("B", "66.667")),
            List.of(LotOwnership.sole(LotId.of("A"), OwnerId.of("a")), LotOwnership.sole(LotId.of("B"), OwnerId.of("b"))));

    assertThat(building.lotIds()).containsExactly(LotId.of("A"), LotId.of("B"));
  }

  @Test
  void refusesSharesThatDoNotAddUpToTheDeclaredTotal() {
    assertThatThrownBy(
            () -> new Building(
                BuildingId.of("b"), "b", new BigDecimal("1000"),
                List.of(Lot.of("A", "500"), Lot.of("B", "499")),
                List.of(LotOwnership.sole(LotId.of("A"), OwnerId.of("a")), LotOwnership.sole(LotId.of("B"), OwnerId.of("b")))))
        .hasMessageContaining("999")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.SHARES_TOTAL_MISMATCH);
  }

  @Test
  void refusesCoOwnersWhoseFractionsDoNotAddUpToOne() {
    assertThatThrownBy(
            () -> new LotOwnership(
                LotId.of("A"),
                List.of(Holding.undivided(OwnerId.of("a"), Fraction.of(1, 3)), Holding.undivided(OwnerId.of("b"), Fraction.of(1, 3)))))
        .hasMessageContaining("2/3")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE);
  }

  @Test
  void refusesADismemberedLotWithoutUsufructuary() {
    assertThatThrownBy(
            () -> new LotOwnership(LotId.of("A"), List.of(new Holding(OwnerId.of("a"), OwnershipRight.BARE, Fraction.ONE))))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE);
  }

  @Test
  void refusesAFractionOutsideZeroToOne() {
    assertThatThrownBy(() -> Holding.undivided(OwnerId.of("a"), Fraction.of(3, 2)))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_FRACTION);
  }

  @Test
  void refusesALotWithoutOwner() {
    assertThatThrownBy(
            () -> new Building(
                BuildingId.of("b"), "b", new BigDecimal("2"),
                List.of(Lot.of("A", "1"), Lot.of("B", "1")),
                List.of(LotOwnership.sole(LotId.of("A"), OwnerId.of("a")))))
        .hasMessageContaining("B")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.OWNERSHIP_FRACTIONS_NOT_ONE);
  }

  @Test
  void listsTheUsufructuaryForOrdinaryChargesAndTheBareOwnerForExtraordinaryOnes() {
    LotOwnership b1 = BuildingFixtures.lesTilleuls().ownershipOf(LotId.of("B1"));

    assertThat(b1.bearersOf(ChargeNature.ORDINARY)).extracting(Holding::owner).containsExactly(OwnerId.of("eve"));
    assertThat(b1.bearersOf(ChargeNature.EXTRAORDINARY)).extracting(Holding::owner).containsExactly(OwnerId.of("dan"));
  }
}
