/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The annual rate of late-payment interest, with its source: either a contractual rate, which
 * only the co-ownership statutes can set (the policy names the article), or the legal interest
 * rate of each calendar year.
 */
public sealed interface PenaltyRate {

  /**
   * Where the rate comes from.
   *
   * @return the source
   */
  RateSource source();

  /**
   * The text that justifies the rate (an article of the statutes, or the law).
   *
   * @return the reference
   */
  String reference();

  /**
   * The annual rate in percent for interest running in {@code year}.
   *
   * @param year a calendar year
   * @return the rate in percent
   */
  BigDecimal percentIn(int year);

  /**
   * True when the rate may change on the 1st of January (interest is then split per year).
   *
   * @return whether the rate changes yearly
   */
  boolean changesYearly();

  /**
   * The number of decimals needed to write every rate exactly.
   *
   * @return the scale
   */
  int scale();

  /**
   * A contractual rate set by the co-ownership statutes.
   *
   * @param annualPercent the annual rate in percent, not negative
   * @param statutesArticle the provision of the statutes that sets it, for example {@code "art. 14
   *     of the statutes"}; not blank
   * @return the rate
   * @throws KoproGoException {@code NEGATIVE_RATE} for a negative rate
   */
  static PenaltyRate fromStatutes(BigDecimal annualPercent, String statutesArticle) {
    return new Statutory(annualPercent, statutesArticle);
  }

  /**
   * The legal interest rate of each calendar year, from {@code table}.
   *
   * @param table the legal rates by year
   * @return the rate
   */
  static PenaltyRate legal(LegalInterestRates table) {
    return new Legal(table);
  }

  /**
   * A rate set by the co-ownership statutes (a contractual rate).
   *
   * @param annualPercent the annual rate in percent, not negative
   * @param statutesArticle the provision of the statutes that sets it, not blank
   */
  record Statutory(BigDecimal annualPercent, String statutesArticle) implements PenaltyRate {
    /**
     * Checks the rate.
     *
     * @param annualPercent the annual rate in percent, not negative
     * @param statutesArticle the provision of the statutes that sets it, not blank
     * @throws KoproGoException {@code INVALID_FIELD} for a blank article, {@code NEGATIVE_RATE} for
     *     a negative rate
     */
    public Statutory {
      Objects.requireNonNull(annualPercent, "annualPercent");
      Objects.requireNonNull(statutesArticle, "statutesArticle");
      if (statutesArticle.isBlank()) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, 
            "a contractual rate must name the provision of the statutes that sets it", "field", "statutesArticle");
      }
      if (annualPercent.signum() < 0) {
        throw KoproGoException.of(
            ErrorCode.NEGATIVE_RATE, "annual rate " + annualPercent.toPlainString() + "% is negative",
            "field", "policy.annualRatePercent", "value", annualPercent.toPlainString());
      }
    }

    @Override
    public RateSource source() {
      return RateSource.STATUTES;
    }

    @Override
    public String reference() {
      return statutesArticle;
    }

    @Override
    public BigDecimal percentIn(int year) {
      return annualPercent;
    }

    @Override
    public boolean changesYearly() {
      return false;
    }

    @Override
    public int scale() {
      return Math.max(0, annualPercent.stripTrailingZeros().scale());
    }
  }

  /**
   * The legal interest rate, year by year.
   *
   * @param table the legal rates by year
   */
  record Legal(LegalInterestRates table) implements PenaltyRate {
    /**
     * Checks the table is given.
     *
     * @param table the legal rates by year
     */
    public Legal {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public RateSource source() {
      return RateSource.LEGAL_RATE;
    }

    @Override
    public String reference() {
      return "legal interest rate (" + table.jurisdiction()
          + ": law of 5 May 1865 on interest-bearing loans, art. 2)";
    }

    @Override
    public BigDecimal percentIn(int year) {
      return table.percentIn(year);
    }

    @Override
    public boolean changesYearly() {
      return true;
    }

    @Override
    public int scale() {
      return table.maxScale();
    }
  }
}
