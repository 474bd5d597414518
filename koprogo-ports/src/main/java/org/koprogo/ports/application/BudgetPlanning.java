/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.budget.ReserveFundMinimum;
import org.koprogo.domain.budget.ReserveFundWaiver;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.CallsForFundsPlan;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.BuildingBudget;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link PlanCallsForFunds}, and how a {@link BudgetProposal} becomes the domain's {@link
 * YearlyBudget} over a building's lots (shared with {@link BuildingBudgetKeeping}).
 */
final class BudgetPlanning implements PlanCallsForFunds {
  private final OutPorts ports;

  BudgetPlanning(OutPorts ports) {
    this.ports = Objects.requireNonNull(ports, "ports");
  }

  @Override
  public CallsForFundsPlan plan(BudgetProposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    OrganisationId organisation = OrganisationId.of(proposal.organisation());
    Building building = ports.buildings().get(organisation, BuildingId.of(proposal.building()));
    List<Lot> lots = ports.lots().ofBuilding(organisation, building.id());
    BuildingBudget budget = budget(organisation, building, lots, proposal);
    return plan(lots, budget, budget.previousYearOrdinaryCharges(), null);
  }

  /** The calls of {@code budget} over {@code lots}, with the reserve check when {@code basis} is known. */
  static CallsForFundsPlan plan(List<Lot> lots, BuildingBudget budget, Money basis, Long version) {
    CallsForFunds calls = CallsForFunds.plan(budget.budget(), lots.stream().map(Lot::id).toList(), budget.frequency());
    return new CallsForFundsPlan(budget.building(), budget.budget(), budget.frequency(), calls,
        check(budget, basis), version);
  }

  /** The reserve fund's 5% check, or null without a basis. */
  static ReserveFundCheck check(BuildingBudget budget, Money basis) {
    return basis == null ? null : ReserveFundMinimum.check(budget.budget(), basis, budget.reserveWaiver());
  }

  /**
   * The budget {@code proposal} describes over {@code lots}, checked: the fields, the keys against
   * the lots (the plan is made once so that a key naming no lot is refused now), the waiver
   * against the stored assembly.
   */
  BuildingBudget budget(OrganisationId organisation, Building building, List<Lot> lots, BudgetProposal proposal) {
    if (proposal.yearStart() == null) {
      throw FinanceFields.missing("yearStart");
    }
    if (proposal.lines() == null) {
      throw FinanceFields.missing("lines");
    }
    CallFrequency frequency = FinanceFields.enumOr(CallFrequency.class, proposal.frequency(),
        CallFrequency.QUARTERLY, "frequency");
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < proposal.lines().size(); i++) {
      lines.add(line(proposal.lines().get(i), "lines[" + i + "]", building, lots));
    }
    YearlyBudget yearly = new YearlyBudget(proposal.yearStart(), building.currency(), lines);
    CallsForFunds.plan(yearly, lots.stream().map(Lot::id).toList(), frequency);
    Money previous = proposal.previousYearOrdinaryCharges() == null ? null
        : Money.parse(proposal.previousYearOrdinaryCharges(), building.currency(), "previousYearOrdinaryCharges");
    return new BuildingBudget(building.id(), frequency, yearly, previous,
        waiver(organisation, proposal.reserveWaiver()));
  }

  private static BudgetLine line(BudgetProposal.Line line, String field, Building building, List<Lot> lots) {
    if (line == null || line.amount() == null) {
      throw FinanceFields.missing(field + ".amount");
    }
    Fund fund = FinanceFields.enumOr(Fund.class, line.fund(), Fund.WORKING_CAPITAL, field + ".fund");
    Money amount = Money.parse(line.amount(), building.currency(), field + ".amount");
    List<KeyShare> keys = new ArrayList<>();
    if (line.keys() == null || line.keys().isEmpty()) {
      Map<LotId, BigDecimal> shares = new LinkedHashMap<>();
      for (Lot lot : lots) {
        shares.put(lot.id(), lot.shares());
      }
      keys.add(new KeyShare(BigDecimal.ONE, new DistributionKey("general", shares)));
    } else {
      for (int k = 0; k < line.keys().size(); k++) {
        BudgetProposal.Key key = line.keys().get(k);
        String keyField = field + ".keys[" + k + "]";
        if (key == null || key.weights() == null || key.share() == null) {
          throw FinanceFields.missing(keyField + (key == null || key.share() == null ? ".share" : ".weights"));
        }
        Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
        key.weights().forEach((lot, weight) -> weights.put(LotId.of(lot), weight));
        keys.add(new KeyShare(key.share(),
            new DistributionKey(key.name() == null ? "key " + (k + 1) : key.name(), weights)));
      }
    }
    return new BudgetLine(line.label() == null ? "" : line.label(), fund, amount, keys);
  }

  /**
   * The waiver the stored assembly decided on the named item: {@code NOT_FOUND} for an unknown
   * assembly or item, the domain's refusal for an item not adopted at four fifths.
   */
  private ReserveFundWaiver waiver(OrganisationId organisation, BudgetProposal.WaiverRef w) {
    if (w == null) {
      return null;
    }
    if (w.assembly() == null) {
      throw FinanceFields.missing("reserveWaiver.assembly");
    }
    if (w.item() == null) {
      throw FinanceFields.missing("reserveWaiver.item");
    }
    GeneralAssembly.Snapshot snapshot = ports.aggregateStore()
        .find(organisation, GeneralAssembly.Snapshot.class, w.assembly())
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND, "assembly " + w.assembly()
            + " has no lifecycle in this organisation", "field", "reserveWaiver.assembly", "value", w.assembly()))
        .aggregate();
    for (MinutesEntry entry : snapshot.votes()) {
      if (entry.item().id().value().equals(w.item())) {
        return ReserveFundWaiver.from(entry.decidingCount());
      }
    }
    throw KoproGoException.of(ErrorCode.NOT_FOUND, "item " + w.item() + " was not voted at assembly " + w.assembly(),
        "field", "reserveWaiver.item", "value", w.item());
  }
}
