/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.Building;
import org.koprogo.domain.building.BuildingFixtures;
import org.koprogo.domain.building.ChargeNature;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.quicktheories.core.Gen;

/** Invariants of charge distribution (RULES.md, charge-distribution). */
class ChargeDistributionProperties {
  private static final Gen<Money> AMOUNTS = longs().between(-5_000_000L, 5_000_000L).map(c -> Money.ofMinor(Money.EUR, c));
  /** Weights with up to 3 decimals, at least one positive. */
  private static final Gen<List<BigDecimal>> WEIGHTS =
      lists().of(integers().between(0, 200_000).map(i -> BigDecimal.valueOf(i, 3))).ofSizeBetween(1, 30)
          .assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));

  @Test
  void partsAlwaysAddUpToTheAmount() {
    qt().forAll(AMOUNTS, WEIGHTS, WEIGHTS)
        .check((amount, w1, w2) -> {
          Distribution d = distributeComposite(amount, w1, w2);
          return d.allocations().values().stream().mapToLong(Money::minorUnits).sum() == amount.minorUnits();
        });
  }

  @Test
  void eachPartIsWithinOneCentOfItsExactQuota() {
    qt().forAll(AMOUNTS, WEIGHTS, WEIGHTS)
        .check((amount, w1, w2) -> distributeComposite(amount, w1, w2).explain().stream()
            .allMatch(e -> e.amount().toFraction().minus(e.exactQuota()).abs().compareTo(Fraction.of(1, 100)) < 0));
  }

  @Test
  void aZeroWeightLotGetsNothing() {
    qt().forAll(AMOUNTS, WEIGHTS, integers().between(0, 29))
        .check((amount, weights, at) -> {
          List<BigDecimal> w = new ArrayList<>(weights);
          int i = at % w.size();
          w.set(i, BigDecimal.ZERO);
          if (w.stream().allMatch(x -> x.signum() == 0)) {
            return true;
          }
          Distribution d = ChargeDistribution.distribute(amount, lots(w.size()), key(w));
          return d.amountOf(LotId.of("L" + i)).isZero();
        });
  }

  @Test
  void scalingAllWeightsByAConstantChangesNothing() {
    qt().forAll(AMOUNTS, WEIGHTS, integers().between(2, 10_000))
        .check((amount, weights, factor) -> {
          List<BigDecimal> scaled = weights.stream().map(w -> w.multiply(BigDecimal.valueOf(factor, 2))).toList();
          return ChargeDistribution.distribute(amount, lots(weights.size()), key(weights)).allocations()
              .equals(ChargeDistribution.distribute(amount, lots(weights.size()), key(scaled)).allocations());
        });
  }

  @Test
  void aCreditNoteIsTheMirrorOfTheCharge() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .check((amount, weights) -> {
          Map<LotId, Money> charge = ChargeDistribution.distribute(amount, lots(weights.size()), key(weights)).allocations();
          Map<LotId, Money> credit = ChargeDistribution.distribute(amount.negated(), lots(weights.size()), key(weights)).allocations();
          return charge.keySet().stream().allMatch(l -> charge.get(l).negated().equals(credit.get(l)));
        });
  }

  @Test
  void coOwnerSplitsAddUpToTheLotsPart() {
    qt().forAll(AMOUNTS, lists().of(integers().between(1, 1000)).ofSizeBetween(1, 8))
        .check((amount, parts) -> {
          List<org.koprogo.domain.building.Holding> holdings = new ArrayList<>();
          int total = parts.stream().mapToInt(Integer::intValue).sum();
          for (int i = 0; i < parts.size(); i++) {
            holdings.add(org.koprogo.domain.building.Holding.undivided(
                org.koprogo.domain.building.OwnerId.of("o" + i), Fraction.of(parts.get(i), total)));
          }
          List<ExpenseDistribution.OwnerShare> shares = ExpenseDistribution.splitLotPart(LotId.of("A"), amount, holdings);
          return shares.stream().mapToLong(s -> s.amount().minorUnits()).sum() == amount.minorUnits();
        });
  }

  @Test
  void everyCentOfABuildingsExpenseLandsOnExactlyOnePerson() {
    qt().forAll(AMOUNTS, lists().of(integers().between(1, 5000)).ofSizeBetween(1, 20))
        .check((amount, shares) -> {
          Building b = BuildingFixtures.withShares(shares.stream().map(BigDecimal::valueOf).toList());
          ExpenseDistribution d = ExpenseDistribution.byShares(b, amount, ChargeNature.ORDINARY);
          return d.byOwner().values().stream().mapToLong(Money::minorUnits).sum() == amount.minorUnits();
        });
  }

  @Test
  void theQuotaFollowsTheDefinitionForCompositeKeys() {
    qt().forAll(AMOUNTS, WEIGHTS, WEIGHTS)
        .check((amount, w1, w2) -> {
          Distribution d = distributeComposite(amount, w1, w2);
          int n = Math.max(w1.size(), w2.size());
          Fraction t1 = Fraction.of(sum(w1));
          Fraction t2 = Fraction.of(sum(w2));
          for (int i = 0; i < n; i++) {
            Fraction r1 = i < w1.size() ? Fraction.of(w1.get(i)).dividedBy(t1).times(Fraction.of(3, 10)) : Fraction.ZERO;
            Fraction r2 = i < w2.size() ? Fraction.of(w2.get(i)).dividedBy(t2).times(Fraction.of(7, 10)) : Fraction.ZERO;
            Fraction exact = amount.toFraction().times(r1.plus(r2));
            Money floor = Money.ofExact(Money.EUR, exact, RoundingMode.FLOOR);
            Money got = d.amountOf(LotId.of("L" + i));
            if (got.compareTo(floor) < 0 || got.minus(floor).minorUnits() > 1) {
              return false;
            }
          }
          return true;
        });
  }

  private static BigDecimal sum(List<BigDecimal> w) {
    return w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Distribution distributeComposite(Money amount, List<BigDecimal> w1, List<BigDecimal> w2) {
    int n = Math.max(w1.size(), w2.size());
    return ChargeDistribution.distribute(
        amount, lots(n),
        List.of(new KeyShare(new BigDecimal("30"), key(w1)), new KeyShare(new BigDecimal("70"), key(w2))));
  }

  private static List<LotId> lots(int n) {
    List<LotId> lots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lots.add(LotId.of("L" + i));
    }
    return lots;
  }

  private static DistributionKey key(List<BigDecimal> weights) {
    Map<LotId, BigDecimal> w = new LinkedHashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      w.put(LotId.of("L" + i), weights.get(i));
    }
    return new DistributionKey("k", w);
  }
}
