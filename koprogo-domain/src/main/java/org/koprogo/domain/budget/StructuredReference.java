/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A Belgian structured communication (communication structurée, gestructureerde mededeling), the
 * payment reference a bank matches automatically: ten digits and two check digits, the remainder
 * of the ten digits divided by 97 (97 when the remainder is 0), written {@code
 * +++123/4567/89002+++}. Immutable.
 *
 * @param digits the twelve digits, check digits last
 */
public record StructuredReference(String digits) {
  /** The largest base a reference can carry (ten digits). */
  public static final long MAX_BASE = 9_999_999_999L;

  public StructuredReference {
    if (digits == null || !digits.matches("[0-9]{12}")) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "a structured communication has 12 digits: " + digits, "field", "reference", "value", String.valueOf(digits));
    }
    long base = Long.parseLong(digits.substring(0, 10));
    if (check(base) != Integer.parseInt(digits.substring(10))) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "the check digits of " + digits + " are not " + check(base), "field", "reference", "value", digits);
    }
  }

  /** The reference of {@code base} (0 to {@value #MAX_BASE}), with its check digits. */
  public static StructuredReference of(long base) {
    if (base < 0 || base > MAX_BASE) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "a structured communication carries 0 to "
          + MAX_BASE + ", not " + base, "field", "reference", "value", Long.toString(base));
    }
    return new StructuredReference(String.format("%010d%02d", base, check(base)));
  }

  /**
   * The reference of one call for funds: the budget's year, the period (two digits) and the lot's
   * place in the plan (four digits, from 1), so that each lot's call of each period has its own.
   */
  public static StructuredReference ofCall(int year, int period, int lotNumber) {
    if (year < 0 || year > 9999 || period < 0 || period > 99 || lotNumber < 0 || lotNumber > 9999) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "year " + year + ", period " + period
          + " and lot number " + lotNumber + " do not fit 4, 2 and 4 digits", "field", "reference",
          "value", year + "/" + period + "/" + lotNumber);
    }
    return of(year * 1_000_000L + period * 10_000L + lotNumber);
  }

  /** The check digits of {@code base}: its remainder modulo 97, 97 for 0. */
  static int check(long base) {
    int r = (int) (base % 97);
    return r == 0 ? 97 : r;
  }

  /** The reference as printed: {@code +++123/4567/89002+++}. */
  public String formatted() {
    return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
  }

  @Override
  public String toString() {
    return formatted();
  }
}
