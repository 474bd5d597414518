/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

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

  @Get
  @Operation(summary = "The building's late-payment penalty policy, its own or the configured default")
  public PenaltyViews.PolicyView get(Tenant tenant, @PathVariable String building) {
    return PenaltyViews.policy(policies.applied(tenant.organisation().value(), building));
  }

  @Put
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Sets the building's late-payment penalty policy (syndic, admin); audited")
  public PenaltyViews.PolicyView set(Tenant tenant, @PathVariable String building,
      @Body ManageLatePenaltyPolicies.Policy body) {
    try {
      return PenaltyViews.policy(policies.set(tenant.org(), building, body, tenant.actor()));
    } catch (KoproGoException e) {
      // the domain names the policy's fields (policy.graceDays); the body's are at its root
      throw FieldPaths.reroot(e, "policy.", "");
    }
  }
}
