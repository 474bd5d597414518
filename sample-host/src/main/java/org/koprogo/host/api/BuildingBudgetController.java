/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.budget.BudgetViews;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.in.budget.StoredBudget;

/**
 * A building's yearly budgets (Civil Code art. 3.86 §3), stored: working capital (ordinary
 * charges) and reserve fund (extraordinary ones) kept apart, the reserve fund's 5% minimum checked
 * against last year's ordinary charges (given, or the previous year's stored budget) with the
 * assembly's four-fifths waiver, and the calls for funds of every lot derived from the stored
 * budget. The syndic and the admin adopt and change budgets; every role reads them. The calls for
 * funds of a budget not stored ({@code calls-for-funds}) are a calculation on the stored lots, with
 * the reserve fund's legal minimum; nothing is stored.
 */
@Controller("/api/v1/buildings/{building}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BuildingBudgetController {
  private final KeepBuildingBudgets budgets;
  private final PlanCallsForFunds planning;

  BuildingBudgetController(KeepBuildingBudgets budgets, PlanCallsForFunds planning) {
    this.budgets = budgets;
    this.planning = planning;
  }

  @Post("/calls-for-funds")
  @Operation(summary = "The periodic calls for funds of every lot for a yearly budget, and the"
      + " reserve fund's 5% check (art. 3.86 §3); nothing is stored")
  public BudgetViews.PlanView calls(Tenant tenant, @PathVariable String building,
      @Body PlanCallsForFunds.Budget body) {
    return BudgetViews.plan(building, planning.plan(body.proposal(tenant.org(), building)));
  }

  @Status(HttpStatus.CREATED)
  @Post("/budgets")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Store the building's yearly budget (syndic, admin); answers it with the"
      + " reserve fund's 5% check")
  public HttpResponse<BudgetViews.BudgetView> adopt(Tenant tenant,
      @PathVariable String building, @Body KeepBuildingBudgets.Budget body) {
    StoredBudget stored = budgets.adopt(body.proposal(tenant.org(), building), tenant.actor());
    return Locations.created(BudgetViews.budget(stored), "/api/v1/buildings/{}/budgets/{}", building,
        stored.budget().budget().yearStart());
  }

  @Get("/budgets")
  @Operation(summary = "The building's stored yearly budgets, oldest first, at most limit (1 to 1000, default 100)"
      + " whose year starts after the yearStart named by after (the last of the previous page)")
  public List<BudgetViews.BudgetView> budgets(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return budgets.budgets(tenant.organisation().value(), building, limit, after).stream()
        .map(BudgetViews::budget).toList();
  }

  @Get("/budgets/{yearStart}")
  @Operation(summary = "One yearly budget (yearStart=2027-01-01) with its reserve fund check")
  public BudgetViews.BudgetView budget(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart) {
    return BudgetViews.budget(budgets.budget(tenant.organisation().value(), building, yearStart));
  }

  @Put("/budgets/{yearStart}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Change a stored yearly budget at the version read (syndic, admin)")
  public BudgetViews.BudgetView change(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart, @Body KeepBuildingBudgets.Budget body) {
    return BudgetViews.budget(budgets.change(tenant.org(), building, yearStart, body, tenant.actor()));
  }

  @Get("/budgets/{yearStart}/calls-for-funds")
  @Operation(summary = "The calls for funds of every lot derived from a stored yearly budget")
  public BudgetViews.PlanView calls(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart) {
    return BudgetViews.plan(building,
        budgets.callsForFunds(tenant.organisation().value(), building, yearStart));
  }
}
