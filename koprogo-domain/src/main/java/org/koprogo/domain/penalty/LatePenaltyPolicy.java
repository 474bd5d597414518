/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * How late payments are charged (RULES.md, {@code late-penalty}): simple interest at {@code rate}
 * with a day count, a grace period, an accrual start, a flat fee (once), a minimum and an
 * optional cap in percent of the principal. Immutable.
 *
 * <p>A contractual rate must come from the co-ownership statutes: {@link PenaltyRate} records its
 * source ({@link RateSource#STATUTES} with the article, or {@link RateSource#LEGAL_RATE}).
 *
 * @param rate the annual rate and its source
 * @param dayCount ACT_365 or ACT_360
 * @param graceDays days after the due date during which a payment is still on time, not negative
 * @param accrualStart from when interest runs once the installment is late
 * @param flatFee a fee charged once when the installment is late, not negative
 * @param minimumPenalty the least penalty of a late installment, not negative
 * @param capPercentOfPrincipal the penalty's cap in percent of the principal, or null for none
 * @param interestRunsUnderStatutes the article of the statutes under which interest at the legal
 *     rate runs without a formal notice, or null: at the legal rate, moratory interest runs only
 *     from a formal notice (Belgian old Civil Code art. 1153, now Book 5: "from the summons to
 *     pay, except where the law makes it run of right"), so a legal-rate policy either starts at
 *     {@link AccrualStart#FORMAL_NOTICE} or names that article
 */
public record LatePenaltyPolicy(
    PenaltyRate rate,
    DayCount dayCount,
    int graceDays,
    AccrualStart accrualStart,
    Money flatFee,
    Money minimumPenalty,
    BigDecimal capPercentOfPrincipal,
    String interestRunsUnderStatutes) {

  /**
   * Validates the policy.
   *
   * @param rate the annual rate and its source
   * @param dayCount ACT_365 or ACT_360
   * @param graceDays days after the due date during which a payment is still on time, not negative
   * @param accrualStart from when interest runs once the installment is late
   * @param flatFee a fee charged once when the installment is late, not negative
   * @param minimumPenalty the least penalty of a late installment, not negative
   * @param capPercentOfPrincipal the penalty's cap in percent of the principal, or null for none
   * @param interestRunsUnderStatutes the article of the statutes under which interest at the legal
   *     rate runs without a formal notice, or null: at the legal rate, moratory interest runs only
   *     from a formal notice (Belgian old Civil Code art. 1153, now Book 5: "from the summons to
   *     pay, except where the law makes it run of right"), so a legal-rate policy either starts at
   *     {@link AccrualStart#FORMAL_NOTICE} or names that article
   * @throws KoproGoException {@code NEGATIVE_RATE} for a negative cap, {@code NEGATIVE_AMOUNT}
   *     for a negative fee or minimum, {@code INVALID_GRACE} for negative grace days, {@code
   *     INVALID_FIELD} ({@code policy.accrualStart}) for a legal-rate policy that neither starts at
   *     a formal notice nor names the statutes' article making interest run automatically
   */
  public LatePenaltyPolicy {
    if (interestRunsUnderStatutes != null && interestRunsUnderStatutes.isBlank()) {
      interestRunsUnderStatutes = null;
    }
    if (rate != null && rate.source() == RateSource.LEGAL_RATE && accrualStart != AccrualStart.FORMAL_NOTICE
        && interestRunsUnderStatutes == null) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "interest at the legal rate runs from a formal notice unless the statutes make it"
              + " run automatically: start at FORMAL_NOTICE or name the statutes' article (not " + accrualStart + ")",
          "field", "policy.accrualStart", "value", String.valueOf(accrualStart));
    }
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(dayCount, "dayCount");
    Objects.requireNonNull(accrualStart, "accrualStart");
    Objects.requireNonNull(flatFee, "flatFee");
    Objects.requireNonNull(minimumPenalty, "minimumPenalty");
    if (capPercentOfPrincipal != null && capPercentOfPrincipal.signum() < 0) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_RATE,
          "cap " + capPercentOfPrincipal.toPlainString() + "% of the principal is negative",
          "field", "policy.capPercentOfPrincipal", "value", capPercentOfPrincipal.toPlainString());
    }
    checkNotNegative(flatFee, "policy.flatFee");
    checkNotNegative(minimumPenalty, "policy.minimumPenalty");
    if (!flatFee.currency().equals(minimumPenalty.currency())) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH, "the fee and the minimum are in different currencies");
    }
    if (graceDays < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_GRACE, "grace of " + graceDays + " days is negative",
          "field", "policy.graceDays", "value", graceDays);
    }
  }

  /**
   * Interest only, at a rate set by the statutes, ACT/365, no grace, from the due date, no fee,
   * no minimum, no cap.
   *
   * @param rate the rate (at the legal rate, interest runs from a formal notice)
   * @param currency the currency of the fees (zero)
   * @return the policy
   */
  public static LatePenaltyPolicy simpleInterest(PenaltyRate rate, Currency currency) {
    Money zero = Money.zero(currency);
    AccrualStart start = rate.source() == RateSource.LEGAL_RATE ? AccrualStart.FORMAL_NOTICE : AccrualStart.DUE_DATE;
    return new LatePenaltyPolicy(rate, DayCount.ACT_365, 0, start, zero, zero, null, null);
  }

  /**
   * A policy without a statutes' article for automatic interest.
   *
   * @param rate the annual rate and its source
   * @param dayCount ACT_365 or ACT_360
   * @param graceDays days after the due date during which a payment is still on time
   * @param accrualStart from when interest runs once the installment is late
   * @param flatFee a fee charged once when the installment is late
   * @param minimumPenalty the least penalty of a late installment
   * @param capPercentOfPrincipal the cap in percent of the principal, or null
   * @throws KoproGoException as the canonical constructor
   */
  public LatePenaltyPolicy(
      PenaltyRate rate, DayCount dayCount, int graceDays, AccrualStart accrualStart, Money flatFee,
      Money minimumPenalty, BigDecimal capPercentOfPrincipal) {
    this(rate, dayCount, graceDays, accrualStart, flatFee, minimumPenalty, capPercentOfPrincipal, null);
  }

  /**
   * This policy with interest running from {@code start}, under {@code statutesArticle} (the
   * statutes' clause making interest at the legal rate run without a formal notice).
   *
   * @param start from when interest runs
   * @param statutesArticle the statutes' article
   * @return the policy
   */
  public LatePenaltyPolicy runningUnderStatutes(AccrualStart start, String statutesArticle) {
    return new LatePenaltyPolicy(rate, dayCount, graceDays, start, flatFee, minimumPenalty, capPercentOfPrincipal,
        statutesArticle);
  }

  /**
   * This policy with a grace period and an accrual start.
   *
   * @param days the grace days, not negative
   * @param start from when interest runs
   * @return the policy
   * @throws KoproGoException {@code INVALID_GRACE} for negative days, {@code INVALID_FIELD} for a
   *     legal-rate policy not starting at a formal notice without a statutes' article
   */
  public LatePenaltyPolicy withGrace(int days, AccrualStart start) {
    return new LatePenaltyPolicy(
        rate, dayCount, days, start, flatFee, minimumPenalty, capPercentOfPrincipal, interestRunsUnderStatutes);
  }

  /**
   * This policy with a flat fee and a minimum penalty.
   *
   * @param fee the flat fee, not negative
   * @param minimum the minimum penalty, not negative
   * @return the policy
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative amount, {@code
   *     CURRENCY_MISMATCH} for amounts in different currencies
   */
  public LatePenaltyPolicy withFees(Money fee, Money minimum) {
    return new LatePenaltyPolicy(
        rate, dayCount, graceDays, accrualStart, fee, minimum, capPercentOfPrincipal, interestRunsUnderStatutes);
  }

  /**
   * This policy with a cap in percent of the principal.
   *
   * @param percent the cap in percent of the principal, or null for none
   * @return the policy
   * @throws KoproGoException {@code NEGATIVE_RATE} for a negative cap
   */
  public LatePenaltyPolicy withCap(BigDecimal percent) {
    return new LatePenaltyPolicy(
        rate, dayCount, graceDays, accrualStart, flatFee, minimumPenalty, percent, interestRunsUnderStatutes);
  }

  /**
   * This policy with another day count.
   *
   * @param other the day count
   * @return the policy
   */
  public LatePenaltyPolicy with(DayCount other) {
    return new LatePenaltyPolicy(
        rate, other, graceDays, accrualStart, flatFee, minimumPenalty, capPercentOfPrincipal, interestRunsUnderStatutes);
  }

  /**
   * The cap, when there is one.
   *
   * @return the cap in percent, or empty
   */
  public Optional<BigDecimal> cap() {
    return Optional.ofNullable(capPercentOfPrincipal);
  }

  private static void checkNotNegative(Money amount, String field) {
    if (amount.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, field + " " + amount.toPlainString() + " is negative",
          "field", field, "value", amount.toPlainString());
    }
  }
}
