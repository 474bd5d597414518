/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A notification to send: what happened (its key), to whom, and the named values the template
 * shows (for a call for funds: {@code building}, {@code amount}, {@code dueDate}, ...). The
 * adapter puts the values in its template's order and formats them in the recipient's language.
 *
 * @param key the business event and the person, never null
 * @param recipient the person's number and language, never null; its person is the key's
 * @param values the template's values by name, never null (copied)
 */
public record Notification(NotificationKey key, Recipient recipient, Map<String, TemplateValue> values) {
  /**
   * Checks the notification and copies its values.
   *
   * @param key the business event and the person, never null
   * @param recipient the person's number and language, never null; its person is the key's
   * @param values the template's values by name, never null (copied)
   * @throws IllegalArgumentException when the key's person is not the recipient
   */
  public Notification {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(values, "values");
    if (!key.person().equals(recipient.person())) {
      throw new IllegalArgumentException(
          "the key's person " + key.person() + " is not the recipient " + recipient.person());
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    values.forEach((name, value) -> {
      Objects.requireNonNull(name, "value name");
      Objects.requireNonNull(value, name);
    });
  }

  /**
   * The intent, from the key.
   *
   * @return the intent
   */
  public Intent intent() {
    return key.intent();
  }
}
