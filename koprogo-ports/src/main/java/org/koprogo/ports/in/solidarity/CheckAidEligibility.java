/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.solidarity;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.solidarity.Eligibility;

/**
 * Use case: check a request for help against the solidarity fund's standard charter ({@code
 * SolidarityFundCharter.standard()}): every rule passed or failed with its reason. An ineligible
 * applicant is an answer, not an error. Nothing is stored: the applicant's figures stay in the
 * question.
 *
 * <p>Refusals: {@code MISSING_FIELD} and {@code INVALID_FIELD} naming the field ({@code
 * applicant.monthlyIncome}, {@code request.kind}), the refusals of {@code Money.parse} and of the
 * domain's records.
 */
public interface CheckAidEligibility {

  /**
   * Checks a request.
   *
   * @param question the applicant's figures and what they ask
   * @return every rule's outcome and whether all passed
   * @throws org.koprogo.domain.shared.KoproGoException {@code MISSING_FIELD} or {@code
   *     INVALID_FIELD} naming the field; the domain's codes for refused figures
   */
  Eligibility check(EligibilityQuestion question);

  /**
   * A request for help.
   *
   * @param on the day of the decision
   * @param currency ISO 4217 code of the amounts, EUR when null
   * @param applicant the applicant's figures
   * @param request what is asked
   */
  record EligibilityQuestion(LocalDate on, @Nullable String currency, ApplicantFigures applicant, Ask request) {}

  /**
   * The applicant.
   *
   * @param id their id (a member id)
   * @param monthlyIncome net monthly income of the household
   * @param debtRatioPercent monthly repayments over income, in percent
   * @param propertiesOwned dwellings owned
   * @param monthlyPropertyIncome rents and other property income per month, zero when null
   * @param payingMember up to date with their contribution
   * @param pastAid help granted before, none when null
   */
  record ApplicantFigures(String id, String monthlyIncome, BigDecimal debtRatioPercent,
      int propertiesOwned, @Nullable String monthlyPropertyIncome, boolean payingMember,
      @Nullable List<PastAid> pastAid) {}

  /**
   * Help granted before.
   *
   * @param kind its kind ({@code AidKind})
   * @param grantedOn when
   * @param amount how much
   */
  record PastAid(String kind, LocalDate grantedOn, String amount) {}

  /**
   * What is asked.
   *
   * @param kind ZERO_RATE_LOAN, WORKS_CREDIT, LITIGATION_GRANT or EMERGENCY_GRANT
   * @param amount the amount
   * @param months the number of monthly payments (loans and works credit)
   * @param annualRatePercent the rate (works credit), zero when null
   * @param worksLegallyVoted the works were adopted by the assembly (works credit)
   * @param quotesValidated the quotes were validated (works credit)
   * @param shareOfVotedWorks the applicant's share of the cost of the works the assembly voted;
   *     the credit is at most this share (works credit; without it the credit is not eligible)
   */
  record Ask(String kind, String amount, @Nullable Integer months, @Nullable BigDecimal annualRatePercent,
      @Nullable Boolean worksLegallyVoted, @Nullable Boolean quotesValidated, @Nullable String shareOfVotedWorks) {}
}
