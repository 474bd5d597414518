/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import org.koprogo.domain.building.BuildingId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.Distribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** {@link DistributeExpense} through the domain's {@link ChargeDistribution}. */
final class ExpenseDistribution implements DistributeExpense {
  private final OutPorts ports;
  private final CommandValidation validation;

  ExpenseDistribution(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  /** The building's general key: every lot weighs its shares in the common parts (art. 3.85). */
  static DistributionKey generalKey(List<Lot> lots) {
    Map<LotId, BigDecimal> shares = new LinkedHashMap<>();
    for (Lot lot : lots) {
      shares.put(lot.id(), lot.shares());
    }
    return new DistributionKey("general", shares);
  }

  /** The domain's key parts of a command's parts, in order. */
  static List<KeyShare> keyShares(List<KeyPart> parts) {
    List<KeyShare> keys = new ArrayList<>();
    for (KeyPart part : parts) {
      Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
      part.weights().forEach((lot, weight) -> weights.put(LotId.of(lot), weight));
      keys.add(new KeyShare(part.share(), new DistributionKey(part.name(), weights)));
    }
    return keys;
  }

  @Override
  public Distributed distribute(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    BuildingId buildingId = BuildingId.of(command.building());
    return ports.transactions().inTransaction(
        () -> {
          Building building = ports.buildings().get(organisation, buildingId);
          List<Lot> lots = ports.lots().ofBuilding(organisation, buildingId);
          List<LotId> ids = new ArrayList<>();
          for (Lot lot : lots) {
            ids.add(lot.id());
          }
          Money amount = Money.parse(command.amount(), building.currency(), "amount");
          List<KeyShare> keys = new ArrayList<>();
          StringBuilder description = new StringBuilder();
          if (command.keys().isEmpty()) {
            keys.add(new KeyShare(BigDecimal.ONE, generalKey(lots)));
            description.append("general");
          } else {
            keys.addAll(keyShares(command.keys()));
            for (KeyPart part : command.keys()) {
              if (description.length() > 0) {
                description.append(" + ");
              }
              description.append(part.name());
              if (command.keys().size() > 1) {
                description.append(' ').append(part.share().toPlainString());
              }
            }
          }
          Distribution distribution = ChargeDistribution.distribute(amount, ids, keys);
          Expense expense =
              new Expense(
                  organisation, ExpenseId.of(command.expense()), buildingId, command.label(), amount,
                  command.bookedOn(), description.toString(), distribution.allocations(), 0);
          ports.expenses().add(expense);
          ports.auditTrail().append(
              organisation,
              new AuditEvent(
                  ports.clock().now(), command.actor(), "ExpenseDistributed", "expense", command.expense(),
                  Map.of("building", buildingId.value(), "amount", amount.toPlainString(),
                      "currency", amount.currency().getCurrencyCode(), "key", description.toString())));
          Map<String, String> allocations = new LinkedHashMap<>();
          distribution.allocations().forEach((lot, money) -> allocations.put(lot.value(), money.toPlainString()));
          return new Distributed(command.expense(), description.toString(), allocations);
        });
  }
}
