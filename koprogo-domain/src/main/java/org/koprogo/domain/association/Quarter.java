/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A calendar quarter: {@code 2026-Q1} is January to March 2026.
 *
 * @param year the year
 * @param number 1 to 4 ({@code INVALID_FIELD} otherwise)
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
  /** The number of months in a quarter. */
  public static final int MONTHS = 3;

  /**
   * Checks the quarter.
   *
   * @param year the year
   * @param number 1 to 4 ({@code INVALID_FIELD} otherwise)
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code quarter}) for a number other than
   *     1 to 4
   */
  public Quarter {
    if (number < 1 || number > 4) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "quarter " + number + " is not 1 to 4", "field", "quarter",
          "value", number);
    }
  }

  /**
   * Quarter {@code number} of {@code year}.
   *
   * @param year the year
   * @param number the quarter, 1 to 4
   * @return the quarter
   * @throws KoproGoException {@code INVALID_FIELD} for a number other than 1 to 4
   */
  public static Quarter of(int year, int number) {
    return new Quarter(year, number);
  }

  /**
   * The quarter {@code date} falls in.
   *
   * @param date a date
   * @return its quarter
   */
  public static Quarter containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / MONTHS + 1);
  }

  /**
   * The first day of the quarter.
   *
   * @return the first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * MONTHS + 1, 1);
  }

  /**
   * The last day of the quarter.
   *
   * @return the last day
   */
  public LocalDate lastDay() {
    return firstDay().plusMonths(MONTHS).minusDays(1);
  }

  /**
   * The next quarter.
   *
   * @return the next quarter
   */
  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
  }

  /** {@code "2026-Q1"}. */
  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
