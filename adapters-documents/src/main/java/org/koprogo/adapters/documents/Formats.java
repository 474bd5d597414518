/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * How figures are written in a document: dates in the reader's language, amounts and shares as
 * the API writes them (plain decimals with a point, the currency code after), so that a document
 * can be checked against the JSON. Immutable and thread-safe; templates reach it as {@code f}.
 */
public final class Formats {
  /** Votes and shares that are fractions are written with at most this many decimals. */
  public static final int FRACTION_SCALE = 4;

  private final DateTimeFormatter dates;

  Formats(DocumentLanguage language) {
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  /** A date in full ({@code 12 mai 2026}), or an empty text for null. */
  public String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  /** An amount as {@code 1234.56 EUR}. */
  public String money(Money money) {
    Objects.requireNonNull(money, "money");
    return money.toPlainString() + " " + money.currency().getCurrencyCode();
  }

  /** An amount without its currency ({@code 1234.56}). */
  public String amount(Money money) {
    return money.toPlainString();
  }

  /**
   * An exact count of votes or shares as the API writes it ({@code 350}, or {@code 1001/3}); a
   * count that is not whole is preceded by its value to {@value #FRACTION_SCALE} decimals ({@code
   * 333.6667 (1001/3)}).
   */
  public String fraction(Fraction value) {
    String exact = value.toString();
    return exact.indexOf('/') < 0 ? exact : value.toPlainString(FRACTION_SCALE) + " (" + exact + ")";
  }

  /** A decimal as written, without an exponent. */
  public String decimal(BigDecimal value) {
    return value.stripTrailingZeros().scale() < 0
        ? value.setScale(0).toPlainString()
        : value.stripTrailingZeros().toPlainString();
  }
}
