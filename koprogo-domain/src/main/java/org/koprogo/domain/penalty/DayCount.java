/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The day-count convention of simple interest: actual days over a 365- or 360-day year. */
public enum DayCount {
  /** Actual days / 365 (also in leap years): the usual convention for late-payment interest. */
  ACT_365(365),
  /** Actual days / 360 (the money-market convention). */
  ACT_360(360);

  private final int daysInYear;

  DayCount(int daysInYear) {
    this.daysInYear = daysInYear;
  }

  /**
   * The denominator of the year fraction.
   *
   * @return 365 or 360
   */
  public int daysInYear() {
    return daysInYear;
  }

  /**
   * The convention named {@code name}.
   *
   * @param name the convention's name ({@code ACT_365}, {@code ACT_360})
   * @return the convention
   * @throws KoproGoException {@code UNKNOWN_DAY_COUNT} for any other name
   */
  public static DayCount parse(String name) {
    for (DayCount d : values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    throw KoproGoException.of(
        ErrorCode.UNKNOWN_DAY_COUNT, "unknown day count '" + Decimals.shown(name) + "' (expected ACT_365 or ACT_360)",
        "field", "policy.dayCount", "value", Decimals.shown(name));
  }
}
