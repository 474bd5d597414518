/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.notification.Language;

/**
 * The personal data held about a person (an owner or a member): everything here is erased by a
 * GDPR erasure (art. 17), and nothing personal is kept anywhere else but in these fields.
 *
 * @param name full name (or a legal entity's name)
 * @param email e-mail address, may be empty
 * @param phone phone number in E.164 form, may be empty
 * @param postalAddress postal address, may be empty
 * @param language the language the person reads (their notices and documents are written in it),
 *     or null when unknown (the organisation's default language is used)
 */
public record PersonalDetails(String name, String email, String phone, String postalAddress, Language language) {
  /** What an erased person's details become (the language too is forgotten). */
  public static final PersonalDetails ERASED = new PersonalDetails("(erased)", "", "", "", null);

  /**
   * Checks that every part is given.
   *
   * @param name full name (or a legal entity's name)
   * @param email e-mail address, may be empty
   * @param phone phone number in E.164 form, may be empty
   * @param postalAddress postal address, may be empty
   * @param language the language the person reads, or null when unknown
   */
  public PersonalDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(postalAddress, "postalAddress");
  }

  /**
   * Details whose language is unknown.
   *
   * @param name full name (or a legal entity's name)
   * @param email e-mail address, may be empty
   * @param phone phone number in E.164 form, may be empty
   * @param postalAddress postal address, may be empty
   */
  public PersonalDetails(String name, String email, String phone, String postalAddress) {
    this(name, email, phone, postalAddress, null);
  }

  /**
   * These details with {@code language}.
   *
   * @param language the language, or null when unknown
   * @return the details
   */
  public PersonalDetails withLanguage(Language language) {
    return new PersonalDetails(name, email, phone, postalAddress, language);
  }

  /**
   * The language a notice or a document for this person is written in: theirs, else {@code
   * fallback} (the organisation's default language). The one place where an unknown language
   * becomes the default.
   *
   * @param fallback the default language, never null
   * @return the language, never null
   */
  public Language languageOr(Language fallback) {
    return Optional.ofNullable(language).orElse(Objects.requireNonNull(fallback, "fallback"));
  }
}
