/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.koprogo.ports.application.AssociationInputs.required;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * {@link AllocateSurplus}: a decision is stored in the aggregate store under its resolution's
 * reference (stored name {@code association.surplus-allocation}), with its audit entry, in one
 * unit of work.
 */
final class SurplusAllocationDecisions implements AllocateSurplus {
  private final OutPorts ports;
  private final CommandValidation validation;

  SurplusAllocationDecisions(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Allocated decide(SurplusDecision command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    DecidedSurplusAllocation decided = decision(command);
    Stored<DecidedSurplusAllocation> stored = ports.transactions().inTransaction(() -> {
      Stored<DecidedSurplusAllocation> added =
          ports.aggregateStore().add(organisation, decided.resolution().value(), decided);
      ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), command.actor(),
          "SurplusAllocationDecided", "surplus allocation", decided.resolution().value(),
          Map.of("year", String.valueOf(decided.year()), "version", String.valueOf(added.version()))));
      return added;
    });
    return allocated(stored);
  }

  @Override
  public List<Allocated> decided(String organisation) {
    return ports.aggregateStore().all(OrganisationId.of(organisation), DecidedSurplusAllocation.class).stream()
        .map(SurplusAllocationDecisions::allocated).toList();
  }

  @Override
  public List<Allocated> decided(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a resolution", id -> id);
    return ports.aggregateStore().all(OrganisationId.of(organisation), DecidedSurplusAllocation.class, from, n)
        .stream().map(SurplusAllocationDecisions::allocated).toList();
  }

  static Allocated allocated(Stored<DecidedSurplusAllocation> stored) {
    return new Allocated(stored.aggregate(), stored.version(), stored.aggregate().allocation());
  }

  private static DecidedSurplusAllocation decision(SurplusDecision command) {
    ResolutionReference resolution = ResolutionReference.of(required(command.resolution(), "resolution"));
    Currency currency = AssociationInputs.currency(command.currency());
    var costs = AssociationBookkeeping.costLines(command.costs() == null ? List.of() : command.costs(), currency);
    AssociationAccounts accounts = new AssociationAccounts(
        Money.parse(required(command.revenue(), "revenue"), currency, "revenue"), costs,
        command.members(),
        Money.parse(required(command.monthlyPrice(), "monthlyPrice"), currency, "monthlyPrice"));
    List<Destination> destinations = new ArrayList<>();
    List<Share> shares = required(command.destinations(), "destinations");
    for (int i = 0; i < shares.size(); i++) {
      Share s = required(shares.get(i), "destinations[" + i + "]");
      destinations.add(Destination.of(s.id(), s.percent()));
    }
    SurplusPlan plan = SurplusPlan.of(destinations);
    if (command.thresholdPercent() != null) {
      plan = plan.withThresholdPercent(Decimals.parse(command.thresholdPercent(), "thresholdPercent"));
    }
    if (command.priceDecreaseDestination() != null) {
      plan = plan.withPriceDecreaseDestination(command.priceDecreaseDestination());
    }
    Reserve reserve = command.reserve();
    if (reserve != null) {
      Money current = Money.parse(required(reserve.current(), "reserve.current"), currency, "reserve.current");
      plan = plan.withReserve(reserve.destination() == null
          ? ReservePolicy.of(current, reserve.months())
          : new ReservePolicy(current, reserve.months(), reserve.destination()));
    }
    return new DecidedSurplusAllocation(resolution, command.year(), accounts, plan);
  }
}
