/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.CallsForFundsPlan;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.StoredBudget;
import org.koprogo.ports.in.fields.ClientFields;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.BuildingBudget;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/** {@link KeepBuildingBudgets}: each write one unit of work with its audit entry. */
final class BuildingBudgetKeeping implements KeepBuildingBudgets {
  private final OutPorts ports;
  private final BudgetPlanning planning;

  BuildingBudgetKeeping(OutPorts ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.planning = new BudgetPlanning(ports);
  }

  @Override
  public StoredBudget adopt(BudgetProposal proposal, String actor) {
    Objects.requireNonNull(proposal, "proposal");
    OrganisationId organisation = OrganisationId.of(proposal.organisation());
    return ports.transactions().inTransaction(() -> {
      Building building = ports.buildings().get(organisation, BuildingId.of(proposal.building()));
      List<Lot> lots = ports.lots().ofBuilding(organisation, building.id());
      BuildingBudget budget = planning.budget(organisation, building, lots, proposal);
      Stored<BuildingBudget> stored = ports.aggregateStore().add(organisation,
          BuildingBudget.idOf(building.id(), budget.budget().yearStart()), budget);
      audit(organisation, actor, ADOPTED, stored);
      return view(organisation, stored);
    });
  }

  @Override
  public StoredBudget change(BudgetProposal proposal, LocalDate yearStart, long version, String actor) {
    Objects.requireNonNull(proposal, "proposal");
    OrganisationId organisation = OrganisationId.of(proposal.organisation());
    return ports.transactions().inTransaction(() -> {
      Stored<BuildingBudget> current = stored(organisation, proposal.building(), yearStart);
      Building building = ports.buildings().get(organisation, current.aggregate().building());
      LocalDate start = current.aggregate().budget().yearStart();
      if (proposal.yearStart() != null && !proposal.yearStart().equals(start)) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD,
            "yearStart " + proposal.yearStart() + " is not the budget's (" + start + ")",
            "field", "yearStart", "value", proposal.yearStart().toString());
      }
      BudgetProposal same = new BudgetProposal(proposal.organisation(), proposal.building(), start,
          proposal.frequency(), proposal.lines(), proposal.previousYearOrdinaryCharges(), proposal.reserveWaiver());
      BuildingBudget next = planning.budget(organisation, building,
          ports.lots().ofBuilding(organisation, building.id()), same);
      Stored<BuildingBudget> stored = ports.aggregateStore().update(
          new Stored<>(organisation, current.id(), version, next));
      audit(organisation, actor, CHANGED, stored);
      return view(organisation, stored);
    });
  }

  @Override
  public List<StoredBudget> budgets(String organisation, String building) {
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = ports.buildings().get(org, BuildingId.of(building)).id();
    return ports.aggregateStore().all(org, BuildingBudget.class).stream()
        .filter(s -> s.aggregate().building().equals(id))
        .sorted(Comparator.comparing(s -> s.aggregate().budget().yearStart()))
        .map(s -> view(org, s)).toList();
  }

  @Override
  public List<StoredBudget> budgets(String organisation, String building, Integer limit, String after) {
    int n = Pages.limit(limit);
    Optional<LocalDate> from = Pages.after(after, "a year start (yyyy-mm-dd)",
        text -> ClientFields.date(text, "after", ErrorCode.INVALID_FIELD));
    OrganisationId org = OrganisationId.of(organisation);
    BuildingId id = ports.buildings().get(org, BuildingId.of(building)).id();
    // the ids are building/yearStart: by id is by year; a building whose id starts with this one
    // and a slash shares the prefix, its budgets are skipped
    String prefix = id.value() + "/";
    Optional<String> cursor = from.map(d -> BuildingBudget.idOf(id, d));
    List<StoredBudget> page = new ArrayList<>();
    while (page.size() < n) {
      int wanted = n - page.size();
      List<Stored<BuildingBudget>> read =
          ports.aggregateStore().allWithIdPrefix(org, BuildingBudget.class, prefix, cursor, wanted);
      for (Stored<BuildingBudget> s : read) {
        if (s.aggregate().building().equals(id)) {
          page.add(view(org, s));
        }
      }
      if (read.size() < wanted) {
        break;
      }
      cursor = Optional.of(read.get(read.size() - 1).id());
    }
    return List.copyOf(page);
  }

  @Override
  public StoredBudget budget(String organisation, String building, LocalDate yearStart) {
    OrganisationId org = OrganisationId.of(organisation);
    return view(org, stored(org, building, yearStart));
  }

  @Override
  public CallsForFundsPlan callsForFunds(String organisation, String building, LocalDate yearStart) {
    OrganisationId org = OrganisationId.of(organisation);
    Stored<BuildingBudget> stored = stored(org, building, yearStart);
    BuildingBudget b = stored.aggregate();
    return BudgetPlanning.plan(ports.lots().ofBuilding(org, b.building()), b, basis(org, b), stored.version());
  }

  private Stored<BuildingBudget> stored(OrganisationId organisation, String building, LocalDate yearStart) {
    BuildingId id = ports.buildings().get(organisation, BuildingId.of(building)).id();
    Objects.requireNonNull(yearStart, "yearStart");
    String storeId = BuildingBudget.idOf(id, yearStart);
    return ports.aggregateStore().find(organisation, BuildingBudget.class, storeId)
        .orElseThrow(() -> StoreErrors.notFound("budget", storeId));
  }

  /** Last year's ordinary charges: given with the budget, else the previous year's budget's, else null. */
  private Money basis(OrganisationId organisation, BuildingBudget b) {
    if (b.previousYearOrdinaryCharges() != null) {
      return b.previousYearOrdinaryCharges();
    }
    return ports.aggregateStore().find(organisation, BuildingBudget.class,
            BuildingBudget.idOf(b.building(), b.budget().yearStart().minusYears(1)))
        .map(p -> p.aggregate().budget().ordinaryCharges()).orElse(null);
  }

  private StoredBudget view(OrganisationId organisation, Stored<BuildingBudget> stored) {
    BuildingBudget b = stored.aggregate();
    Money basis = basis(organisation, b);
    StoredBudget.Basis source = b.previousYearOrdinaryCharges() != null ? StoredBudget.Basis.GIVEN
        : basis != null ? StoredBudget.Basis.PREVIOUS_BUDGET : null;
    return new StoredBudget(stored.id(), stored.version(), b, basis, source, BudgetPlanning.check(b, basis));
  }

  private void audit(OrganisationId organisation, String actor, String action, Stored<BuildingBudget> stored) {
    YearlyBudget b = stored.aggregate().budget();
    ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), actor, action, "budget", stored.id(),
        Map.of("workingCapital", b.total(Fund.WORKING_CAPITAL).toPlainString(),
            "reserve", b.total(Fund.RESERVE).toPlainString(),
            "version", String.valueOf(stored.version()))));
  }
}
