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
 * @param phone the WhatsApp number, never null
 * @param language the language the person reads, never null
 */
public record Recipient(PersonId person, PhoneNumber phone, Language language) {
  /**
   * Checks that every part is given.
   *
   * @param person the person, whose consent is checked, never null
   * @param phone the WhatsApp number, never null
   * @param language the language the person reads, never null
   */
  public Recipient {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(language, "language");
  }
}
