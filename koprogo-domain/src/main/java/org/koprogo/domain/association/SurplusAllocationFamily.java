/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.calculation.CalculationInput;
import org.koprogo.domain.calculation.RuleFamily;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The {@code surplus-allocation} family of RULES.md: the association's participatory budget.
 *
 * <p>The input is read and checked in the order RULES.md lists it: {@code revenue}, {@code
 * costs}, {@code members}, {@code monthlyPrice}, {@code destinations}, {@code thresholdPercent},
 * {@code priceDecreaseDestination}, {@code reserve}; the price-decrease rule is checked last, once
 * the margin is known. The computation itself is {@link SurplusAllocation}.
 */
public final class SurplusAllocationFamily implements RuleFamily {
  /**
   * Creates the family; {@link org.koprogo.domain.calculation.RuleFamilies} holds the one
   * instance the library uses.
   */
  public SurplusAllocationFamily() {}

  @Override
  public String name() {
    return "surplus-allocation";
  }

  @Override
  public Map<String, Object> evaluate(CalculationInput input) {
    Currency currency = input.currency();
    Money revenue = AssociationAccounts.requirePositiveRevenue(input.money("revenue", currency));
    List<CostLine> costs = new ArrayList<>();
    for (CalculationInput cost : input.objects("costs")) {
      costs.add(new CostLine(cost.string("label"), cost.money("amount", currency)));
    }
    long members =
        AssociationAccounts.requirePositiveMembers(input.integer("members", ErrorCode.NONPOSITIVE_MEMBERS));
    Money monthlyPrice =
        AssociationAccounts.requireNonNegativePrice(input.money("monthlyPrice", currency));
    AssociationAccounts accounts = new AssociationAccounts(revenue, costs, members, monthlyPrice);

    List<Destination> destinations = new ArrayList<>();
    for (CalculationInput d : input.objects("destinations")) {
      destinations.add(new Destination(d.string("id"), d.decimal("percent")));
    }
    Set<String> ids = SurplusPlan.checkDestinations(destinations);
    BigDecimal threshold =
        SurplusPlan.checkThreshold(
            input.decimal("thresholdPercent", SurplusPlan.DEFAULT_THRESHOLD_PERCENT));
    String priceDecreaseDestination =
        SurplusPlan.checkKnown(
            ids, input.string("priceDecreaseDestination", null), "priceDecreaseDestination");
    ReservePolicy reserve = null;
    CalculationInput r = input.optionalObject("reserve");
    if (r != null) {
      Money current = r.money("current", currency);
      long months = r.integer("months", ErrorCode.INVALID_TERM);
      if (months < 0 || months > Integer.MAX_VALUE) {
        throw KoproGoException.of(
            ErrorCode.INVALID_TERM, "reserve.months " + months + " is out of range",
            "field", r.pathOf("months"), "value", months);
      }
      reserve =
          new ReservePolicy(
              current,
              (int) months,
              r.string("destination", ReservePolicy.DEFAULT_DESTINATION));
    }
    SurplusPlan plan = new SurplusPlan(destinations, threshold, priceDecreaseDestination, reserve);

    return write(SurplusAllocation.allocate(accounts, plan));
  }

  private static Map<String, Object> write(SurplusAllocationResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("surplus", result.surplus().toPlainString());
    out.put("marginPercent", result.marginPercent().toPlainString());
    out.put("priceDecreaseEligible", result.priceDecreaseEligible());
    out.put("costPricePerMemberMonthly", result.costPricePerMemberMonthly().toPlainString());
    Map<String, Object> allocations = new LinkedHashMap<>();
    result.allocations().forEach((id, money) -> allocations.put(id, money.toPlainString()));
    out.put("allocations", allocations);
    result
        .reserveCoverage()
        .ifPresent(
            c -> {
              Map<String, Object> reserve = new LinkedHashMap<>();
              reserve.put("target", c.target().toPlainString());
              reserve.put("shortfall", c.shortfall().toPlainString());
              reserve.put("covered", c.covered());
              out.put("reserve", reserve);
            });
    Map<String, Object> decrease = null;
    if (result.priceDecrease() != null) {
      decrease = new LinkedHashMap<>();
      decrease.put("perMemberMonthly", result.priceDecrease().perMemberMonthly().toPlainString());
      decrease.put("newMonthlyPrice", result.priceDecrease().newMonthlyPrice().toPlainString());
    }
    out.put("priceDecrease", decrease);
    return out;
  }
}
