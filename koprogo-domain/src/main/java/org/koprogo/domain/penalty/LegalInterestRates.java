/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * A table of the legal interest rate by calendar year.
 *
 * <p>Belgian law of 5 May 1865 on interest-bearing loans, art. 2: the legal rate is fixed for
 * each calendar year and published in the Moniteur belge in January. A year missing from the
 * table is refused ({@code UNKNOWN_LEGAL_RATE_YEAR}) rather than guessed. Immutable.
 *
 * @param jurisdiction a short label, for example {@code "BE"}
 * @param percentByYear the annual rate in percent of each year
 */
public record LegalInterestRates(String jurisdiction, Map<Integer, BigDecimal> percentByYear) {
  /**
   * Checks the rates and copies the table.
   *
   * @param jurisdiction a short label, for example {@code "BE"}
   * @param percentByYear the annual rate in percent of each year
   * @throws KoproGoException {@code NEGATIVE_RATE} for a negative rate
   */
  public LegalInterestRates {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    percentByYear = Map.copyOf(percentByYear);
    for (Map.Entry<Integer, BigDecimal> e : percentByYear.entrySet()) {
      if (e.getValue().signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_RATE, "legal rate of " + e.getKey() + " is negative",
            "year", e.getKey(), "value", e.getValue().toPlainString());
      }
    }
  }

  /**
   * The Belgian legal interest rate: 2024 5.75%, 2025 4.5%, 2026 4.5%.
   *
   * @return the table
   */
  public static LegalInterestRates belgium() {
    return new LegalInterestRates(
        "BE",
        Map.of(
            2024, new BigDecimal("5.75"),
            2025, new BigDecimal("4.5"),
            2026, new BigDecimal("4.5")));
  }

  /**
   * This table with the rate of one more year (or a corrected one).
   *
   * @param year the year
   * @param percent the legal rate in percent, not negative
   * @return the table
   * @throws KoproGoException {@code NEGATIVE_RATE} for a negative rate
   */
  public LegalInterestRates with(int year, BigDecimal percent) {
    Map<Integer, BigDecimal> next = new TreeMap<>(percentByYear);
    next.put(year, percent);
    return new LegalInterestRates(jurisdiction, next);
  }

  /**
   * The legal rate of {@code year}, in percent.
   *
   * @param year the year
   * @return the rate
   * @throws KoproGoException {@code UNKNOWN_LEGAL_RATE_YEAR} when the table does not have it
   */
  public BigDecimal percentIn(int year) {
    BigDecimal rate = percentByYear.get(year);
    if (rate == null) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_LEGAL_RATE_YEAR,
          "the " + jurisdiction + " legal interest rate of " + year + " is not in the table "
              + new TreeMap<>(percentByYear).keySet(),
          "year", year);
    }
    return rate;
  }

  /** The largest number of decimals of a rate in the table. */
  int maxScale() {
    int scale = 0;
    for (BigDecimal r : percentByYear.values()) {
      scale = Math.max(scale, r.stripTrailingZeros().scale());
    }
    return scale;
  }
}
