/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.problem.FieldPaths;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.penalty.PenaltyViews;
import org.koprogo.ports.in.penalty.PolicyTerms;

/**
 * A building's late-payment penalty policy (RULES.md {@code late-penalty}; art. 3.93 §1 Civil
 * Code: the statutes set it): every caller of the organisation reads it, the syndic or an admin
 * sets it. The owner statement assesses the building's installments under it; a building without
 * one falls under the host's configured default ({@code koprogo.statements.*}).
 */
@Controller("/api/v1/buildings/{building}/late-penalty-policy")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class PenaltyPolicyController {
  /** The audit trail's action when a building's policy is set. */
  static final String SET = ManageLatePenaltyPolicies.SET;

  private final ManageLatePenaltyPolicies policies;

  PenaltyPolicyController(ManageLatePenaltyPolicies policies) {
    this.policies = policies;
  }

  /**
   * A building's policy.
   *
   * @param rateSource {@code STATUTES} (default: the rate and article below) or {@code LEGAL_RATE}
   *     (the legal interest rate of each calendar year; no rate, no article)
   * @param annualRatePercent annual simple-interest rate in percent (plain decimal, not negative)
   * @param statutesArticle the article of the statutes that sets the rate
   * @param dayCount {@code ACT_365} (default) or {@code ACT_360}
   * @param graceDays days after the due date still on time (default 0, not negative)
   * @param accrualStart {@code DUE_DATE} (default) or {@code GRACE_END}
   * @param flatFee a fee charged once per late installment (default 0, not negative)
   * @param minimumPenalty the least penalty of a late installment (default 0, not negative)
   * @param capPercentOfPrincipal the cap in percent of the principal (none when absent)
   * @param interestRunsUnderStatutes at the legal rate, the article of the statutes making interest
   *     run without a formal notice; without it a legal-rate policy runs from the formal notice
   *     ({@code accrualStart} FORMAL_NOTICE, the default then)
   * @param version the version read (0 when the building has none yet); when absent the stored
   *     one is replaced whatever its version
   */
  public record PolicyBody(
      @Nullable String rateSource,
      @Nullable String annualRatePercent,
      @Nullable String statutesArticle,
      @Nullable String dayCount,
      @Nullable Integer graceDays,
      @Nullable String accrualStart,
      @Nullable String flatFee,
      @Nullable String minimumPenalty,
      @Nullable String capPercentOfPrincipal,
      @Nullable Long version,
      @Nullable String interestRunsUnderStatutes) {}

  @Get
  @Operation(summary = "The building's late-payment penalty policy, its own or the configured default")
  public PenaltyViews.PolicyView get(Tenant tenant, @PathVariable String building) {
    return PenaltyViews.policy(policies.applied(tenant.organisation().value(), building));
  }

  @Put
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Sets the building's late-payment penalty policy (syndic, admin); audited")
  public PenaltyViews.PolicyView set(Tenant tenant, @PathVariable String building,
      @Body PolicyBody body) {
    PolicyTerms terms = new PolicyTerms(tenant.organisation().value(), building, body.rateSource(),
        body.annualRatePercent(), body.statutesArticle(), body.dayCount(), body.graceDays(), body.accrualStart(),
        body.flatFee(), body.minimumPenalty(), body.capPercentOfPrincipal(), body.version(),
        body.interestRunsUnderStatutes());
    try {
      return PenaltyViews.policy(policies.set(terms, tenant.actor()));
    } catch (KoproGoException e) {
      // the domain names the policy's fields (policy.graceDays); the body's are at its root
      throw FieldPaths.reroot(e, "policy.", "");
    }
  }
}
