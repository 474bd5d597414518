/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The pages' texts in one language, read from {@code pages/i18n/pages_<tag>.properties} (UTF-8).
 * A key missing in a language falls back to Dutch; a test checks that no bundle misses one.
 *
 * <p>Placeholders are named ({@code {members}}) and replaced literally, so apostrophes need no
 * escaping (unlike {@link java.text.MessageFormat}). Immutable and thread-safe.
 */
final class PageTexts {
  private static final Map<PageLanguage, Properties> BUNDLES = load();

  private final PageLanguage language;

  private PageTexts(PageLanguage language) {
    this.language = language;
  }

  /** The texts of {@code language}. */
  static PageTexts of(PageLanguage language) {
    return new PageTexts(language);
  }

  PageLanguage language() {
    return language;
  }

  /**
   * The text of {@code key} with its placeholders replaced: {@code args} are name, value pairs.
   *
   * @throws IllegalArgumentException when no bundle has the key
   */
  String get(String key, String... args) {
    String text = find(key).orElseThrow(() -> new IllegalArgumentException("no text for " + key));
    for (int i = 0; i + 1 < args.length; i += 2) {
      text = text.replace("{" + args[i] + "}", args[i + 1]);
    }
    return text;
  }

  /** The text of {@code key}, if a bundle has it (the data's own labels may have none). */
  Optional<String> find(String key) {
    String text = BUNDLES.get(language).getProperty(key);
    if (text == null) {
      text = BUNDLES.get(PageLanguage.FALLBACK).getProperty(key);
    }
    return Optional.ofNullable(text);
  }

  /** The keys of {@code language}'s own bundle (for the completeness test). */
  static Set<String> keys(PageLanguage language) {
    return Collections.unmodifiableSet(BUNDLES.get(language).stringPropertyNames());
  }

  private static Map<PageLanguage, Properties> load() {
    Map<PageLanguage, Properties> bundles = new EnumMap<>(PageLanguage.class);
    for (PageLanguage l : PageLanguage.values()) {
      String path = "pages/i18n/pages_" + l.tag() + ".properties";
      try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing " + path);
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        bundles.put(l, p);
      } catch (IOException e) {
        throw new UncheckedIOException(path, e);
      }
    }
    return bundles;
  }
}
