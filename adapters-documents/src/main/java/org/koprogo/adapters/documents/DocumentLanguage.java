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

  /**
   * The first of the four languages an HTTP {@code Accept-Language} header names ({@code
   * de-BE,fr;q=0.8} gives German, {@code es,fr;q=0.5} French), Dutch when it names none of them
   * or is missing. Entries are read in the order written (browsers write them by preference); at
   * most the first 20 entries of a header of at most 1000 characters are read.
   */
  public static DocumentLanguage fromAcceptLanguage(String header) {
    if (header == null || header.isBlank() || header.length() > 1000) {
      return FALLBACK;
    }
    String[] entries = header.split(",", 21);
    for (int i = 0; i < Math.min(entries.length, 20); i++) {
      String tag = entries[i].split(";", 2)[0].trim();
      DocumentLanguage l = of(tag);
      if (l != FALLBACK || "nl".equalsIgnoreCase(tag) || tag.toLowerCase(java.util.Locale.ROOT).startsWith("nl-")) {
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
