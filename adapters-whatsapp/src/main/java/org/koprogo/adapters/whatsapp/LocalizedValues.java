/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

/**
 * Formats a template's values in the recipient's language, with fixed patterns (not the JDK's
 * locale data, which changes between releases), so that the text sent is the text tested.
 *
 * <ul>
 *   <li>French: {@code 1 234,56 €} (group separator U+202F narrow no-break space, then U+00A0
 *       no-break space before the symbol), dates {@code 15 mars 2026}, {@code 1er mars 2026};
 *   <li>Dutch: {@code € 1.234,56} (U+00A0 after the symbol), dates {@code 15 maart 2026};
 *   <li>German: {@code 1.234,56 €} (U+00A0 before the symbol), dates {@code 15. März 2026};
 *   <li>English: {@code €1,234.56}, dates {@code 15 March 2026}.
 * </ul>
 *
 * <p>The euro is written {@code €}; any other currency by its ISO code, separated by U+00A0
 * ({@code 1 234,56 CHF}, {@code CHF 1,234.56}). A negative amount takes a hyphen-minus before
 * its digits. Texts are sent as is, except that line breaks and tabs become spaces and runs of
 * spaces become one space (the Cloud API refuses them in template parameters).
 */
public final class LocalizedValues {
  /** U+202F NARROW NO-BREAK SPACE: the French group separator. */
  public static final char NARROW_NBSP = '\u202F';
  /** U+00A0 NO-BREAK SPACE: between an amount and its currency. */
  public static final char NBSP = '\u00A0';

  private static final String[] FRENCH_MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };
  private static final String[] DUTCH_MONTHS = {
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december"
  };
  private static final String[] GERMAN_MONTHS = {
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember"
  };
  private static final String[] ENGLISH_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private LocalizedValues() {}

  /** The value as the recipient reads it; never null. */
  public static String format(TemplateValue value, Language language) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(language, "language");
    if (value instanceof TemplateValue.Amount amount) {
      return amount(amount.amount(), language);
    }
    if (value instanceof TemplateValue.Day day) {
      return date(day.date(), language);
    }
    return text(((TemplateValue.Text) value).text());
  }

  /** An amount in the language's pattern ({@code 1 234,56 €} in French). */
  public static String amount(Money money, Language language) {
    Currency currency = money.currency();
    int digits = Money.digits(currency);
    long minor = money.minorUnits();
    boolean negative = minor < 0;
    String magnitude = Long.toString(minor).replace("-", "");
    while (magnitude.length() <= digits) {
      magnitude = "0" + magnitude;
    }
    String units = magnitude.substring(0, magnitude.length() - digits);
    String fraction = magnitude.substring(magnitude.length() - digits);
    char group;
    char decimal;
    switch (language) {
      case FRENCH -> {
        group = NARROW_NBSP;
        decimal = ',';
      }
      case DUTCH, GERMAN -> {
        group = '.';
        decimal = ',';
      }
      default -> {
        group = ',';
        decimal = '.';
      }
    }
    StringBuilder number = new StringBuilder();
    if (negative) {
      number.append('-');
    }
    number.append(grouped(units, group));
    if (digits > 0) {
      number.append(decimal).append(fraction);
    }
    boolean euro = "EUR".equals(currency.getCurrencyCode());
    String symbol = euro ? "€" : currency.getCurrencyCode();
    return switch (language) {
      case FRENCH, GERMAN -> number + String.valueOf(NBSP) + symbol;
      case DUTCH -> symbol + NBSP + number;
      case ENGLISH -> negative
          ? "-" + symbol + (euro ? "" : String.valueOf(NBSP)) + number.substring(1)
          : symbol + (euro ? "" : String.valueOf(NBSP)) + number;
    };
  }

  /** A date in the language's long form ({@code 15 mars 2026}, {@code 1er mars 2026} in French). */
  public static String date(LocalDate date, Language language) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue() - 1;
    int year = date.getYear();
    return switch (language) {
      case FRENCH -> (day == 1 ? "1er" : Integer.toString(day)) + " " + FRENCH_MONTHS[month] + " " + year;
      case DUTCH -> day + " " + DUTCH_MONTHS[month] + " " + year;
      case GERMAN -> day + ". " + GERMAN_MONTHS[month] + " " + year;
      case ENGLISH -> day + " " + ENGLISH_MONTHS[month] + " " + year;
    };
  }

  /** A text as a template parameter: no line break, no tab, no run of spaces. */
  public static String text(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").strip();
  }

  private static String grouped(String units, char group) {
    StringBuilder out = new StringBuilder();
    int lead = units.length() % 3;
    if (lead == 0) {
      lead = 3;
    }
    out.append(units, 0, lead);
    for (int i = lead; i < units.length(); i += 3) {
      out.append(group).append(units, i, i + 3);
    }
    return out.toString();
  }
}
