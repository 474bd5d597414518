/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * ISO 11649: the structured creditor reference {@code RF} + two check digits + a body of 1 to 21
 * letters and digits, the check digits computed by ISO 7064 MOD 97-10 (the same as the IBAN's):
 * move {@code RF} and the check digits behind the body, write each letter as two digits ({@code
 * A} = 10 ... {@code Z} = 35); the number must leave a remainder of 1 when divided by 97. Check
 * digits are therefore 02 to 98.
 *
 * <p>Immutable; {@code electronic} is upper case without spaces.
 *
 * @param electronic {@code RF}, the check digits and the body, no spaces
 */
public record CreditorReference(String electronic) implements PaymentReference {
  /** The longest body ISO 11649 allows. */
  public static final int MAX_BODY_LENGTH = 21;

  /**
   * Checks the reference.
   *
   * @param electronic {@code RF}, the check digits and the body, no spaces
   * @throws KoproGoException {@code INVALID_CREDITOR_REFERENCE} for a malformed reference, {@code
   *     INVALID_CHECK_DIGITS} for wrong check digits
   */
  public CreditorReference {
    Objects.requireNonNull(electronic, "electronic");
    validate(electronic, "reference", electronic);
  }

  /**
   * The creditor reference of {@code body}, its check digits computed.
   *
   * @param body 1 to 21 letters (upper case) and digits
   * @return the reference
   * @throws KoproGoException {@code INVALID_CREDITOR_REFERENCE}
   */
  public static CreditorReference of(String body) {
    Objects.requireNonNull(body, "body");
    if (!alphanumeric(body)) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_CREDITOR_REFERENCE, "body", body, "is not 1 to 21 upper-case letters and digits");
    }
    int check = 98 - mod97(body + "RF00");
    return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + body);
  }

  /**
   * Reads a creditor reference in its printed form ({@code RF18 5390 0754 7034}: spaces anywhere,
   * letters in either case) or its electronic form.
   *
   * @param text the text read
   * @param field the field path to name in errors
   * @return the reference
   * @throws KoproGoException {@code INVALID_CREDITOR_REFERENCE}, {@code INVALID_CHECK_DIGITS}
   */
  public static CreditorReference parse(String text, String field) {
    Objects.requireNonNull(text, "text");
    if (text.length() > PaymentReference.MAX_TEXT) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_CREDITOR_REFERENCE, field, text, "is longer than " + PaymentReference.MAX_TEXT + " characters");
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        b.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
      }
    }
    String electronic = b.toString();
    validate(electronic, field, text);
    return new CreditorReference(electronic);
  }

  private static void validate(String electronic, String field, String shown) {
    if (electronic.length() < 5
        || electronic.length() > 4 + MAX_BODY_LENGTH
        || !electronic.startsWith("RF")
        || !StructuredCommunication.allDigits(electronic.substring(2, 4))
        || !alphanumeric(electronic.substring(4))) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_CREDITOR_REFERENCE, field, shown,
          "is not RF, two check digits and 1 to 21 upper-case letters and digits");
    }
    int check = Integer.parseInt(electronic.substring(2, 4));
    if (check < 2 || check > 98 || mod97(electronic.substring(4) + electronic.substring(0, 4)) != 1) {
      throw PaymentReference.refused(ErrorCode.INVALID_CHECK_DIGITS, field, shown, "has wrong check digits");
    }
  }

  /** ISO 7064 MOD 97-10 of letters and digits, letters written as 10 to 35. */
  static int mod97(String s) {
    int r = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        r = (r * 10 + (c - '0')) % 97;
      } else {
        r = (r * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return r;
  }

  private static boolean alphanumeric(String s) {
    if (s.isEmpty() || s.length() > MAX_BODY_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The check digits.
   *
   * @return the two check digits
   */
  public String checkDigits() {
    return electronic.substring(2, 4);
  }

  /** The body, after the check digits. */
  @Override
  public String body() {
    return electronic.substring(4);
  }

  /** Groups of four characters separated by one space ({@code RF18 5390 0754 7034}). */
  @Override
  public String printed() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < electronic.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(electronic, i, Math.min(i + 4, electronic.length()));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return printed();
  }
}
