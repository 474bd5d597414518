/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.StoredBudget;
import org.koprogo.ports.out.BuildingBudget;

/**
 * A building's yearly budgets (Civil Code art. 3.86 §3), stored: working capital (ordinary
 * charges) and reserve fund (extraordinary ones) kept apart, the reserve fund's 5% minimum checked
 * against last year's ordinary charges (given, or the previous year's stored budget) with the
 * assembly's four-fifths waiver, and the calls for funds of every lot derived from the stored
 * budget. The syndic and the admin adopt and change budgets; every role reads them.
 */
@Controller("/api/v1/buildings/{building}/budgets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BuildingBudgetController {
  private final KeepBuildingBudgets budgets;

  BuildingBudgetController(KeepBuildingBudgets budgets) {
    this.budgets = budgets;
  }

  /**
   * A yearly budget to store.
   *
   * @param yearStart the first day of the financial year (the budget's id in its building)
   * @param frequency MONTHLY, QUARTERLY (default), HALF_YEARLY or YEARLY
   * @param lines the lines: fund WORKING_CAPITAL (ordinary charges, default) or RESERVE
   * @param previousYearOrdinaryCharges last year's ordinary charges for the 5% check (optional:
   *     the previous year's stored budget otherwise)
   * @param reserveWaiver the assembly's four-fifths vote to call less (optional)
   * @param version the version read (a change only)
   */
  public record NewBudget(LocalDate yearStart, @Nullable String frequency,
      List<BudgetController.Line> lines, @Nullable String previousYearOrdinaryCharges,
      @Nullable BudgetController.Waiver reserveWaiver, @Nullable Long version) {}

  /**
   * A stored yearly budget: its lines and totals, last year's ordinary charges and where they come
   * from (GIVEN or PREVIOUS_BUDGET), the assembly's waiver (only when there is one) and the reserve
   * fund's check.
   */
  public record BudgetView(String building, String yearStart, String frequency, String currency, long version,
      List<LineView> lines, String workingCapital, String reserve, String total,
      @Nullable String previousYearOrdinaryCharges, @Nullable String previousYearBasis,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) WaiverView reserveWaiver,
      @Nullable BudgetController.ReserveCheckView reserveCheck) {
    static BudgetView of(StoredBudget stored) {
      BuildingBudget b = stored.budget();
      YearlyBudget y = b.budget();
      return new BudgetView(b.building().value(), y.yearStart().toString(), b.frequency().name(),
          y.currency().getCurrencyCode(), stored.version(), y.lines().stream().map(LineView::of).toList(),
          y.total(Fund.WORKING_CAPITAL).toPlainString(), y.total(Fund.RESERVE).toPlainString(),
          y.total().toPlainString(), stored.previousYearOrdinaryCharges() == null ? null
              : stored.previousYearOrdinaryCharges().toPlainString(),
          stored.basis() == null ? null : stored.basis().name(),
          b.reserveWaiver() == null ? null : new WaiverView(b.reserveWaiver().resolution(),
              b.reserveWaiver().votesFor().toPlainString(4), b.reserveWaiver().votesAgainst().toPlainString(4)),
          BudgetController.ReserveCheckView.of(stored.reserveCheck()));
    }
  }

  /** A budget line with its (composite) key: empty for the general key. */
  public record LineView(String label, String fund, String amount, List<Views.KeyView> keys) {
    static LineView of(BudgetLine line) {
      return new LineView(line.label(), line.fund().name(), line.amount().toPlainString(),
          line.keys().stream().map(Views.KeyView::of).toList());
    }
  }

  /** The assembly's four-fifths waiver: the resolution and its votes (4 decimals). */
  public record WaiverView(String resolution, String votesFor, String votesAgainst) {}

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Store the building's yearly budget (syndic, admin); answers it with the"
      + " reserve fund's 5% check")
  public HttpResponse<BudgetView> adopt(Tenant tenant,
      @PathVariable String building, @Body NewBudget body) {
    StoredBudget stored = budgets.adopt(proposal(tenant, building, body), tenant.actor());
    return Locations.created(BudgetView.of(stored), "/api/v1/buildings/{}/budgets/{}", building,
        stored.budget().budget().yearStart());
  }

  @Get
  @Operation(summary = "The building's stored yearly budgets, oldest first")
  public List<BudgetView> budgets(Tenant tenant, @PathVariable String building) {
    return budgets.budgets(tenant.organisation().value(), building).stream().map(BudgetView::of).toList();
  }

  @Get("/{yearStart}")
  @Operation(summary = "One yearly budget (yearStart=2027-01-01) with its reserve fund check")
  public BudgetView budget(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart) {
    return BudgetView.of(budgets.budget(tenant.organisation().value(), building, day(yearStart)));
  }

  @Put("/{yearStart}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Change a stored yearly budget at the version read (syndic, admin)")
  public BudgetView change(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart, @Body NewBudget body) {
    long version = Versions.required(body.version());
    return BudgetView.of(budgets.change(proposal(tenant, building, body), day(yearStart), version, tenant.actor()));
  }

  @Get("/{yearStart}/calls-for-funds")
  @Operation(summary = "The calls for funds of every lot derived from a stored yearly budget")
  public BudgetController.PlanView calls(Tenant tenant, @PathVariable String building,
      @PathVariable String yearStart) {
    return BudgetController.PlanView.of(building,
        budgets.callsForFunds(tenant.organisation().value(), building, day(yearStart)));
  }

  private static org.koprogo.ports.in.budget.BudgetProposal proposal(Tenant tenant, String building, NewBudget body) {
    return Commands.MAP.proposal(body, tenant.org(), building);
  }

  private static LocalDate day(String yearStart) {
    return RequestValues.date(yearStart, "yearStart", ErrorCode.INVALID_FIELD);
  }
}
