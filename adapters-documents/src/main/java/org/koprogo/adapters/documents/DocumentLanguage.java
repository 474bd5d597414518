/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.util.Locale;

/**
 * The language of a document: French, Dutch, German or English. A language the documents do not
 * speak (or none) gives Dutch, as the public pages do: the majority language of the country.
 */
public enum DocumentLanguage {
  FR("fr"),
  NL("nl"),
  DE("de"),
  EN("en");

  /** The language of a document whose reader's language is unknown. */
  public static final DocumentLanguage FALLBACK = NL;

  private final String code;
  private final Locale locale;

  DocumentLanguage(String code) {
    this.code = code;
    this.locale = Locale.forLanguageTag(code);
  }

  /**
   * The language of {@code tag} (an ISO 639-1 code or a language tag such as {@code fr-BE}),
   * Dutch when it is null, blank, malformed or not one of the four.
   */
  public static DocumentLanguage of(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return FALLBACK;
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    for (DocumentLanguage l : values()) {
      if (l.code.equals(language)) {
        return l;
      }
    }
    return FALLBACK;
  }

  /** The ISO 639-1 code, as written in the document's {@code lang} attribute. */
  public String code() {
    return code;
  }

  /** The locale of dates and texts. */
  public Locale locale() {
    return locale;
  }
}
