/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.solidarity.Eligibility;
import org.koprogo.domain.solidarity.RuleOutcome;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;

/**
 * The solidarity fund's eligibility check: every rule of the standard charter, passed or failed
 * with its reason (an ineligible applicant is an answer, not an error). Nothing is stored; the
 * applicant's figures stay in the request ({@link CheckAidEligibility}).
 */
@Controller("/api/v1/solidarity")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "solidarity")
@SecurityRequirement(name = "bearer")
public final class SolidarityController {
  private final CheckAidEligibility eligibility;

  SolidarityController(CheckAidEligibility eligibility) {
    this.eligibility = eligibility;
  }

  /**
   * A request for help.
   *
   * @param on the day of the decision
   * @param currency ISO 4217 code of the amounts (EUR when absent)
   * @param applicant the applicant's figures
   * @param request what is asked
   */
  public record EligibilityQuestion(LocalDate on, @Nullable String currency, Person applicant,
      Ask request) {}

  /**
   * The applicant.
   *
   * @param id their id (a member id)
   * @param monthlyIncome net monthly income of the household
   * @param debtRatioPercent monthly repayments over income, in percent
   * @param propertiesOwned dwellings owned
   * @param monthlyPropertyIncome rents and other property income per month
   * @param payingMember up to date with their contribution
   * @param pastAid help granted before
   */
  public record Person(String id, String monthlyIncome, BigDecimal debtRatioPercent,
      int propertiesOwned, @Nullable String monthlyPropertyIncome, boolean payingMember,
      @Nullable List<PastAid> pastAid) {}

  /**
   * Help granted before.
   *
   * @param kind its kind
   * @param grantedOn when
   * @param amount how much
   */
  public record PastAid(
      @io.swagger.v3.oas.annotations.media.Schema(implementation = org.koprogo.domain.solidarity.AidKind.class,
          requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String kind,
      LocalDate grantedOn, String amount) {}

  /**
   * What is asked.
   *
   * @param kind ZERO_RATE_LOAN, WORKS_CREDIT, LITIGATION_GRANT or EMERGENCY_GRANT
   * @param amount the amount
   * @param months the number of monthly payments (loans)
   * @param annualRatePercent the rate (works credit)
   * @param worksLegallyVoted the works were adopted by the assembly (works credit)
   * @param quotesValidated the quotes were validated (works credit)
   * @param shareOfVotedWorks the applicant's share of the cost of the works the assembly voted; the
   *     credit is at most this share (works credit; without it the credit is not eligible)
   */
  public record Ask(
      @io.swagger.v3.oas.annotations.media.Schema(implementation = org.koprogo.domain.solidarity.AidKind.class,
          requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String kind,
      String amount, @Nullable Integer months,
      @Nullable BigDecimal annualRatePercent, @Nullable Boolean worksLegallyVoted,
      @Nullable Boolean quotesValidated, @Nullable String shareOfVotedWorks) {}

  /** The answer: eligible when every rule of the charter passed; each rule with its reason. */
  public record EligibilityView(String applicant, String kind, boolean eligible, List<RuleOutcome> outcomes) {}

  @Post("/eligibility")
  @Operation(summary = "Check a request for help against the solidarity fund's charter (every"
      + " rule passed or failed with its reason); nothing is stored")
  public EligibilityView eligibility(@Body EligibilityQuestion body) {
    Eligibility answer = eligibility.check(Commands.MAP.question(body));
    return new EligibilityView(body.applicant().id(), body.request().kind(), answer.eligible(), answer.outcomes());
  }
}
