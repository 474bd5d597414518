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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
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

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Store the building's yearly budget (syndic, admin); answers it with the"
      + " reserve fund's 5% check")
  public HttpResponse<Map<String, Object>> adopt(Authentication authentication,
      @PathVariable String building, @Body NewBudget body) {
    Tenant tenant = Tenant.of(authentication);
    StoredBudget stored = budgets.adopt(proposal(tenant, building, body), tenant.actor());
    return HttpResponse.created(view(stored),
        URI.create("/api/v1/buildings/" + building + "/budgets/" + stored.budget().budget().yearStart()));
  }

  @Get
  @Operation(summary = "The building's stored yearly budgets, oldest first")
  public List<Map<String, Object>> budgets(Authentication authentication,
      @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    return budgets.budgets(tenant.organisation().value(), building).stream()
        .map(BuildingBudgetController::view).toList();
  }

  @Get("/{yearStart}")
  @Operation(summary = "One yearly budget (yearStart=2027-01-01) with its reserve fund check")
  public Map<String, Object> budget(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart) {
    Tenant tenant = Tenant.of(authentication);
    return view(budgets.budget(tenant.organisation().value(), building, day(yearStart)));
  }

  @Put("/{yearStart}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Change a stored yearly budget at the version read (syndic, admin)")
  public Map<String, Object> change(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart, @Body NewBudget body) {
    Tenant tenant = Tenant.of(authentication);
    long version = Versions.required(body.version());
    return view(budgets.change(proposal(tenant, building, body), day(yearStart), version, tenant.actor()));
  }

  @Get("/{yearStart}/calls-for-funds")
  @Operation(summary = "The calls for funds of every lot derived from a stored yearly budget")
  public Map<String, Object> calls(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart) {
    Tenant tenant = Tenant.of(authentication);
    return BudgetController.plan(building,
        budgets.callsForFunds(tenant.organisation().value(), building, day(yearStart)));
  }

  private static org.koprogo.ports.in.budget.BudgetProposal proposal(Tenant tenant, String building, NewBudget body) {
    return Commands.MAP.proposal(body, tenant.org(), building);
  }

  private static LocalDate day(String yearStart) {
    try {
      return LocalDate.parse(yearStart);
    } catch (DateTimeParseException e) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "yearStart '" + yearStart + "' is not a date (yyyy-mm-dd)",
          "field", "yearStart", "value", yearStart);
    }
  }

  private static Map<String, Object> view(StoredBudget stored) {
    BuildingBudget b = stored.budget();
    YearlyBudget y = b.budget();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("building", b.building().value());
    answer.put("yearStart", y.yearStart().toString());
    answer.put("frequency", b.frequency().name());
    answer.put("currency", y.currency().getCurrencyCode());
    answer.put("version", stored.version());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (BudgetLine line : y.lines()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("label", line.label());
      l.put("fund", line.fund().name());
      l.put("amount", line.amount().toPlainString());
      List<Map<String, Object>> keys = new ArrayList<>();
      for (KeyShare k : line.keys()) {
        Map<String, String> weights = new LinkedHashMap<>();
        k.key().weights().forEach((lot, w) -> weights.put(lot.value(), w.toPlainString()));
        keys.add(Map.of("name", k.key().name(), "share", k.share().toPlainString(), "weights", weights));
      }
      l.put("keys", keys);
      lines.add(l);
    }
    answer.put("lines", lines);
    answer.put("workingCapital", y.total(Fund.WORKING_CAPITAL).toPlainString());
    answer.put("reserve", y.total(Fund.RESERVE).toPlainString());
    answer.put("total", y.total().toPlainString());
    answer.put("previousYearOrdinaryCharges",
        stored.previousYearOrdinaryCharges() == null ? null : stored.previousYearOrdinaryCharges().toPlainString());
    answer.put("previousYearBasis", stored.basis() == null ? null : stored.basis().name());
    if (b.reserveWaiver() != null) {
      answer.put("reserveWaiver", Map.of("resolution", b.reserveWaiver().resolution(),
          "votesFor", b.reserveWaiver().votesFor().toPlainString(4),
          "votesAgainst", b.reserveWaiver().votesAgainst().toPlainString(4)));
    }
    answer.put("reserveCheck", stored.reserveCheck() == null ? null : BudgetController.reserveCheck(stored.reserveCheck()));
    return answer;
  }
}
