/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void givesTheRemainderUnitToTheLargestFractionBeforeInputOrder() {
    long[] parts = Apportionment.split(1000, new long[] {1, 1, 4});

    assertThat(parts).containsExactly(167, 167, 666);
  }

  @Test
  void breaksEqualFractionsInFavourOfThePartyListedFirst() {
    long[] parts = Apportionment.split(10000, new long[] {1, 1, 1});

    assertThat(parts).containsExactly(3334, 3333, 3333);
  }

  @Test
  void mirrorsANegativeTotal() {
    long[] parts = Apportionment.split(-10000, new long[] {1, 1, 1});

    assertThat(parts).containsExactly(-3334, -3333, -3333);
  }

  @Test
  void neverGivesAUnitToAZeroWeight() {
    long[] parts = Apportionment.split(1, new long[] {0, 1, 0, 1});

    assertThat(parts).containsExactly(0, 1, 0, 0);
  }

  @Test
  void fallsBackToExactArithmeticWhenProductsOverflow() {
    long big = Long.MAX_VALUE / 2;
    long[] parts = Apportionment.split(Long.MAX_VALUE, new long[] {big, big, 1});

    BigInteger sum = BigInteger.ZERO;
    for (long p : parts) {
      sum = sum.add(BigInteger.valueOf(p));
    }
    assertThat(sum).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
    assertThat(parts[0]).isGreaterThanOrEqualTo(parts[1]);
  }

  @Test
  void splitsOverFractionsWhoseScaledWeightsDoNotFitInALong() {
    // lcm(2^40 + 1, 3) * 14,552,002 / 3 lies between 2^64 - 2^62 and 2^64: it must not wrap to a
    // negative weight on the long path but go to the BigInteger one.
    List<Fraction> weights =
        List.of(Fraction.of(1, (1L << 40) + 1), Fraction.of(14_552_002, 3));

    long[] parts = Apportionment.split(100, weights);

    assertThat(parts).containsExactly(0, 100);
  }

  @Test
  void splitsOverRationalWeights() {
    long[] parts = Apportionment.split(100, List.of(Fraction.of(1, 3), Fraction.of(2, 3)));

    assertThat(parts).containsExactly(33, 67);
  }

  @Test
  void refusesNegativeAndAllZeroWeights() {
    assertThatThrownBy(() -> Apportionment.split(10, new long[] {1, -1}))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NEGATIVE_WEIGHT);
    assertThatThrownBy(() -> Apportionment.split(10, new long[] {0, 0}))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.ZERO_TOTAL_WEIGHT);
  }
}
