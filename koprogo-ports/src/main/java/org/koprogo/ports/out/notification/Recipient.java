/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.Objects;

/**
 * Who receives a notification, on which number, in which language.
 *
 * @param person the person, whose consent is checked, never null
 * @param phone the WhatsApp number, or null for a person reached by a channel that needs none
 *     (email: {@link #withoutPhone}); the WhatsApp adapter does not queue without it
 * @param language the language the person reads, never null
 */
public record Recipient(PersonId person, PhoneNumber phone, Language language) {
  /**
   * Checks that the person and the language are given.
   *
   * @param person the person, whose consent is checked, never null
   * @param phone the WhatsApp number, null only for a channel that needs none (email)
   * @param language the language the person reads, never null
   */
  public Recipient {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(language, "language");
  }

  /**
   * A recipient without a phone number (reached by email).
   *
   * @param person never null
   * @param language never null
   * @return the recipient, whose {@link #phone()} is null
   */
  public static Recipient withoutPhone(PersonId person, Language language) {
    return new Recipient(person, null, language);
  }
}
