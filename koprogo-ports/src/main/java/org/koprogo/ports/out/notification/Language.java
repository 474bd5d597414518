/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Locale;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The four languages a notification or a document can be written in (Belgium's three official
 * ones and English); also a person's language as stored with their details, by its stable {@link
 * #code()}.
 */
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

  /**
   * The language of a stored or received code: exactly {@code fr}, {@code nl}, {@code de} or
   * {@code en} (no tag, no other case), as a person's language is stored and exchanged.
   *
   * @param code the code
   * @param field the field path reported in an error ({@code "language"})
   * @return the language, never null
   * @throws KoproGoException {@code MISSING_FIELD} when {@code code} is null or blank, {@code
   *     INVALID_FIELD} naming {@code field} when it is none of the four codes
   */
  public static Language parse(String code, String field) {
    if (code == null || code.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    String shown = code.length() > 64 ? code.substring(0, 64) + "..." : code;
    throw KoproGoException.of(ErrorCode.INVALID_FIELD,
        field + " '" + shown + "' is not one of fr, nl, de, en", "field", field, "value", shown);
  }

  /**
   * The language of a stored code, or null for null (a person whose language is unknown).
   *
   * @param code the stored code, or null
   * @return the language, or null
   * @throws KoproGoException {@code INVALID_FIELD} for a code that is none of the four
   */
  public static Language ofStored(String code) {
    return code == null ? null : parse(code, "language");
  }
}
