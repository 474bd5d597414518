/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.charges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * The compiled fast path against the definition of RULES.md written with exact {@link Fraction}s
 * and a sort: quota {@code q_i = |T| * sum_k (share_k / S) * (w_ik / W_k)}, floors first, the
 * missing units to the largest fractional parts, ties to the lot listed first, negated for a
 * negative amount.
 */
class CompiledKeyProperties {

  @Test
  void matchesTheExactDefinitionForSmallFigures() {
    qt()
        .withExamples(400)
        .forAll(
            integers().between(1, 40),
            integers().between(1, 4),
            longs().between(-10_000_000L, 10_000_000L),
            longs().all())
        .check((lots, keys, total, seed) -> agrees(randomKeys(lots, keys, seed, 3, 1_000), total));
  }

  @Test
  void matchesTheExactDefinitionForLargeAmountsAndWeights() {
    qt()
        .withExamples(200)
        .forAll(
            integers().between(1, 20),
            integers().between(1, 3),
            longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
            longs().all())
        .check(
            (lots, keys, total, seed) ->
                agrees(randomKeys(lots, keys, seed, 6, 1_000_000_000_000L), total));
  }

  @Test
  void matchesTheExactDefinitionForManyLots() {
    qt()
        .withExamples(25)
        .forAll(
            integers().between(256, 3_000),
            integers().between(1, 3),
            longs().between(-100_000_000L, 100_000_000L),
            longs().all())
        .check((lots, keys, total, seed) -> agrees(randomKeys(lots, keys, seed, 3, 1_000), total));
  }

  @Test
  void matchesTheExactDefinitionForOneKeyOfSmallIntegerWeights() {
    // Shares in thousandths over many lots: the quotients are tabulated per weight value.
    qt()
        .withExamples(30)
        .forAll(
            integers().between(16, 4_000),
            integers().between(1, CompiledKey.TABLE_MAX),
            longs().between(-1_000_000_000L, 1_000_000_000L),
            longs().all())
        .check(
            (lots, maxWeight, total, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              List<LotId> ids = new ArrayList<>();
              Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
              for (int i = 0; i < lots; i++) {
                ids.add(LotId.of("L" + i));
                weights.put(ids.get(i), BigDecimal.valueOf(random.nextInt(bound(maxWeight, lots) + 1)));
              }
              weights.put(ids.get(random.nextInt(lots)), BigDecimal.ONE);
              return agrees(
                  new Fixture(ids, List.of(new KeyShare(BigDecimal.ONE, new DistributionKey("k", weights)))),
                  total);
            });
  }

  @Test
  void matchesTheExactDefinitionForManyLotsAndAmountsUpToTheLargest() {
    // Amounts whose remainder by C needs more than 30 bits take the scalar multiply-high path.
    qt()
        .withExamples(25)
        .forAll(
            integers().between(65, 1_500),
            integers().between(1, 3),
            longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
            longs().all())
        .check(
            (lots, keys, total, seed) ->
                agrees(randomKeys(lots, keys, seed, 4, 1_000_000_000L), total));
  }

  @Test
  void matchesTheExactDefinitionWhenManyLotsShareFewWeights() {
    // Equal weights give equal remainders: crowded around the pivot, or many ties at the
    // threshold, which the band cannot settle alone.
    qt()
        .withExamples(40)
        .forAll(
            integers().between(65, 2_000),
            integers().between(1, 2),
            longs().between(-100_000_000L, 100_000_000L),
            longs().all())
        .check(
            (lots, keys, total, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              List<LotId> ids = new ArrayList<>();
              for (int i = 0; i < lots; i++) {
                ids.add(LotId.of("L" + i));
              }
              List<KeyShare> parts = new ArrayList<>();
              for (int k = 0; k < keys; k++) {
                long[] pool = new long[1 + random.nextInt(3)];
                for (int j = 0; j < pool.length; j++) {
                  pool[j] = random.nextInt(3) == 0 ? 0 : 1 + random.nextLong(100_000L);
                }
                Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
                for (LotId lot : ids) {
                  weights.put(lot, BigDecimal.valueOf(pool[random.nextInt(pool.length)]));
                }
                weights.put(ids.get(random.nextInt(lots)), BigDecimal.valueOf(7));
                parts.add(
                    new KeyShare(
                        BigDecimal.valueOf(1 + random.nextInt(100)), new DistributionKey("k" + k, weights)));
              }
              return agrees(new Fixture(ids, parts), total);
            });
  }

  @Test
  void matchesTheExactDefinitionForOneKeyOfSmallIntegerWeightsAndAnyAmount() {
    // The table path with amounts far above the total weight (the quotient is then looked up per
    // lot) and with many lots tied at the threshold remainder.
    qt()
        .withExamples(30)
        .forAll(
            integers().between(16, 3_000),
            integers().between(1, 40),
            longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
            longs().all())
        .check(
            (lots, maxWeight, total, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              List<LotId> ids = new ArrayList<>();
              Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
              int bound = bound(maxWeight, lots);
              for (int i = 0; i < lots; i++) {
                ids.add(LotId.of("L" + i));
                weights.put(ids.get(i), BigDecimal.valueOf(random.nextInt(bound + 1)));
              }
              weights.put(ids.get(random.nextInt(lots)), BigDecimal.ONE);
              long amount = random.nextBoolean() ? total : total % 1_000_000L;
              return agrees(
                  new Fixture(
                      ids, List.of(new KeyShare(BigDecimal.ONE, new DistributionKey("k", weights)))),
                  amount);
            });
  }

  @Test
  void theScaledQuotientIsTheExactFloorModulo2To64() {
    qt()
        .withExamples(2_000)
        .forAll(longs().between(1, (1L << 62) - 1), longs().all(), integers().between(1, 64))
        .check(
            (c, seed, s) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              long r = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> c - 1;
                case 2 -> random.nextLong(Math.min(c, 1L << 30));
                default -> random.nextLong(c);
              };
              BigInteger exact =
                  BigInteger.valueOf(r).shiftLeft(s).divide(BigInteger.valueOf(c));
              assertThat(CompiledKey.scaledQuotient(r, c, s))
                  .as("floor(%s * 2^%s / %s)", r, s, c)
                  .isEqualTo(exact.longValue());
              return true;
            });
  }

  @Test
  void compilingOnceGivesTheSameAsDistributingEachTime() {
    qt()
        .withExamples(200)
        .forAll(
            integers().between(1, 30),
            integers().between(1, 3),
            longs().between(-1_000_000_000L, 1_000_000_000L),
            longs().all())
        .check(
            (lots, keys, total, seed) -> {
              Fixture f = randomKeys(lots, keys, seed, 2, 10_000);
              CompiledKey compiled = ChargeDistribution.compile(f.lots, f.keys);
              Money amount = Money.ofMinor(Money.EUR, total);
              return compiled.distribute(amount).allocations()
                  .equals(ChargeDistribution.distribute(amount, f.lots, f.keys).allocations());
            });
  }

  /** A weight bound that the table takes for this many lots, when there are enough lots. */
  private static int bound(int maxWeight, int lots) {
    return Math.max(1, Math.min(maxWeight, lots / CompiledKey.TABLE_LOTS_PER_VALUE));
  }

  private static boolean agrees(Fixture f, long total) {
    long[] fast = ChargeDistribution.compile(f.lots, f.keys).split(total);
    long[] exact = definition(f, total);
    assertThat(fast).as("lots %s keys %s total %s", f.lots, f.keys, total).containsExactly(exact);
    return true;
  }

  /** RULES.md, charge-distribution, written directly with fractions. */
  static long[] definition(Fixture f, long total) {
    int n = f.lots.size();
    BigDecimal shareTotal = BigDecimal.ZERO;
    for (KeyShare k : f.keys) {
      shareTotal = shareTotal.add(k.share());
    }
    Fraction t = Fraction.of(BigInteger.valueOf(total).abs());
    Fraction[] quotas = new Fraction[n];
    for (int i = 0; i < n; i++) {
      Fraction ratio = Fraction.ZERO;
      for (KeyShare k : f.keys) {
        ratio =
            ratio.plus(
                Fraction.of(k.share())
                    .dividedBy(Fraction.of(shareTotal))
                    .times(Fraction.of(k.key().weightOf(f.lots.get(i))))
                    .dividedBy(Fraction.of(k.key().totalWeight())));
      }
      quotas[i] = t.times(ratio);
    }
    long[] parts = new long[n];
    Fraction[] fractional = new Fraction[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger floor = quotas[i].floor();
      parts[i] = floor.longValueExact();
      fractional[i] = quotas[i].minus(Fraction.of(floor));
      given = given.add(floor);
    }
    int missing = BigInteger.valueOf(total).abs().subtract(given).intValueExact();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer, Fraction>comparing(i -> fractional[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < missing; k++) {
      parts[order[k]]++;
    }
    if (total < 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /**
   * Lots and a composite key: weights of up to {@code maxScale} decimals below {@code maxWeight}
   * (some of scale -1, such as {@code 4E+1}),
   * many of them zero, one positive weight per key at least; shares of up to 2 decimals.
   */
  static Fixture randomKeys(int lotCount, int keyCount, long seed, int maxScale, long maxWeight) {
    Random random = new Random(seed);
    List<LotId> lots = new ArrayList<>();
    for (int i = 0; i < lotCount; i++) {
      lots.add(LotId.of("L" + i));
    }
    List<KeyShare> keys = new ArrayList<>();
    for (int k = 0; k < keyCount; k++) {
      Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
      int scale = random.nextInt(maxScale + 1);
      for (LotId lot : lots) {
        int pick = random.nextInt(4);
        if (pick == 0) {
          continue;
        }
        long unscaled = pick == 1 ? 0 : 1 + Math.floorMod(random.nextLong(), maxWeight);
        weights.put(lot, BigDecimal.valueOf(unscaled, random.nextInt(scale + 2) - 1));
      }
      LotId anchor = lots.get(random.nextInt(lotCount));
      if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
        weights.put(anchor, BigDecimal.valueOf(1 + random.nextInt(1000), scale));
      }
      BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(3));
      keys.add(new KeyShare(share, new DistributionKey("k" + k, weights)));
    }
    return new Fixture(lots, keys);
  }

  record Fixture(List<LotId> lots, List<KeyShare> keys) {}
}
