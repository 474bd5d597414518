/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency BHD = Currency.getInstance("BHD");

  @Test
  void parsesAndPrintsWithExactlyTheCurrencysMinorDigits() {
    Money euros = Money.parse("12.5", Money.EUR);

    assertThat(euros.minorUnits()).isEqualTo(1250);
    assertThat(euros.toPlainString()).isEqualTo("12.50");
    assertThat(Money.parse("1000", JPY).toPlainString()).isEqualTo("1000");
    assertThat(Money.parse("1.234", BHD).minorUnits()).isEqualTo(1234);
    assertThat(Money.parse("-0.05", Money.EUR).toPlainString()).isEqualTo("-0.05");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "1e3", " 1", "1 ", "+1", ".5", "1.", "", "-", "1.2.3", "0x10", "١٢"})
  void refusesTextThatIsNotAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text, Money.EUR))
        .isInstanceOf(KoproGoException.class)
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_NUMBER);
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHasEvenWhenTheyAreZeros() {
    assertThatThrownBy(() -> Money.parse("10.001", Money.EUR))
        .hasMessageContaining("10.001")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.parse("10.000", Money.EUR))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_AMOUNT);
    assertThatThrownBy(() -> Money.parse("1.5", JPY))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void refusesUnknownCurrenciesAndCurrenciesWithoutMinorUnits() {
    assertThatThrownBy(() -> Money.currency("EURO"))
        .hasMessageContaining("EURO")
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_CURRENCY);
    assertThatThrownBy(() -> Money.currency("XAU"))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_CURRENCY);
    assertThat(Money.currency("BHD").getDefaultFractionDigits()).isEqualTo(3);
  }

  @Test
  void detectsOverflowInsteadOfWrappingAround() {
    Money max = Money.ofMinor(Money.EUR, Long.MAX_VALUE);

    assertThatThrownBy(() -> max.plus(Money.ofMinor(Money.EUR, 1)))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.AMOUNT_OVERFLOW);
    assertThatThrownBy(() -> Money.ofMinor(Money.EUR, Long.MIN_VALUE).negated())
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.AMOUNT_OVERFLOW);
    assertThatThrownBy(() -> Money.parse("99999999999999999999.00", Money.EUR))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.AMOUNT_OVERFLOW);
  }

  @Test
  void refusesToCombineCurrencies() {
    assertThatThrownBy(() -> Money.parse("1", Money.EUR).plus(Money.parse("1", JPY)))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
  }

  @Test
  void roundsAnExactRatioOnlyWithTheGivenRoundingMode() {
    Money hundred = Money.parse("100.00", Money.EUR);
    Fraction third = Fraction.of(1, 3);

    assertThat(hundred.times(third, RoundingMode.HALF_UP).toPlainString()).isEqualTo("33.33");
    assertThat(hundred.times(third, RoundingMode.UP).toPlainString()).isEqualTo("33.34");
    assertThat(Money.parse("0.01", Money.EUR).times(Fraction.of(1, 2), RoundingMode.HALF_UP).toPlainString())
        .isEqualTo("0.01");
    assertThat(Money.parse("-0.01", Money.EUR).times(Fraction.of(1, 2), RoundingMode.HALF_UP).toPlainString())
        .isEqualTo("-0.01");
    assertThat(Money.of(Money.EUR, new BigDecimal("2.50")).equals(Money.parse("2.5", Money.EUR))).isTrue();
  }
}
