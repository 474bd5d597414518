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
 * {@code "1."}) is refused with {@link ErrorCode#INVALID_NUMBER}, and so is a text longer than
 * {@value #MAX_LENGTH} characters (RULES.md version 2): the bound is checked before anything is
 * computed, so no input can make a parse or the arithmetic after it expensive.
 */
public final class Decimals {
  /** The longest decimal text accepted, sign and point included (RULES.md version 2). */
  public static final int MAX_LENGTH = 64;

  private Decimals() {}

  /**
   * Parses a plain decimal exactly (the scale is the number of digits after the point).
   *
   * @param text the text, never null
   * @param field the field's name, for the error
   * @return the exact value, never null
   * @throws KoproGoException {@code INVALID_NUMBER} when the text is not a plain decimal of at
   *     most {@value #MAX_LENGTH} characters
   */
  public static BigDecimal parse(String text, String field) {
    if (!isPlainDecimal(text)) {
      String shown = shown(text);
      throw KoproGoException.of(
          ErrorCode.INVALID_NUMBER,
          text.length() > MAX_LENGTH
              ? "the number in " + field + " has " + text.length() + " characters (at most "
                  + MAX_LENGTH + ")"
              : "'" + shown + "' in " + field + " is not a plain decimal number",
          "field",
          field,
          "value",
          shown);
    }
    return new BigDecimal(text);
  }

  /**
   * The text as an error may quote it: cut after {@value #MAX_LENGTH} characters.
   *
   * @param text the text, not null
   * @return the text, or its first {@value #MAX_LENGTH} characters and {@code "..."}
   */
  public static String shown(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
  }

  /**
   * Whether {@code text} is in the strict plain-decimal format and at most {@value #MAX_LENGTH}
   * characters long.
   *
   * @param text the text, not null
   * @return true for a plain decimal such as {@code "-12.50"}
   */
  public static boolean isPlainDecimal(String text) {
    int n = text.length();
    if (n > MAX_LENGTH) {
      return false;
    }
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
