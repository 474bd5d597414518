/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bounds before arithmetic: whatever the size of a number's text or exponent, parsing answers at
 * once with a coded error, and within the bound it parses exactly.
 */
class DecimalsProperties {

  @Test
  void refusesEveryTextLongerThanTheBoundWithInvalidNumber() {
    qt()
        .withExamples(200)
        .forAll(integers().between(Decimals.MAX_LENGTH + 1, 200_000), longs().all())
        .check(
            (length, seed) -> {
              String text = digits(length, seed);

              assertThatThrownBy(() -> Decimals.parse(text, "weights.A"))
                  .isInstanceOfSatisfying(
                      KoproGoException.class,
                      e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NUMBER);
                        assertThat(e.getMessage().length()).isLessThan(200);
                      });
              return true;
            });
  }

  @Test
  void parsesEveryPlainTextWithinTheBoundExactly() {
    qt()
        .withExamples(500)
        .forAll(integers().between(1, Decimals.MAX_LENGTH - 2), integers().between(0, 60), longs().all())
        .check(
            (intDigits, fractionDigits, seed) -> {
              String whole = digits(intDigits, seed);
              String text =
                  fractionDigits == 0 || intDigits + 1 + fractionDigits > Decimals.MAX_LENGTH
                      ? whole
                      : whole + "." + digits(fractionDigits, ~seed);

              BigDecimal value = Decimals.parse(text, "x");

              assertThat(value.toPlainString()).isEqualTo(text);
              return true;
            });
  }

  @Test
  void refusesExponentsWhateverTheirSize() {
    qt()
        .withExamples(300)
        .forAll(integers().between(-999_999_999, 999_999_999))
        .check(
            exponent -> {
              String text = "1e" + exponent;

              assertThatThrownBy(() -> Decimals.parse(text, "x"))
                  .isInstanceOfSatisfying(
                      KoproGoException.class,
                      e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NUMBER));
              return true;
            });
  }

  @Test
  void refusesHugeAndTinyAmountsAsMoneyWithoutScalingThem() {
    qt()
        .withExamples(300)
        .forAll(integers().between(20, 999_999_999))
        .check(
            exponent -> {
              BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(exponent);
              BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-exponent);

              assertThatThrownBy(() -> Money.of(Money.EUR, huge))
                  .isInstanceOfSatisfying(
                      KoproGoException.class,
                      e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_OVERFLOW));
              assertThatThrownBy(() -> Money.of(Money.EUR, tiny))
                  .isInstanceOfSatisfying(
                      KoproGoException.class,
                      e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
              return true;
            });
  }

  private static String digits(int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder(length);
    text.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < length; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }
}
