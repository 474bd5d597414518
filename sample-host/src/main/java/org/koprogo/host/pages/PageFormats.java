/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * Amounts, percents, counts and dates written for a page's language with {@code java.text} and
 * {@code java.time} in the language's locale (fr-BE, nl-BE, de-BE, en-GB). Exact: amounts and
 * percents are formatted from {@link BigDecimal}, never through a binary floating point.
 *
 * <p>For 1234.5 EUR, 79.73 % and 14 March 2026 (JDK 17, CLDR 39; {@code _} is U+00A0 and
 * {@code ~} U+202F): fr {@code 1~234,50_€}, {@code 79,73_%}, {@code 14 mars 2026}; nl
 * {@code €_1.234,50}, {@code 79,73%}, {@code 14 maart 2026}; de {@code 1.234,50_€},
 * {@code 79,73_%}, {@code 14. März 2026}; en {@code €1,234.50}, {@code 79.73%},
 * {@code 14 March 2026}.
 *
 * <p>Not thread-safe ({@link DecimalFormat} is not): make one per page rendering.
 */
public final class PageFormats {
  private final PageLanguage language;
  private final DecimalFormat money;
  private final DecimalFormat percent;
  private final DecimalFormat integer;
  private final DecimalFormat votes;
  private final DateTimeFormatter date;

  PageFormats(PageLanguage language) {
    this.language = language;
    this.money = (DecimalFormat) NumberFormat.getCurrencyInstance(language.locale());
    this.money.setRoundingMode(RoundingMode.UNNECESSARY);
    this.percent = (DecimalFormat) NumberFormat.getPercentInstance(language.locale());
    this.percent.setMinimumFractionDigits(2);
    this.percent.setMaximumFractionDigits(2);
    this.percent.setRoundingMode(RoundingMode.HALF_UP);
    this.integer = (DecimalFormat) NumberFormat.getIntegerInstance(language.locale());
    this.votes = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
    this.votes.setMinimumFractionDigits(0);
    this.votes.setMaximumFractionDigits(4);
    this.votes.setRoundingMode(RoundingMode.HALF_UP);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  public PageLanguage language() {
    return language;
  }

  /** An amount with its currency symbol, exactly its minor digits ("1 234,50 €"). */
  public String money(Money amount) {
    money.setCurrency(amount.currency());
    money.setMinimumFractionDigits(amount.currency().getDefaultFractionDigits());
    money.setMaximumFractionDigits(amount.currency().getDefaultFractionDigits());
    return money.format(amount.toBigDecimal());
  }

  /** A whole amount with its currency symbol and no decimals ("25 000 €"), for chart ticks. */
  public String wholeMoney(Money amount) {
    money.setCurrency(amount.currency());
    money.setMinimumFractionDigits(0);
    money.setMaximumFractionDigits(0);
    return money.format(amount.toBigDecimal());
  }

  /** A percent given in percent points ({@code 79.73} is "79,73 %"), two places, half up. */
  public String percent(BigDecimal percentPoints) {
    return percent.format(percentPoints.movePointLeft(2));
  }

  /** The exact ratio {@code part / whole} as a percent, two places, half up. */
  public String percent(Fraction ratio) {
    return percent(ratio.times(100).toBigDecimal(2, RoundingMode.HALF_UP));
  }

  /** A whole count with the language's grouping ("1 500", "1.500", "1,500"). */
  public String integer(long value) {
    return integer.format(value);
  }

  /** A vote total: exact value rounded half up to at most 4 places, as RULES.md writes it. */
  public String votes(Fraction value) {
    return votes.format(value.toBigDecimal(4, RoundingMode.HALF_UP));
  }

  /** A date in the language's long style ("14 mars 2026", "14. März 2026"). */
  public String date(LocalDate day) {
    return date.format(day);
  }

  /** The ISO form of a date, for {@code <time datetime>}. */
  static String iso(LocalDate day) {
    return day.toString();
  }
}
