/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void keepsLowestTermsWithAPositiveDenominator() {
    Fraction f = Fraction.of(6, -8);

    assertThat(f.numerator()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(f.denominator()).isEqualTo(BigInteger.valueOf(4));
    assertThat(f).isEqualTo(Fraction.of(new BigDecimal("-0.75")));
  }

  @Test
  void floorsTowardsMinusInfinity() {
    assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Fraction.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Fraction.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
  }

  @Test
  void writesRoundedHalfUpWithoutTrailingZeros() {
    assertThat(Fraction.of(2900, 7).toPlainString(4)).isEqualTo("414.2857");
    assertThat(Fraction.of(300).toPlainString(4)).isEqualTo("300");
    assertThat(Fraction.of(1, 2).toPlainString(4)).isEqualTo("0.5");
    assertThat(Fraction.of(-1, 20000).toPlainString(4)).isEqualTo("-0.0001");
    assertThat(Fraction.of(1, 30000).toPlainString(4)).isEqualTo("0");
    assertThat(Fraction.of(5, 2).round(RoundingMode.HALF_UP)).isEqualTo(BigInteger.valueOf(3));
    assertThat(Fraction.of(-5, 2).round(RoundingMode.HALF_UP)).isEqualTo(BigInteger.valueOf(-3));
  }

  @Test
  void comparesExactly() {
    assertThat(Fraction.of(1, 3).compareTo(Fraction.of(333333, 1000000))).isPositive();
    assertThat(Fraction.of(2, 3).plus(Fraction.of(1, 3))).isEqualTo(Fraction.ONE);
    assertThat(Fraction.of(2, 3).times(Fraction.of(3, 2))).isEqualTo(Fraction.ONE);
    assertThat(Fraction.of(2, 3).dividedBy(Fraction.of(2, 3))).isEqualTo(Fraction.ONE);
  }
}
