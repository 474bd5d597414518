/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of the public pages, each with the locale its dates and amounts are
 * formatted in. Dutch is the fallback.
 *
 * <p>The page's language is, in order: the {@code ?lang=} switch when it names one of the four;
 * otherwise the first of the four the browser's {@code Accept-Language} accepts, by quality
 * (ties in header order; {@code q=0} refuses a language); otherwise Dutch.
 */
public enum PageLanguage {
  FR("fr", Locale.forLanguageTag("fr-BE"), "Français"),
  NL("nl", Locale.forLanguageTag("nl-BE"), "Nederlands"),
  DE("de", Locale.forLanguageTag("de-BE"), "Deutsch"),
  EN("en", Locale.forLanguageTag("en-GB"), "English");

  /** The language used when neither the switch nor the browser names one of the four. */
  public static final PageLanguage FALLBACK = NL;

  private final String tag;
  private final Locale locale;
  private final String nativeName;

  PageLanguage(String tag, Locale locale, String nativeName) {
    this.tag = tag;
    this.locale = locale;
    this.nativeName = nativeName;
  }

  /** The BCP 47 tag written in {@code lang} attributes and {@code ?lang=} links ("fr"). */
  public String tag() {
    return tag;
  }

  /** The locale dates and amounts are formatted in (fr-BE, nl-BE, de-BE, en-GB). */
  public Locale locale() {
    return locale;
  }

  /** The language's name in itself ("Français"), as the switch shows it. */
  public String nativeName() {
    return nativeName;
  }

  /** The language whose tag is {@code tag} (case-insensitive, region ignored: "fr-BE" is FR). */
  public static Optional<PageLanguage> ofTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String primary = tag.trim().toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    for (PageLanguage l : values()) {
      if (l.tag.equals(primary)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The page's language.
   *
   * @param requested the {@code ?lang=} parameter, or null
   * @param acceptLanguage the {@code Accept-Language} header, or null
   */
  public static PageLanguage choose(String requested, String acceptLanguage) {
    return ofTag(requested).or(() -> fromAcceptLanguage(acceptLanguage)).orElse(FALLBACK);
  }

  /** The best of the four languages an {@code Accept-Language} header accepts, if any. */
  static Optional<PageLanguage> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    record Candidate(PageLanguage language, int quality, int position) {}
    List<Candidate> candidates = new ArrayList<>();
    String[] ranges = header.split(",");
    for (int i = 0; i < ranges.length; i++) {
      String[] parts = ranges[i].split(";");
      if (parts.length == 0) {
        continue; // a range of separators only (";;"): nothing to accept
      }
      int quality = 1000;
      for (int p = 1; p < parts.length; p++) {
        String param = parts[p].trim();
        if (param.startsWith("q=") || param.startsWith("Q=")) {
          quality = thousandths(param.substring(2).trim());
        }
      }
      int position = i;
      int q = quality;
      if (q > 0) {
        ofTag(parts[0]).ifPresent(l -> candidates.add(new Candidate(l, q, position)));
      }
    }
    return candidates.stream()
        .sorted((a, b) -> a.quality() != b.quality()
            ? Integer.compare(b.quality(), a.quality())
            : Integer.compare(a.position(), b.position()))
        .map(Candidate::language)
        .findFirst();
  }

  /** An RFC 9110 quality value ("0.8", "1", "0.125") in thousandths; malformed reads as 0. */
  static int thousandths(String q) {
    if (!q.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
      return 0;
    }
    if (q.startsWith("1")) {
      return 1000;
    }
    String decimals = q.length() > 2 ? q.substring(2) : "";
    return Integer.parseInt((decimals + "000").substring(0, 3));
  }
}
