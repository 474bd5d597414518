/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Belgian banking standard: the structured communication (gestructureerde mededeling,
 * communication structurée) {@code +++ddd/dddd/ddddd+++}: ten digits and two check digits, the
 * remainder of the ten digits divided by 97, or 97 when that remainder is 0.
 *
 * <p>Every single-digit error and every transposition of two adjacent digits is detected (97 is
 * a prime greater than 10; {@code StructuredCommunicationProperties} checks it). Immutable.
 *
 * @param digits the twelve digits, body then check digits
 */
public record StructuredCommunication(String digits) implements PaymentReference {
  /** The largest body: ten nines. */
  public static final long MAX_BODY = 9_999_999_999L;

  /**
   * Checks the digits.
   *
   * @param digits the twelve digits, body then check digits
   * @throws KoproGoException {@code INVALID_STRUCTURED_COMMUNICATION} for anything but twelve
   *     digits, {@code INVALID_CHECK_DIGITS} for wrong check digits
   */
  public StructuredCommunication {
    Objects.requireNonNull(digits, "digits");
    if (digits.length() != 12 || !allDigits(digits)) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_STRUCTURED_COMMUNICATION, "reference", digits, "is not twelve digits");
    }
    long body = Long.parseLong(digits.substring(0, 10));
    int check = Integer.parseInt(digits.substring(10));
    if (check != checkOf(body)) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_CHECK_DIGITS, "reference", digits,
          "has check digits " + digits.substring(10) + " where its body gives " + twoDigits(checkOf(body)));
    }
  }

  /**
   * The communication of {@code body}, its check digits computed.
   *
   * @param body between 0 and {@link #MAX_BODY}
   * @return the communication
   * @throws KoproGoException {@code REFERENCE_OUT_OF_RANGE}
   */
  public static StructuredCommunication of(long body) {
    if (body < 0 || body > MAX_BODY) {
      throw KoproGoException.of(
          ErrorCode.REFERENCE_OUT_OF_RANGE, "a structured communication carries 0 to " + MAX_BODY + ", not " + body,
          "field", "body", "value", body);
    }
    return new StructuredCommunication(String.format("%010d", body) + twoDigits(checkOf(body)));
  }

  /**
   * Reads {@code +++ddd/dddd/ddddd+++}, the same between asterisks ({@code ***...***}, as some
   * banks print it), or the twelve digits alone (as CODA and camt.053 carry it).
   *
   * @param text the text read
   * @param field the field path to name in errors
   * @return the communication
   * @throws KoproGoException {@code INVALID_STRUCTURED_COMMUNICATION}, {@code INVALID_CHECK_DIGITS}
   */
  public static StructuredCommunication parse(String text, String field) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    String digits;
    if (t.length() == 12 && allDigits(t)) {
      digits = t;
    } else if (t.length() == 20 && framed(t, '+') || t.length() == 20 && framed(t, '*')) {
      String inner = t.substring(3, 17);
      if (inner.charAt(3) != '/' || inner.charAt(8) != '/') {
        throw PaymentReference.refused(
            ErrorCode.INVALID_STRUCTURED_COMMUNICATION, field, text, "is not +++ddd/dddd/ddddd+++");
      }
      digits = inner.substring(0, 3) + inner.substring(4, 8) + inner.substring(9);
      if (!allDigits(digits)) {
        throw PaymentReference.refused(
            ErrorCode.INVALID_STRUCTURED_COMMUNICATION, field, text, "is not +++ddd/dddd/ddddd+++");
      }
    } else {
      throw PaymentReference.refused(
          ErrorCode.INVALID_STRUCTURED_COMMUNICATION, field, text, "is not +++ddd/dddd/ddddd+++");
    }
    long body = Long.parseLong(digits.substring(0, 10));
    int check = Integer.parseInt(digits.substring(10));
    if (check != checkOf(body)) {
      throw PaymentReference.refused(
          ErrorCode.INVALID_CHECK_DIGITS, field, text,
          "has check digits " + digits.substring(10) + " where its body gives " + twoDigits(checkOf(body)));
    }
    return new StructuredCommunication(digits);
  }

  /**
   * The check number of a body: {@code body mod 97}, or 97 when that is 0.
   *
   * @param body the body
   * @return the check number, 1 to 97
   */
  public static int checkOf(long body) {
    int r = (int) (body % 97);
    return r == 0 ? 97 : r;
  }

  /** The ten digits before the check digits. */
  @Override
  public String body() {
    return digits.substring(0, 10);
  }

  @Override
  public String electronic() {
    return digits;
  }

  @Override
  public String printed() {
    return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
  }

  @Override
  public String toString() {
    return printed();
  }

  private static boolean framed(String t, char c) {
    for (int i = 0; i < 3; i++) {
      if (t.charAt(i) != c || t.charAt(t.length() - 1 - i) != c) {
        return false;
      }
    }
    return true;
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
