/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.loan.LoanTerms;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/** What an applicant asks the solidarity fund for: one of four kinds of help. */
public sealed interface AidRequest {

  /**
   * The kind of help.
   *
   * @return the kind
   */
  AidKind kind();

  /**
   * The amount asked for, positive.
   *
   * @return the amount
   */
  Money amount();

  /** A request for a loan, repaid monthly. */
  sealed interface LoanRequest extends AidRequest {
    /**
     * The number of monthly payments.
     *
     * @return the months
     */
    int months();

    /**
     * The annual rate in percent.
     *
     * @return the rate
     */
    BigDecimal annualRatePercent();

    /**
     * The terms of the loan, for its schedule ({@link org.koprogo.domain.loan.LoanSchedule}).
     *
     * @return the loan terms
     */
    default LoanTerms terms() {
      return LoanTerms.of(amount(), annualRatePercent(), months());
    }
  }

  /**
   * A loan at 0%.
   *
   * @param amount the amount asked for, positive
   * @param months the number of monthly payments
   */
  record ZeroRateLoan(Money amount, int months) implements LoanRequest {
    /**
     * Checks the amount.
     *
     * @param amount the amount asked for, positive
     * @param months the number of monthly payments
     * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for an amount of zero or less
     */
    public ZeroRateLoan {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.ZERO_RATE_LOAN;
    }

    @Override
    public BigDecimal annualRatePercent() {
      return BigDecimal.ZERO;
    }
  }

  /**
   * A solidarity works credit, for works in the common parts. The fund lends at most the
   * applicant's share of the works the general assembly voted (the mission's charter: the credit
   * finances the applicant's part of a collective decision, never more).
   *
   * @param worksLegallyVoted whether the general assembly adopted the works with the required
   *     majority
   * @param quotesValidated whether the quotes were validated (compared and accepted)
   * @param shareOfVotedWorks the applicant's share of the cost of the works the assembly voted
   *     (their part under the distribution key of the works), or null when unknown: the request is
   *     then not eligible ({@code AT_MOST_SHARE_OF_VOTED_WORKS} fails)
   * @param amount the amount asked for, positive
   * @param annualRatePercent the annual rate in percent
   * @param months the number of monthly payments
   */
  record WorksCredit(
      Money amount, BigDecimal annualRatePercent, int months, boolean worksLegallyVoted, boolean quotesValidated,
      Money shareOfVotedWorks)
      implements LoanRequest {
    /**
     * Checks the request.
     *
     * @param amount the amount asked for, positive
     * @param annualRatePercent the annual rate in percent
     * @param months the number of monthly payments
     * @param worksLegallyVoted whether the general assembly adopted the works with the required
     *     majority
     * @param quotesValidated whether the quotes were validated (compared and accepted)
     * @param shareOfVotedWorks the applicant's share of the cost of the works the assembly voted
     *     (their part under the distribution key of the works), or null when unknown: the request
     *     is then not eligible ({@code AT_MOST_SHARE_OF_VOTED_WORKS} fails)
     * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for an amount of zero or less, {@code
     *     CURRENCY_MISMATCH} or {@code NEGATIVE_AMOUNT} for the share of the works
     */
    public WorksCredit {
      positive(amount);
      Objects.requireNonNull(annualRatePercent, "annualRatePercent");
      if (shareOfVotedWorks != null) {
        if (!shareOfVotedWorks.currency().equals(amount.currency())) {
          throw KoproGoException.of(
              ErrorCode.CURRENCY_MISMATCH, "the share of the works is in " + shareOfVotedWorks.currency()
                  + ", the amount in " + amount.currency(),
              "field", "shareOfVotedWorks", "value", shareOfVotedWorks.toPlainString());
        }
        if (shareOfVotedWorks.isNegative()) {
          throw KoproGoException.of(
              ErrorCode.NEGATIVE_AMOUNT, "the share of the works " + shareOfVotedWorks.toPlainString()
                  + " is negative",
              "field", "shareOfVotedWorks", "value", shareOfVotedWorks.toPlainString());
        }
      }
    }

    /**
     * A works credit whose share of the voted works is not known yet (not eligible until it is).
     *
     * @param amount the amount asked for, positive
     * @param annualRatePercent the annual rate in percent
     * @param months the number of monthly payments
     * @param worksLegallyVoted whether the assembly adopted the works
     * @param quotesValidated whether the quotes were validated
     * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for an amount of zero or less
     */
    public WorksCredit(
        Money amount, BigDecimal annualRatePercent, int months, boolean worksLegallyVoted, boolean quotesValidated) {
      this(amount, annualRatePercent, months, worksLegallyVoted, quotesValidated, null);
    }

    @Override
    public AidKind kind() {
      return AidKind.WORKS_CREDIT;
    }
  }

  /**
   * A grant towards litigation costs.
   *
   * @param amount the amount asked for, positive
   */
  record LitigationGrant(Money amount) implements AidRequest {
    /**
     * Checks the amount.
     *
     * @param amount the amount asked for, positive
     * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for an amount of zero or less
     */
    public LitigationGrant {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.LITIGATION_GRANT;
    }
  }

  /**
   * An emergency grant.
   *
   * @param amount the amount asked for, positive
   */
  record EmergencyGrant(Money amount) implements AidRequest {
    /**
     * Checks the amount.
     *
     * @param amount the amount asked for, positive
     * @throws KoproGoException {@code NONPOSITIVE_PRINCIPAL} for an amount of zero or less
     */
    public EmergencyGrant {
      positive(amount);
    }

    @Override
    public AidKind kind() {
      return AidKind.EMERGENCY_GRANT;
    }
  }

  private static void positive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_PRINCIPAL, "the amount asked for, " + amount.toPlainString() + ", is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
  }
}
