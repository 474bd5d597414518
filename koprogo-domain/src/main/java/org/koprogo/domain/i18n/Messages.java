/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The library's user-facing texts in French, Dutch, German and English: names of community
 * modules, statuses and kinds, and one explanation per {@link ErrorCode}.
 *
 * <p>A language the library does not have falls back to the configured fallback (English unless
 * said otherwise), then to English; the machine's default locale never plays a part. Immutable and
 * thread-safe.
 */
public final class Messages {
  /** The languages the library speaks, as ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");

  private static final String BUNDLE = "org.koprogo.domain.i18n.messages";

  private final String language;
  private final ResourceBundle bundle;
  private final ResourceBundle english;

  private Messages(String language) {
    this.language = language;
    this.bundle = bundle(language);
    this.english = bundle("en");
  }

  /**
   * One of the library's bundles. English is the base file, asked for as {@link Locale#ROOT}; the
   * other languages each have their file. {@code getBundle} falls back to the machine's default
   * locale only when it finds nothing but the base file for a locale other than the one asked
   * for, which never happens for these four. (A {@code ResourceBundle.Control} would say so
   * explicitly, but a named module may not use one: the library runs on the module path too.)
   */
  private static ResourceBundle bundle(String language) {
    Locale locale = language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
    return ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * The texts in {@code language} (an ISO 639-1 code or a language tag such as {@code nl-BE}),
   * or in {@code fallback} when the library does not speak it.
   *
   * @param language the language asked for, or null
   * @param fallback the language used when that one is not spoken
   * @return the texts
   */
  public static Messages of(String language, String fallback) {
    Objects.requireNonNull(fallback, "fallback");
    String lang = language == null ? "" : Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
    if (LANGUAGES.contains(lang)) {
      return new Messages(lang);
    }
    return new Messages(LANGUAGES.contains(fallback) ? fallback : "en");
  }

  /**
   * The texts in {@code language}, falling back to English.
   *
   * @param language the language asked for, or null
   * @return the texts
   */
  public static Messages of(String language) {
    return of(language, "en");
  }

  /**
   * The language these texts are in.
   *
   * @return the ISO 639-1 code
   */
  public String language() {
    return language;
  }

  /**
   * The text of {@code key} with its {@link MessageFormat} arguments, or the key when unknown.
   *
   * @param key the message key
   * @param args the arguments
   * @return the text
   */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      try {
        pattern = english.getString(key);
      } catch (MissingResourceException e2) {
        return key;
      }
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
  }

  /**
   * The explanation of an error code.
   *
   * @param code the error code
   * @return its explanation
   */
  public String error(ErrorCode code) {
    return text("error." + code.name());
  }

  /**
   * The explanation of an exception's code, followed by its technical detail.
   *
   * @param e the exception
   * @return the explanation
   */
  public String describe(KoproGoException e) {
    return error(e.code()) + " (" + e.reason() + ")";
  }

  /**
   * The name of an enum constant: the key is the enum's simple name, a dot, the constant.
   *
   * @param value the constant
   * @return its name in this language
   */
  public String name(Enum<?> value) {
    return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}
