/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A financial year of the association: from {@code start} to {@code end} included (usually a
 * calendar year; the statutes may set another). Immutable.
 *
 * @param start its first day
 * @param end its last day
 */
public record FinancialYear(LocalDate start, LocalDate end) {
  /**
   * Checks the year.
   *
   * @param start its first day
   * @param end its last day
   * @throws KoproGoException {@code INVALID_DATE} for a year that is not 1 day to 2 years long
   */
  public FinancialYear {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start) || end.isAfter(start.plusYears(2))) {
      throw KoproGoException.of(
          ErrorCode.INVALID_DATE, "a financial year from " + start + " to " + end + " is not 1 day to 2 years",
          "field", "end", "value", end.toString());
    }
  }

  /**
   * The calendar year {@code year}.
   *
   * @param year the year, 1 to 9999
   * @return the financial year from 1 January to 31 December
   * @throws KoproGoException {@code INVALID_DATE} for a year out of range
   */
  public static FinancialYear calendar(int year) {
    if (year < 1 || year > 9999) {
      throw KoproGoException.of(ErrorCode.INVALID_DATE, "year " + year + " is not 1 to 9999", "field", "year", "value", year);
    }
    return new FinancialYear(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * True when {@code date} falls in this year.
   *
   * @param date a date
   * @return whether it is in the year
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
