/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingFixtures;
import org.koprogo.domain.building.ChargeNature;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class ChargeDistributionTest {
  private static final LotId A = LotId.of("A");
  private static final LotId B = LotId.of("B");
  private static final LotId C = LotId.of("C");

  @Test
  void givesTheRemainderCentToTheFirstLotWhenFractionsAreEqual() {
    DistributionKey key = key("equal", Map.of(A, "1", B, "1", C, "1"));

    Distribution d = ChargeDistribution.distribute(eur("100.00"), List.of(A, B, C), key);

    assertThat(d.allocations().values()).extracting(Money::toPlainString).containsExactly("33.34", "33.33", "33.33");
  }

  @Test
  void appliesACompositeKeyOnceNotPerKey() {
    DistributionKey shares = key("shares", Map.of(A, "1", B, "1", C, "1"));
    DistributionKey meters = key("meters", Map.of(A, "1", B, "1", C, "1"));

    Distribution d =
        ChargeDistribution.distribute(
            eur("0.02"), List.of(A, B, C),
            List.of(new KeyShare(new BigDecimal("50"), shares), new KeyShare(new BigDecimal("50"), meters)));

    assertThat(d.allocations().values()).extracting(Money::toPlainString).containsExactly("0.01", "0.01", "0.00");
  }

  @Test
  void explainsEveryLotsPartWithItsKeyWeightAndExactQuota() {
    DistributionKey elevator = key("elevator", Map.of(B, "1", C, "2"));

    Distribution d = ChargeDistribution.distribute(eur("100.00"), List.of(A, B, C), elevator);
    List<Distribution.LotExplanation> why = d.explain();

    assertThat(why.get(0).amount().toPlainString()).isEqualTo("0.00");
    assertThat(why.get(0).contributions().get(0).weight()).isEqualByComparingTo("0");
    assertThat(why.get(1).exactQuota()).isEqualTo(Fraction.of(100, 3));
    assertThat(why.get(1).amount().toPlainString()).isEqualTo("33.33");
    assertThat(why.get(2).ratio()).isEqualTo(Fraction.of(2, 3));
    assertThat(why.get(2).contributions().get(0).keyTotal()).isEqualByComparingTo("3");
  }

  @Test
  void refusesAKeyThatWeighsALotNotListed() {
    DistributionKey key = key("k", Map.of(A, "1", LotId.of("Z"), "1"));

    assertThatThrownBy(() -> ChargeDistribution.distribute(eur("1.00"), List.of(A, B), key))
        .hasMessageContaining("Z")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_UNIT);
  }

  @Test
  void refusesAKeyWhoseWeightsAreAllZero() {
    assertThatThrownBy(() -> key("k", Map.of(A, "0")))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.ZERO_TOTAL_WEIGHT);
  }

  @Test
  void splitsALotInIndivisionBetweenItsCoOwnersToTheCent() {
    ExpenseDistribution d =
        ExpenseDistribution.byShares(BuildingFixtures.lesTilleuls(), eur("1000.01"), ChargeNature.ORDINARY);

    Map<OwnerId, Money> byOwner = d.byOwner();

    assertThat(byOwner.get(OwnerId.of("alice")).toPlainString()).isEqualTo("250.00");
    assertThat(byOwner.get(OwnerId.of("bob")).toPlainString()).isEqualTo("150.01");
    assertThat(byOwner.get(OwnerId.of("carla")).toPlainString()).isEqualTo("150.00");
    assertThat(byOwner.get(OwnerId.of("eve")).toPlainString()).isEqualTo("200.00");
    assertThat(byOwner).doesNotContainKey(OwnerId.of("dan"));
    assertThat(byOwner.values().stream().mapToLong(Money::minorUnits).sum()).isEqualTo(100001);
  }

  @Test
  void chargesTheBareOwnerForExtraordinaryWorks() {
    ExpenseDistribution d =
        ExpenseDistribution.byShares(BuildingFixtures.lesTilleuls(), eur("5000.00"), ChargeNature.EXTRAORDINARY);

    assertThat(d.byOwner().get(OwnerId.of("dan")).toPlainString()).isEqualTo("1000.00");
    assertThat(d.byOwner()).doesNotContainKey(OwnerId.of("eve"));
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static DistributionKey key(String name, Map<LotId, String> weights) {
    Map<LotId, BigDecimal> w = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> w.put(e.getKey(), new BigDecimal(e.getValue())));
    return new DistributionKey(name, w);
  }
}
