/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.koprogo.ports.out.notification.Language;

/**
 * Which template language a recipient gets: their own language if the organisation registered
 * its templates in it, otherwise the organisation's fallback language.
 *
 * @param registered the languages the organisation registered its templates in, not empty
 * @param fallback the language used for everyone else; one of {@code registered}
 */
public record TemplateLanguages(Set<Language> registered, Language fallback) {
  public TemplateLanguages {
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(fallback, "fallback");
    registered = Set.copyOf(registered);
    if (!registered.contains(fallback)) {
      throw new IllegalArgumentException("the fallback " + fallback + " is not among " + registered);
    }
  }

  /** All four languages registered, English as the fallback. */
  public static TemplateLanguages allFour() {
    return new TemplateLanguages(EnumSet.allOf(Language.class), Language.ENGLISH);
  }

  /** The language to send to someone who reads {@code preferred}. */
  public Language choose(Language preferred) {
    return preferred != null && registered.contains(preferred) ? preferred : fallback;
  }
}
