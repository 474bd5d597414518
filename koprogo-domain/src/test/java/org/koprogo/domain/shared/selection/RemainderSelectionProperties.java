/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The selections of the largest remainders, against sorting and against each other. */
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

              long selected = RemainderSelection.rthLargest(values, r);

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

              RemainderSelection.giveRemainder(floors, remainders, units);

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

  @Test
  void settlingAroundAPivotGivesWhatGivingFromAllRemaindersGives() {
    qt()
        .withExamples(400)
        .forAll(integers().between(1, 2_000), integers().between(1, 40), longs().all())
        .check(
            (n, bits, seed) -> {
              SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
              long[] remainders = values(n, bits, seed);
              long max = Arrays.stream(remainders).max().getAsLong();
              long pivot = 1 + random.nextLong(max + 1);
              long low = Math.max(0, pivot - random.nextLong(max + 2));
              long high = pivot + random.nextLong(max + 2);
              int units = (int) Math.floorMod(seed, (long) n + 1);
              long[] floors = new long[n];
              long[] parts = new long[n];
              int[] candidates = new int[n];
              long[] candidateRemainders = new long[n];
              int count = 0;
              long given = 0;
              for (int i = 0; i < n; i++) {
                parts[i] = remainders[i] >= pivot ? 1 : 0;
                given += parts[i];
                if (remainders[i] >= low && remainders[i] < high) {
                  candidates[count] = i;
                  candidateRemainders[count++] = remainders[i];
                }
              }
              long[] before = parts.clone();

              boolean settled =
                  RemainderSelection.settleAroundPivot(
                      parts, candidates, candidateRemainders, count, pivot, units - given);

              RemainderSelection.giveRemainder(floors, remainders, units);
              if (settled) {
                assertThat(parts).containsExactly(floors);
              } else {
                // Only when the band holds fewer lots on the side to change than units to move.
                long side = 0;
                for (int j = 0; j < count; j++) {
                  if (candidateRemainders[j] < pivot == units - given > 0) {
                    side++;
                  }
                }
                assertThat(side).isLessThan(Math.abs(units - given));
                assertThat(parts).containsExactly(before);
              }
              return true;
            });
  }

  @Test
  void theRthLargestOfGroupsIsTheRthLargestOfTheirParties() {
    qt()
        .withExamples(300)
        .forAll(integers().between(1, 600), integers().between(0, 40), longs().all())
        .check(
            (groups, bits, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              long[] remainders = values(groups, bits, seed);
              int[] sizes = new int[groups];
              int parties = 0;
              for (int g = 0; g < groups; g++) {
                sizes[g] = random.nextInt(4) == 0 ? 0 : random.nextInt(50);
                parties += sizes[g];
              }
              if (parties == 0) {
                sizes[0] = 1;
                parties = 1;
              }
              long[] expanded = new long[parties];
              int c = 0;
              for (int g = 0; g < groups; g++) {
                for (int j = 0; j < sizes[g]; j++) {
                  expanded[c++] = remainders[g];
                }
              }
              Arrays.sort(expanded);
              long units = 1 + Math.floorMod(seed, (long) parties);
              long[] copy = remainders.clone();
              int[] sizesCopy = sizes.clone();

              long rho = RemainderSelection.rthLargestOfGroups(remainders, sizes, units);

              assertThat(rho).isEqualTo(expanded[(int) (parties - units)]);
              assertThat(remainders).containsExactly(copy);
              assertThat(sizes).containsExactly(sizesCopy);
              return true;
            });
  }

  /** Non-negative values below 2^bits, with many repeats when the seed says so. */
  @Test
  void selectionFindsTheKthLargestValue() {
    qt().forAll(lists().of(longs().between(-50, 50)).ofSizeBetween(1, 60), integers().between(1, 60))
        .check((values, k) -> {
          long[] a = values.stream().mapToLong(Long::longValue).toArray();
          int kk = 1 + (k - 1) % a.length;
          long[] sorted = a.clone();
          Arrays.sort(sorted);
          return RemainderSelection.kthLargest(a.clone(), kk) == sorted[sorted.length - kk];
        });
  }

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
