/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The histogram selection of the largest remainders, against sorting. */
class RemainderSelectionProperties {

  @Test
  void findsTheRthLargestAndLeavesTheValuesAlone() {
    qt()
        .withExamples(300)
        .forAll(integers().between(1, 5_000), integers().between(0, 62), longs().all())
        .check(
            (n, bits, seed) -> {
              long[] values = values(n, bits, seed);
              long[] copy = values.clone();
              long[] sorted = values.clone();
              Arrays.sort(sorted);
              int r = 1 + (int) Math.floorMod(seed, (long) n);

              long selected = Apportionment.rthLargest(values, r);

              assertThat(selected).isEqualTo(sorted[n - r]);
              assertThat(values).containsExactly(copy);
              return true;
            });
  }

  @Test
  void givesTheMissingUnitsAsSortingWould() {
    qt()
        .withExamples(200)
        .forAll(integers().between(1, 3_000), integers().between(0, 40), longs().all())
        .check(
            (n, bits, seed) -> {
              long[] remainders = values(n, bits, seed);
              int units = (int) Math.floorMod(seed, (long) n + 1);
              long[] floors = new long[n];

              Apportionment.giveRemainder(floors, remainders, units);

              Integer[] order = new Integer[n];
              for (int i = 0; i < n; i++) {
                order[i] = i;
              }
              Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
                  ? Long.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
              long[] expected = new long[n];
              for (int k = 0; k < units; k++) {
                expected[order[k]] = 1;
              }
              assertThat(floors).containsExactly(expected);
              return true;
            });
  }

  /** Non-negative values below 2^bits, with many repeats when the seed says so. */
  private static long[] values(int n, int bits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long bound = bits == 0 ? 1 : 1L << bits;
    boolean repeats = random.nextBoolean();
    long[] pool = new long[1 + random.nextInt(8)];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = random.nextLong(bound);
    }
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = repeats && random.nextInt(4) > 0 ? pool[random.nextInt(pool.length)] : random.nextLong(bound);
    }
    return values;
  }
}
