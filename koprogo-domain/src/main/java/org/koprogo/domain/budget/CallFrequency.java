/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.time.LocalDate;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** How often the syndic calls for funds over a financial year. */
public enum CallFrequency {
  /** Twelve calls a year. */
  MONTHLY(12),
  /** Four calls a year. */
  QUARTERLY(4),
  /** Two calls a year. */
  HALF_YEARLY(2),
  /** One call a year. */
  YEARLY(1);

  private final int periods;

  CallFrequency(int periods) {
    this.periods = periods;
  }

  /**
   * The number of calls in a year.
   *
   * @return the number of calls
   */
  public int periods() {
    return periods;
  }

  /**
   * The number of months between two calls.
   *
   * @return the months per period
   */
  public int monthsPerPeriod() {
    return 12 / periods;
  }

  /**
   * The first day of period {@code period} (from 1) of a year that starts on {@code yearStart}.
   *
   * @param yearStart the first day of the financial year
   * @param period the period, from 1
   * @return its first day
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code period}) for a period outside 1
   *     to {@link #periods()}
   */
  public LocalDate periodStart(LocalDate yearStart, int period) {
    if (period < 1 || period > periods) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "period " + period + " is not 1 to " + periods,
          "field", "period", "value", period);
    }
    return yearStart.plusMonths((long) (period - 1) * monthsPerPeriod());
  }
}
