/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of largest-remainder apportionment, against its exact definition in RULES.md. */
class ApportionmentProperties {
  private static final Gen<Long> TOTALS = longs().between(-10_000_000L, 10_000_000L);
  private static final Gen<List<Long>> WEIGHTS =
      lists().of(longs().between(0, 1_000_000L)).ofSizeBetween(1, 40)
          .assuming(w -> w.stream().anyMatch(x -> x > 0));

  @Test
  void partsAlwaysAddUpToTheTotal() {
    qt().forAll(TOTALS, WEIGHTS)
        .check((total, weights) -> Arrays.stream(Apportionment.split(total, unbox(weights))).sum() == total);
  }

  @Test
  void matchesTheDefinitionWithExactFractionsAndFirstListedTieBreak() {
    qt().forAll(TOTALS, WEIGHTS)
        .check((total, weights) -> Arrays.equals(Apportionment.split(total, unbox(weights)), definition(total, unbox(weights))));
  }

  @Test
  void everyPartIsWithinOneUnitOfItsExactQuota() {
    qt().forAll(TOTALS, WEIGHTS)
        .check((total, weights) -> {
          long[] w = unbox(weights);
          long[] parts = Apportionment.split(total, w);
          long sum = Arrays.stream(w).sum();
          for (int i = 0; i < w.length; i++) {
            Fraction quota = Fraction.of(BigInteger.valueOf(total).multiply(BigInteger.valueOf(w[i])), BigInteger.valueOf(sum));
            if (Fraction.of(parts[i]).minus(quota).abs().compareTo(Fraction.ONE) >= 0) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void aZeroWeightNeverGetsAUnit() {
    qt().forAll(TOTALS, WEIGHTS, integers().between(0, 39))
        .check((total, weights, at) -> {
          long[] w = unbox(weights);
          int i = at % w.length;
          w[i] = 0;
          if (Arrays.stream(w).sum() == 0) {
            return true;
          }
          return Apportionment.split(total, w)[i] == 0;
        });
  }

  @Test
  void scalingEveryWeightChangesNothing() {
    qt().forAll(TOTALS, WEIGHTS, longs().between(2, 1000))
        .check((total, weights, factor) -> {
          long[] w = unbox(weights);
          long[] scaled = Arrays.stream(w).map(x -> x * factor).toArray();
          return Arrays.equals(Apportionment.split(total, w), Apportionment.split(total, scaled));
        });
  }

  @Test
  void aNegativeTotalIsTheMirrorOfThePositiveOne() {
    qt().forAll(TOTALS, WEIGHTS)
        .check((total, weights) -> {
          long[] w = unbox(weights);
          long[] positive = Apportionment.split(total, w);
          long[] negative = Apportionment.split(-total, w);
          for (int i = 0; i < w.length; i++) {
            if (positive[i] != -negative[i]) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void theBigIntegerPathAgreesWithTheLongPath() {
    qt().forAll(TOTALS, WEIGHTS)
        .check((total, weights) -> {
          long[] w = unbox(weights);
          List<Fraction> fractions = new ArrayList<>();
          for (long x : w) {
            fractions.add(Fraction.of(x, 7));
          }
          return Arrays.equals(Apportionment.split(total, w), Apportionment.split(total, fractions));
        });
  }

  @Test
  void splitsOverFractionsOfAnySizeAsTheDefinition() {
    // Small denominators take the long path, huge ones (or a huge least common multiple) the
    // BigInteger path: both must give the definition's parts.
    qt().withExamples(300)
        .forAll(TOTALS, integers().between(1, 30), longs().all())
        .check((total, n, seed) -> {
          java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
          boolean huge = random.nextInt(3) == 0;
          List<Fraction> weights = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            BigInteger numerator = BigInteger.valueOf(random.nextInt(4) == 0 ? 0 : 1 + random.nextLong(1_000_000L));
            BigInteger denominator =
                huge && random.nextBoolean()
                    ? BigInteger.ONE.shiftLeft(40 + random.nextInt(40)).add(BigInteger.valueOf(random.nextLong(1_000L)))
                    : BigInteger.valueOf(1 + random.nextInt(random.nextBoolean() ? 10 : 100_000));
            weights.add(Fraction.of(numerator, denominator));
          }
          if (weights.stream().allMatch(Fraction::isZero)) {
            weights.set(0, Fraction.of(3, 7));
          }
          Fraction sum = Fraction.ZERO;
          for (Fraction f : weights) {
            sum = sum.plus(f);
          }
          Fraction t = Fraction.of(Math.abs(total));
          long[] parts = new long[n];
          Fraction[] fractional = new Fraction[n];
          long given = 0;
          for (int i = 0; i < n; i++) {
            Fraction quota = t.times(weights.get(i)).dividedBy(sum);
            parts[i] = quota.floor().longValueExact();
            fractional[i] = quota.minus(Fraction.of(quota.floor()));
            given += parts[i];
          }
          Integer[] order = new Integer[n];
          for (int i = 0; i < n; i++) {
            order[i] = i;
          }
          Arrays.sort(order, Comparator.<Integer, Fraction>comparing(i -> fractional[i]).reversed().thenComparing(i -> i));
          for (int k = 0; k < Math.abs(total) - given; k++) {
            parts[order[k]]++;
          }
          if (total < 0) {
            for (int i = 0; i < n; i++) {
              parts[i] = -parts[i];
            }
          }
          return Arrays.equals(Apportionment.split(total, weights), parts);
        });
  }

  /** RULES.md, literally: floor of exact quotas, then one unit each by fraction desc, index asc. */
  private static long[] definition(long total, long[] w) {
    BigInteger t = BigInteger.valueOf(Math.abs(total));
    BigInteger sum = BigInteger.valueOf(Arrays.stream(w).sum());
    long[] parts = new long[w.length];
    Fraction[] fractional = new Fraction[w.length];
    long given = 0;
    for (int i = 0; i < w.length; i++) {
      Fraction q = Fraction.of(t.multiply(BigInteger.valueOf(w[i])), sum);
      parts[i] = q.floor().longValueExact();
      fractional[i] = q.minus(Fraction.of(parts[i]));
      given += parts[i];
    }
    Integer[] order = new Integer[w.length];
    for (int i = 0; i < w.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer, Fraction>comparing(i -> fractional[i]).reversed().thenComparing(i -> i));
    for (long k = 0; k < t.longValueExact() - given; k++) {
      parts[order[(int) k]]++;
    }
    if (total < 0) {
      for (int i = 0; i < w.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  private static long[] unbox(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
