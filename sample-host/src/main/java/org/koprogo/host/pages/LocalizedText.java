/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text the data brings in several languages (a resolution's title). Shown in the page's
 * language, else in Dutch, else in the first language it has.
 *
 * @param texts the text by language, at least one; copied
 */
public record LocalizedText(Map<PageLanguage, String> texts) {
  public LocalizedText {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    texts = Collections.unmodifiableMap(new EnumMap<>(texts));
  }

  /** The same text in French, Dutch, German and English. */
  public static LocalizedText of(String fr, String nl, String de, String en) {
    return new LocalizedText(Map.of(
        PageLanguage.FR, fr, PageLanguage.NL, nl, PageLanguage.DE, de, PageLanguage.EN, en));
  }

  /** The text in {@code language}, or its fallback. */
  public String in(PageLanguage language) {
    String text = texts.get(language);
    if (text == null) {
      text = texts.get(PageLanguage.FALLBACK);
    }
    return text != null ? text : texts.values().iterator().next();
  }

  /** The language {@link #in} answers in, for the {@code lang} attribute of the text. */
  public PageLanguage languageFor(PageLanguage language) {
    if (texts.containsKey(language)) {
      return language;
    }
    return texts.containsKey(PageLanguage.FALLBACK)
        ? PageLanguage.FALLBACK
        : texts.keySet().iterator().next();
  }
}
