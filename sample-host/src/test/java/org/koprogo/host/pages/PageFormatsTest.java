/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.host.pages.PagesFixtures.eur;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * The exact strings of each language (JDK 17's CLDR data), as docs/public-pages.md lists them.
 * {@code NBSP} is U+00A0, {@code NNBSP} U+202F.
 */
class PageFormatsTest {
  private static final String NBSP = "\u00a0";
  private static final String NNBSP = "\u202f";
  private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

  @Test
  void writesAmountsForEachLanguage() {
    Money amount = eur("1234.50");

    assertThat(new PageFormats(PageLanguage.FR).money(amount)).isEqualTo("1" + NNBSP + "234,50" + NBSP + "€");
    assertThat(new PageFormats(PageLanguage.NL).money(amount)).isEqualTo("€" + NBSP + "1.234,50");
    assertThat(new PageFormats(PageLanguage.DE).money(amount)).isEqualTo("1.234,50" + NBSP + "€");
    assertThat(new PageFormats(PageLanguage.EN).money(amount)).isEqualTo("€1,234.50");
  }

  @Test
  void writesADeficitWithItsSign() {
    assertThat(new PageFormats(PageLanguage.EN).money(eur("-16520.00"))).isEqualTo("-€16,520.00");
    assertThat(new PageFormats(PageLanguage.NL).money(eur("-16520.00"))).isEqualTo("€" + NBSP + "-16.520,00");
  }

  @Test
  void writesExactlyTheCurrencysMinorDigits() {
    Money yen = Money.ofMinor(Currency.getInstance("JPY"), 1500);

    assertThat(new PageFormats(PageLanguage.EN).money(yen)).isEqualTo("JP¥1,500");
    assertThat(new PageFormats(PageLanguage.EN).money(eur("0.10"))).isEqualTo("€0.10");
  }

  @Test
  void writesPercentsForEachLanguage() {
    BigDecimal margin = new BigDecimal("79.73");

    assertThat(new PageFormats(PageLanguage.FR).percent(margin)).isEqualTo("79,73" + NBSP + "%");
    assertThat(new PageFormats(PageLanguage.NL).percent(margin)).isEqualTo("79,73%");
    assertThat(new PageFormats(PageLanguage.DE).percent(margin)).isEqualTo("79,73" + NBSP + "%");
    assertThat(new PageFormats(PageLanguage.EN).percent(margin)).isEqualTo("79.73%");
  }

  @Test
  void roundsAnExactRatioHalfUpToTwoPlaces() {
    PageFormats en = new PageFormats(PageLanguage.EN);

    assertThat(en.percent(Fraction.of(685, 855))).isEqualTo("80.12%");
    assertThat(en.percent(Fraction.of(1, 8))).isEqualTo("12.50%");
    assertThat(en.percent(Fraction.of(1, 800))).isEqualTo("0.13%");
  }

  @Test
  void writesDatesInTheLongStyleOfEachLanguage() {
    assertThat(new PageFormats(PageLanguage.FR).date(DAY)).isEqualTo("14 mars 2026");
    assertThat(new PageFormats(PageLanguage.NL).date(DAY)).isEqualTo("14 maart 2026");
    assertThat(new PageFormats(PageLanguage.DE).date(DAY)).isEqualTo("14. März 2026");
    assertThat(new PageFormats(PageLanguage.EN).date(DAY)).isEqualTo("14 March 2026");
  }

  @Test
  void groupsCountsAndVotesForEachLanguage() {
    assertThat(new PageFormats(PageLanguage.FR).integer(1500)).isEqualTo("1" + NNBSP + "500");
    assertThat(new PageFormats(PageLanguage.NL).integer(1500)).isEqualTo("1.500");
    assertThat(new PageFormats(PageLanguage.EN).integer(1500)).isEqualTo("1,500");
    assertThat(new PageFormats(PageLanguage.DE).votes(Fraction.of(2900, 7))).isEqualTo("414,2857");
    assertThat(new PageFormats(PageLanguage.EN).votes(Fraction.of(300))).isEqualTo("300");
  }

  @Test
  void writesChartTicksAsWholeAmounts() {
    assertThat(new PageFormats(PageLanguage.DE).wholeMoney(eur("25000.00"))).isEqualTo("25.000" + NBSP + "€");
  }
}
