/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Map;

/**
 * The words of a notice in a language, for a channel that shows text the library writes (the
 * in-app inbox): the host's template catalogue (the sample host uses the email templates, the
 * same sentences as the WhatsApp templates). Implementations are thread-safe.
 */
@FunctionalInterface
public interface NoticeTexts {

  /**
   * The notice's text.
   *
   * @param intent what the notice says, never null
   * @param language the recipient's language, never null
   * @param values the template's values by name, never null
   * @return the text in {@code language}, never null
   * @throws IllegalArgumentException when a value the text needs is missing
   */
  String text(Intent intent, Language language, Map<String, TemplateValue> values);
}
