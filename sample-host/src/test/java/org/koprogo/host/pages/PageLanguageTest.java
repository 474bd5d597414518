/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

  @Test
  void takesTheSwitchBeforeTheBrowsersLanguages() {
    PageLanguage language = PageLanguage.choose("de", "fr-BE,fr;q=0.9");

    assertThat(language).isEqualTo(PageLanguage.DE);
  }

  @Test
  void takesTheBrowsersPreferredLanguageAmongTheFour() {
    PageLanguage language = PageLanguage.choose(null, "es-ES,es;q=0.9,fr;q=0.8,en;q=0.7");

    assertThat(language).isEqualTo(PageLanguage.FR);
  }

  @Test
  void ordersTheBrowsersLanguagesByQualityNotByPosition() {
    PageLanguage language = PageLanguage.choose(null, "en;q=0.5, de;q=0.8");

    assertThat(language).isEqualTo(PageLanguage.DE);
  }

  @Test
  void keepsTheHeaderOrderBetweenEqualQualities() {
    PageLanguage language = PageLanguage.choose(null, "en-GB, fr-BE");

    assertThat(language).isEqualTo(PageLanguage.EN);
  }

  @Test
  void neverTakesALanguageTheBrowserRefusesWithQualityZero() {
    PageLanguage language = PageLanguage.choose(null, "fr;q=0, en;q=0.1");

    assertThat(language).isEqualTo(PageLanguage.EN);
  }

  @Test
  void fallsBackToDutchWithoutAnyOfTheFour() {
    assertThat(PageLanguage.choose(null, null)).isEqualTo(PageLanguage.NL);
    assertThat(PageLanguage.choose("it", "es, *;q=0.5")).isEqualTo(PageLanguage.NL);
    assertThat(PageLanguage.choose("", "")).isEqualTo(PageLanguage.NL);
  }

  @Test
  void ignoresAnUnknownSwitchAndUsesTheBrowser() {
    PageLanguage language = PageLanguage.choose("xx", "de-DE");

    assertThat(language).isEqualTo(PageLanguage.DE);
  }

  @Test
  void readsMalformedQualitiesAsARefusal() {
    assertThat(PageLanguage.thousandths("0.8")).isEqualTo(800);
    assertThat(PageLanguage.thousandths("1")).isEqualTo(1000);
    assertThat(PageLanguage.thousandths("0.125")).isEqualTo(125);
    assertThat(PageLanguage.thousandths("1.5")).isZero();
    assertThat(PageLanguage.thousandths("abc")).isZero();
    assertThat(PageLanguage.choose(null, "fr;q=high, de;q=0.2")).isEqualTo(PageLanguage.DE);
  }

  @Test
  void fallsBackToDutchOnAHeaderOfSeparatorsOnly() {
    PageLanguage language = PageLanguage.choose(null, "!!!,;;,en;");

    assertThat(language).isEqualTo(PageLanguage.EN);
    assertThat(PageLanguage.choose(null, ";")).isEqualTo(PageLanguage.NL);
  }
}
