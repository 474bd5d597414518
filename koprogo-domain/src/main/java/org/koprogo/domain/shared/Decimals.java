/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import java.math.BigDecimal;

/**
 * The strict plain-decimal text format of the library: an optional minus sign, digits, and
 * optionally a point followed by digits ({@code "12"}, {@code "-0.50"}, {@code "1000.125"}).
 *
 * <p>Anything else ({@code "12,50"}, {@code "1e3"}, {@code " 1"}, {@code "+1"}, {@code ".5"},
 * {@code "1."}) is refused with {@link ErrorCode#INVALID_NUMBER}.
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Parses a plain decimal exactly (the scale is the number of digits after the point).
   *
   * @param text the text, never null
   * @param field the field's name, for the error
   * @return the exact value, never null
   * @throws KoproGoException {@code INVALID_NUMBER} when the text is not a plain decimal
   */
  public static BigDecimal parse(String text, String field) {
    if (!isPlainDecimal(text)) {
      throw KoproGoException.of(
          ErrorCode.INVALID_NUMBER,
          "'" + text + "' in " + field + " is not a plain decimal number",
          "field",
          field,
          "value",
          text);
    }
    return new BigDecimal(text);
  }

  /**
   * Whether {@code text} is in the strict plain-decimal format.
   *
   * @param text the text, not null
   * @return true for a plain decimal such as {@code "-12.50"}
   */
  public static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      fraction++;
    }
    return fraction > 0 && i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
