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
import org.koprogo.ports.in.loan.LoanViews;
import org.koprogo.ports.in.loan.ScheduleLoan;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.in.solidarity.EligibilityView;

/**
 * The solidarity fund's calculations; nothing is stored. The eligibility check: every rule of the
 * standard charter, passed or failed with its reason (an ineligible applicant is an answer, not an
 * error); the applicant's figures stay in the request ({@link CheckAidEligibility}). The repayment
 * schedule of a loan (a zero-rate loan or a works credit, {@link ScheduleLoan}): equal monthly
 * payments, every month's interest and principal to the cent, the last month settling the balance.
 */
@Controller("/api/v1/solidarity")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "solidarity")
@SecurityRequirement(name = "bearer")
public final class SolidarityController {
  private final CheckAidEligibility eligibility;
  private final ScheduleLoan loans;

  SolidarityController(CheckAidEligibility eligibility, ScheduleLoan loans) {
    this.eligibility = eligibility;
    this.loans = loans;
  }

  @Post("/eligibility")
  @Operation(summary = "Check a request for help against the solidarity fund's charter (every"
      + " rule passed or failed with its reason); nothing is stored")
  public EligibilityView eligibility(@Body CheckAidEligibility.EligibilityQuestion body) {
    return EligibilityView.of(body, eligibility.check(body));
  }

  /**
   * A loan's terms.
   *
   * @param principal the amount lent, plain decimal, positive
   * @param currency ISO 4217 code (EUR when absent)
   * @param annualRatePercent the yearly rate in percent (0 for a zero-rate loan)
   * @param months the number of monthly payments, at least 1
   * @param convention NOMINAL (annual / 12, default) or ACTUARIAL (the twelfth root)
   */
  public record Terms(String principal, @Nullable String currency, BigDecimal annualRatePercent,
      Integer months, @Nullable String convention) {}

  @Post("/loan-schedules")
  @Operation(summary = "The monthly repayment schedule of a loan's terms; nothing is stored")
  public LoanViews.ScheduleView schedule(@Body Terms body) {
    return LoanViews.schedule(loans.schedule(new ScheduleLoan.Terms(body.principal(), body.currency(),
        body.annualRatePercent(), body.months(), body.convention())));
  }
}
