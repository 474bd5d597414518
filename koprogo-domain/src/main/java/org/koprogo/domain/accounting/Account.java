/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One account of the chart: its number (one to eight digits; its first digit is its class, 1 to
 * 7), its name and its nature. Immutable.
 *
 * @param number the account number, {@code "550"}
 * @param name its name in the chart
 * @param nature where its balance goes
 */
public record Account(String number, String name, AccountNature nature) {
  /**
   * Checks the account.
   *
   * @param number the account number, {@code "550"}
   * @param name its name in the chart
   * @param nature where its balance goes
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for a number that is not 1 to 8 digits
   *     starting with 1 to 7
   */
  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nature, "nature");
    checkNumber(number, "account");
  }

  /**
   * The class of the account, 1 to 7: its first digit.
   *
   * @return the class
   */
  public int accountClass() {
    return number.charAt(0) - '0';
  }

  /** Refuses what is not one to eight digits with a first digit of 1 to 7. */
  static String checkNumber(String number, String field) {
    if (number == null
        || number.isEmpty()
        || number.length() > 8
        || number.charAt(0) < '1'
        || number.charAt(0) > '7'
        || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      String shown = number == null ? "null" : number.length() > 16 ? number.substring(0, 16) + "..." : number;
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_ACCOUNT, field + ": '" + shown + "' is not an account number of classes 1 to 7",
          "field", field, "value", shown);
    }
    return number;
  }
}
