/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.TemplateValue;

class LocalizedValuesTest {
  private static final Money AMOUNT = Money.ofMinor(Money.EUR, 123_456);

  @Test
  void writesFrenchAmountsWithANarrowNoBreakSpaceGroupAndANoBreakSpaceBeforeTheEuro() {
    String text = LocalizedValues.amount(AMOUNT, Language.FRENCH);

    assertThat(text).isEqualTo("1\u202F234,56\u00A0€");
  }

  @Test
  void writesDutchAmountsWithTheEuroFirst() {
    String text = LocalizedValues.amount(AMOUNT, Language.DUTCH);

    assertThat(text).isEqualTo("€\u00A01.234,56");
  }

  @Test
  void writesGermanAmountsWithDotGroups() {
    String text = LocalizedValues.amount(AMOUNT, Language.GERMAN);

    assertThat(text).isEqualTo("1.234,56\u00A0€");
  }

  @Test
  void writesEnglishAmountsWithTheEuroAttached() {
    String text = LocalizedValues.amount(AMOUNT, Language.ENGLISH);

    assertThat(text).isEqualTo("€1,234.56");
  }

  @Test
  void groupsMillionsAndKeepsLeadingZeroCents() {
    Money money = Money.ofMinor(Money.EUR, 123_456_789_05L);

    assertThat(LocalizedValues.amount(money, Language.FRENCH)).isEqualTo("123\u202F456\u202F789,05\u00A0€");
    assertThat(LocalizedValues.amount(money, Language.ENGLISH)).isEqualTo("€123,456,789.05");
    assertThat(LocalizedValues.amount(Money.ofMinor(Money.EUR, 7), Language.GERMAN)).isEqualTo("0,07\u00A0€");
    assertThat(LocalizedValues.amount(Money.ofMinor(Money.EUR, 99_900), Language.DUTCH)).isEqualTo("€\u00A0999,00");
  }

  @Test
  void putsTheMinusBeforeTheDigits() {
    Money refund = Money.ofMinor(Money.EUR, -123_456);

    assertThat(LocalizedValues.amount(refund, Language.FRENCH)).isEqualTo("-1\u202F234,56\u00A0€");
    assertThat(LocalizedValues.amount(refund, Language.DUTCH)).isEqualTo("€\u00A0-1.234,56");
    assertThat(LocalizedValues.amount(refund, Language.ENGLISH)).isEqualTo("-€1,234.56");
  }

  @Test
  void writesOtherCurrenciesByTheirCode() {
    Money francs = Money.ofMinor(Money.currency("CHF"), 123_456);
    Money yen = Money.ofMinor(Money.currency("JPY"), 123_456);

    assertThat(LocalizedValues.amount(francs, Language.FRENCH)).isEqualTo("1\u202F234,56\u00A0CHF");
    assertThat(LocalizedValues.amount(francs, Language.ENGLISH)).isEqualTo("CHF\u00A01,234.56");
    assertThat(LocalizedValues.amount(yen, Language.GERMAN)).isEqualTo("123.456\u00A0JPY");
  }

  @Test
  void writesDatesInEachLanguagesLongForm() {
    LocalDate date = LocalDate.of(2026, 3, 15);

    assertThat(LocalizedValues.date(date, Language.FRENCH)).isEqualTo("15 mars 2026");
    assertThat(LocalizedValues.date(date, Language.DUTCH)).isEqualTo("15 maart 2026");
    assertThat(LocalizedValues.date(date, Language.GERMAN)).isEqualTo("15. März 2026");
    assertThat(LocalizedValues.date(date, Language.ENGLISH)).isEqualTo("15 March 2026");
  }

  @Test
  void writesTheFirstOfTheMonthAsPremierInFrench() {
    LocalDate date = LocalDate.of(2026, 8, 1);

    assertThat(LocalizedValues.date(date, Language.FRENCH)).isEqualTo("1er août 2026");
    assertThat(LocalizedValues.date(date, Language.DUTCH)).isEqualTo("1 augustus 2026");
  }

  @Test
  void flattensLineBreaksTabsAndSpaceRunsInTexts() {
    String text = LocalizedValues.format(TemplateValue.text("Rue  de la\nLoi\t16 "), Language.FRENCH);

    assertThat(text).isEqualTo("Rue de la Loi 16");
  }
}
