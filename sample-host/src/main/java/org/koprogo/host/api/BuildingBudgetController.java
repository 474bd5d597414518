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
import java.util.Optional;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.ReserveFundWaiver;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.problem.ProblemException;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

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
  private final OutPorts ports;

  BuildingBudgetController(OutPorts ports) {
    this.ports = ports;
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

  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Store the building's yearly budget (syndic, admin); answers it with the"
      + " reserve fund's 5% check")
  public HttpResponse<Map<String, Object>> adopt(Authentication authentication,
      @PathVariable String building, @Body NewBudget body) {
    Tenant tenant = Tenant.of(authentication);
    return ports.transactions().inTransaction(() -> {
      Building found = ports.buildings().get(tenant.organisation(), BuildingId.of(building));
      BuildingBudget budget = budget(tenant.organisation(), found, body);
      Stored<BuildingBudget> stored = ports.aggregateStore().add(tenant.organisation(),
          BuildingBudget.idOf(found.id(), budget.budget().yearStart()), budget);
      audit(tenant, "BudgetAdopted", stored);
      return HttpResponse.created(view(tenant.organisation(), stored),
          URI.create("/api/v1/buildings/" + building + "/budgets/" + budget.budget().yearStart()));
    });
  }

  @Get
  @Operation(summary = "The building's stored yearly budgets, oldest first")
  public List<Map<String, Object>> budgets(Authentication authentication,
      @PathVariable String building) {
    Tenant tenant = Tenant.of(authentication);
    BuildingId id = ports.buildings().get(tenant.organisation(), BuildingId.of(building)).id();
    return ports.aggregateStore().all(tenant.organisation(), BuildingBudget.class).stream()
        .filter(s -> s.aggregate().building().equals(id))
        .sorted(java.util.Comparator.comparing(s -> s.aggregate().budget().yearStart()))
        .map(s -> view(tenant.organisation(), s)).toList();
  }

  @Get("/{yearStart}")
  @Operation(summary = "One yearly budget (yearStart=2027-01-01) with its reserve fund check")
  public Map<String, Object> budget(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart) {
    Tenant tenant = Tenant.of(authentication);
    return view(tenant.organisation(), stored(tenant.organisation(), building, yearStart));
  }

  @Put("/{yearStart}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Change a stored yearly budget at the version read (syndic, admin)")
  public Map<String, Object> change(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart, @Body NewBudget body) {
    Tenant tenant = Tenant.of(authentication);
    long version = Versions.required(body.version());
    return ports.transactions().inTransaction(() -> {
      Stored<BuildingBudget> current = stored(tenant.organisation(), building, yearStart);
      Building found = ports.buildings().get(tenant.organisation(), current.aggregate().building());
      LocalDate start = current.aggregate().budget().yearStart();
      if (body.yearStart() != null && !body.yearStart().equals(start)) {
        throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
            "yearStart " + body.yearStart() + " is not the budget's (" + start + ")")
            .with("field", "yearStart").with("value", body.yearStart().toString());
      }
      NewBudget same = new NewBudget(start, body.frequency(), body.lines(),
          body.previousYearOrdinaryCharges(), body.reserveWaiver(), version);
      BuildingBudget next = budget(tenant.organisation(), found, same);
      Stored<BuildingBudget> stored = ports.aggregateStore().update(
          new Stored<>(tenant.organisation(), current.id(), version, next));
      audit(tenant, "BudgetChanged", stored);
      return view(tenant.organisation(), stored);
    });
  }

  @Get("/{yearStart}/calls-for-funds")
  @Operation(summary = "The calls for funds of every lot derived from a stored yearly budget")
  public Map<String, Object> calls(Authentication authentication, @PathVariable String building,
      @PathVariable String yearStart) {
    Tenant tenant = Tenant.of(authentication);
    Stored<BuildingBudget> stored = stored(tenant.organisation(), building, yearStart);
    BuildingBudget b = stored.aggregate();
    List<Lot> lots = ports.lots().ofBuilding(tenant.organisation(), b.building());
    Map<String, Object> answer = BudgetController.plan(building, lots, b.budget(), b.frequency(),
        basis(tenant.organisation(), b).orElse(null), b.reserveWaiver());
    answer.put("version", stored.version());
    return answer;
  }

  private BuildingBudget budget(OrganisationId organisation, Building building, NewBudget body) {
    if (body.yearStart() == null) {
      throw BudgetController.missing("yearStart");
    }
    if (body.lines() == null) {
      throw BudgetController.missing("lines");
    }
    CallFrequency frequency = BudgetController.enumOf(CallFrequency.class, body.frequency(),
        CallFrequency.QUARTERLY, "frequency");
    List<Lot> lots = ports.lots().ofBuilding(organisation, building.id());
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < body.lines().size(); i++) {
      lines.add(BudgetController.line(body.lines().get(i), "lines[" + i + "]", building, lots));
    }
    YearlyBudget yearly = new YearlyBudget(body.yearStart(), building.currency(), lines);
    // the keys must name the building's lots: the plan refuses them now, not when read
    CallsForFunds.plan(yearly, lots.stream().map(Lot::id).toList(), frequency);
    Money previous = body.previousYearOrdinaryCharges() == null ? null
        : Money.parse(body.previousYearOrdinaryCharges(), building.currency(),
            "previousYearOrdinaryCharges");
    BudgetController.Waiver w = body.reserveWaiver();
    ReserveFundWaiver waiver = BudgetController.waiver(ports, organisation, w);
    return new BuildingBudget(building.id(), frequency, yearly, previous, waiver);
  }

  private Stored<BuildingBudget> stored(OrganisationId organisation, String building,
      String yearStart) {
    BuildingId id = ports.buildings().get(organisation, BuildingId.of(building)).id();
    LocalDate start;
    try {
      start = LocalDate.parse(yearStart);
    } catch (DateTimeParseException e) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "yearStart '" + yearStart + "' is not a date (yyyy-mm-dd)")
          .with("field", "yearStart").with("value", yearStart);
    }
    return ports.aggregateStore().find(organisation, BuildingBudget.class, BuildingBudget.idOf(id, start))
        .orElseThrow(() -> org.koprogo.ports.out.StoreErrors.notFound("budget", BuildingBudget.idOf(id, start)));
  }

  /** Last year's ordinary charges: given with the budget, else the previous year's budget's. */
  private Optional<Money> basis(OrganisationId organisation, BuildingBudget b) {
    if (b.previousYearOrdinaryCharges() != null) {
      return Optional.of(b.previousYearOrdinaryCharges());
    }
    return previous(organisation, b).map(p -> p.budget().ordinaryCharges());
  }

  private Optional<BuildingBudget> previous(OrganisationId organisation, BuildingBudget b) {
    return ports.aggregateStore().find(organisation, BuildingBudget.class,
        BuildingBudget.idOf(b.building(), b.budget().yearStart().minusYears(1))).map(Stored::aggregate);
  }

  private void audit(Tenant tenant, String action, Stored<BuildingBudget> stored) {
    YearlyBudget b = stored.aggregate().budget();
    ports.auditTrail().append(tenant.organisation(), new AuditEvent(ports.clock().now(),
        tenant.actor(), action, "budget", stored.id(),
        Map.of("workingCapital", b.total(Fund.WORKING_CAPITAL).toPlainString(),
            "reserve", b.total(Fund.RESERVE).toPlainString(),
            "version", String.valueOf(stored.version()))));
  }

  private Map<String, Object> view(OrganisationId organisation, Stored<BuildingBudget> stored) {
    BuildingBudget b = stored.aggregate();
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
    Optional<Money> basis = basis(organisation, b);
    answer.put("previousYearOrdinaryCharges", basis.map(Money::toPlainString).orElse(null));
    answer.put("previousYearBasis", b.previousYearOrdinaryCharges() != null ? "GIVEN"
        : basis.isPresent() ? "PREVIOUS_BUDGET" : null);
    if (b.reserveWaiver() != null) {
      answer.put("reserveWaiver", Map.of("resolution", b.reserveWaiver().resolution(),
          "votesFor", b.reserveWaiver().votesFor().toPlainString(4),
          "votesAgainst", b.reserveWaiver().votesAgainst().toPlainString(4)));
    }
    answer.put("reserveCheck", basis
        .map(p -> (Object) BudgetController.reserveCheck(y, p, b.reserveWaiver())).orElse(null));
    return answer;
  }
}
