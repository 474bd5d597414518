/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

class SurplusAllocationProperties {

  /** Percents with up to two decimals adding up to exactly 100: random cut points of 10,000. */
  private static Gen<List<Destination>> destinations() {
    return lists()
        .of(integers().between(0, 10_000))
        .ofSizeBetween(0, 6)
        .map(
            cuts -> {
              List<Integer> points = new ArrayList<>(cuts);
              points.add(0);
              points.add(10_000);
              points.sort(Integer::compare);
              List<Destination> result = new ArrayList<>();
              for (int i = 1; i < points.size(); i++) {
                result.add(
                    new Destination(
                        "d" + i, BigDecimal.valueOf(points.get(i) - points.get(i - 1), 2)));
              }
              return result;
            });
  }

  @Test
  void allocationsAddUpToAPositiveSurplusAndAreZeroOtherwise() {
    qt().forAll(longs().between(1, 100_000_000), longs().between(0, 200_000_000), destinations())
        .checkAssert(
            (revenue, costs, destinations) -> {
              AssociationAccounts accounts =
                  new AssociationAccounts(
                      Money.ofMinor(Money.EUR, revenue),
                      List.of(CostLine.of("all", Money.ofMinor(Money.EUR, costs))),
                      7,
                      Money.ofMinor(Money.EUR, 500));

              SurplusAllocationResult result =
                  SurplusAllocation.allocate(accounts, SurplusPlan.of(destinations));

              Money total = Money.zero(Money.EUR);
              for (Money m : result.allocations().values()) {
                total = total.plus(m);
              }
              if (result.surplus().isPositive()) {
                assertThat(total).isEqualTo(result.surplus());
              } else {
                assertThat(result.allocations().values()).allMatch(Money::isZero);
              }
            });
  }

  @Test
  void everyAllocationIsWithinOneCentOfItsExactPercent() {
    qt().forAll(longs().between(1, 100_000_000), destinations())
        .checkAssert(
            (surplus, destinations) -> {
              AssociationAccounts accounts =
                  new AssociationAccounts(
                      Money.ofMinor(Money.EUR, surplus), List.of(), 3, Money.ofMinor(Money.EUR, 500));

              SurplusAllocationResult result =
                  SurplusAllocation.allocate(accounts, SurplusPlan.of(destinations));

              for (Destination d : destinations) {
                Fraction exact = Fraction.of(surplus).times(Fraction.of(d.percent())).dividedBy(Fraction.of(100));
                Fraction gap =
                    Fraction.of(result.allocationOf(d.id()).minorUnits()).minus(exact).abs();
                assertThat(gap).isLessThan(Fraction.ONE);
              }
            });
  }

  @Test
  void theNewPriceIsNeverBelowTheCostPriceNorAboveThePrice() {
    qt().forAll(
            longs().between(100, 100_000_000),
            integers().between(0, 99),
            integers().between(1, 5_000),
            longs().between(0, 10_000))
        .checkAssert(
            (revenue, costPercent, members, price) -> {
              long costs = revenue * costPercent / 100;
              AssociationAccounts accounts =
                  new AssociationAccounts(
                      Money.ofMinor(Money.EUR, revenue),
                      List.of(CostLine.of("all", Money.ofMinor(Money.EUR, costs))),
                      members,
                      Money.ofMinor(Money.EUR, price));
              SurplusPlan plan =
                  SurplusPlan.of(List.of(Destination.of("pd", "40"), Destination.of("rest", "60")))
                      .withPriceDecreaseDestination("pd")
                      .withThresholdPercent(BigDecimal.ZERO);

              SurplusAllocationResult result = SurplusAllocation.allocate(accounts, plan);

              if (result.priceDecrease() != null) {
                Money newPrice = result.priceDecrease().newMonthlyPrice();
                assertThat(newPrice).isGreaterThanOrEqualTo(result.costPricePerMemberMonthly());
                assertThat(newPrice)
                    .isLessThanOrEqualTo(accounts.monthlyPrice().max(result.costPricePerMemberMonthly()));
              } else {
                assertThat(result.surplus().isPositive()).isFalse();
              }
            });
  }
}
