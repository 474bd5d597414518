/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.Objects;

/**
 * The personal data held about a person (an owner or a member): everything here is erased by a
 * GDPR erasure (art. 17), and nothing personal is kept anywhere else but in these fields.
 *
 * @param name full name (or a legal entity's name)
 * @param email e-mail address, may be empty
 * @param phone phone number in E.164 form, may be empty
 * @param postalAddress postal address, may be empty
 */
public record PersonalDetails(String name, String email, String phone, String postalAddress) {
  /** What an erased person's details become. */
  public static final PersonalDetails ERASED = new PersonalDetails("(erased)", "", "", "");

  /**
   * Checks that every part is given.
   *
   * @param name full name (or a legal entity's name)
   * @param email e-mail address, may be empty
   * @param phone phone number in E.164 form, may be empty
   * @param postalAddress postal address, may be empty
   */
  public PersonalDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(postalAddress, "postalAddress");
  }
}
