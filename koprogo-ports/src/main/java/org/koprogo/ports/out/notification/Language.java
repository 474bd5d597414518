/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Locale;
import java.util.Optional;

/** The four languages a notification can be written in (Belgium's three official ones and English). */
public enum Language {
  /** French. */
  FRENCH("fr"),
  /** Dutch. */
  DUTCH("nl"),
  /** German. */
  GERMAN("de"),
  /** English. */
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /**
   * The ISO 639-1 code, also the WhatsApp template language code: {@code fr}, {@code nl}, {@code de}, {@code en}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The language of an ISO 639-1 code or of a language tag ({@code "fr"}, {@code "nl-BE"}).
   *
   * @param tag the code or tag
   * @return the language, or empty for any other language
   */
  public static Optional<Language> ofCode(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    for (Language language : values()) {
      if (language.code.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
