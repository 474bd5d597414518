/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.association.SurplusAllocationResult.PriceDecrease;
import org.koprogo.domain.association.SurplusAllocationResult.ReserveCoverage;
import org.koprogo.domain.shared.Apportionment;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Association charter, participatory budget: the general assembly splits the year's surplus
 * between destinations and may lower the monthly price only when the margin is high enough.
 *
 * <p>The rule ({@code surplus-allocation} in RULES.md):
 *
 * <ul>
 *   <li>{@code surplus = revenue - sum(costs)}; the margin is {@code surplus / revenue * 100};
 *   <li>a price decrease is allowed only when the exact margin is strictly above the threshold;
 *       a plan that gives a positive percent to the price-decrease destination when it is not is
 *       refused ({@code PRICE_DECREASE_NOT_ALLOWED});
 *   <li>a positive surplus is apportioned by largest remainder over the percents; otherwise
 *       every destination gets zero;
 *   <li>the cost price per member and month is rounded up; the reserve target half up; the price
 *       decrease per member and month down; the new price never goes below the cost price.
 * </ul>
 */
public final class SurplusAllocation {
  private SurplusAllocation() {}

  /**
   * Allocates the surplus of {@code accounts} by {@code plan}.
   *
   * @param accounts the year's accounts
   * @param plan how the surplus is shared
   * @return the allocation, never null
   * @throws KoproGoException {@code PRICE_DECREASE_NOT_ALLOWED} when the plan funds a price
   *     decrease that the margin does not allow; {@code CURRENCY_MISMATCH}
   */
  public static SurplusAllocationResult allocate(AssociationAccounts accounts, SurplusPlan plan) {
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(plan, "plan");
    Money surplus = accounts.surplus();
    Fraction margin = accounts.exactMarginPercent();
    boolean eligible = margin.compareTo(Fraction.of(plan.thresholdPercent())) > 0;
    plan.priceDecrease()
        .filter(d -> d.percent().signum() > 0 && !eligible)
        .ifPresent(
            d -> {
              throw KoproGoException.of(
                  ErrorCode.PRICE_DECREASE_NOT_ALLOWED,
                  "destination '" + d.id() + "' gets " + d.percent().toPlainString()
                      + "% for a price decrease, but the margin "
                      + accounts.marginPercent().toPlainString() + "% is not above "
                      + plan.thresholdPercent().toPlainString() + "%",
                  "field", "priceDecreaseDestination",
                  "value", d.id(),
                  "marginPercent", accounts.marginPercent().toPlainString());
            });
    Map<String, Money> allocations = allocations(surplus, plan.destinations());
    Money costPrice = accounts.costPricePerMemberMonthly();
    ReserveCoverage reserve = null;
    if (plan.reserve() != null) {
      reserve = coverage(accounts, plan.reserve(), allocations.get(plan.reserve().destination()));
    }
    PriceDecrease decrease = null;
    if (eligible && plan.priceDecreaseDestination() != null) {
      Money share = allocations.get(plan.priceDecreaseDestination());
      Money perMember =
          Money.ofExactMinor(
              share.currency(),
              Fraction.of(
                  BigInteger.valueOf(share.minorUnits()),
                  BigInteger.valueOf(accounts.members()).multiply(BigInteger.valueOf(12))),
              RoundingMode.FLOOR);
      Money newPrice = accounts.monthlyPrice().minus(perMember).max(costPrice);
      decrease = new PriceDecrease(perMember, newPrice);
    }
    return new SurplusAllocationResult(
        surplus, accounts.marginPercent(), eligible, costPrice, allocations, reserve, decrease);
  }

  /** The surplus by largest remainder over the percents when positive, zeros otherwise. */
  static Map<String, Money> allocations(Money surplus, List<Destination> destinations) {
    Map<String, Money> result = new LinkedHashMap<>();
    if (!surplus.isPositive()) {
      for (Destination d : destinations) {
        result.put(d.id(), Money.zero(surplus.currency()));
      }
      return result;
    }
    List<Fraction> weights = new ArrayList<>(destinations.size());
    for (Destination d : destinations) {
      weights.add(Fraction.of(d.percent()));
    }
    List<Money> parts = Apportionment.split(surplus, weights);
    for (int i = 0; i < destinations.size(); i++) {
      result.put(destinations.get(i).id(), parts.get(i));
    }
    return result;
  }

  private static ReserveCoverage coverage(
      AssociationAccounts accounts, ReservePolicy policy, Money share) {
    AssociationAccounts.requireCurrency(accounts.revenue(), policy.current(), "reserve.current");
    Money target =
        accounts.totalCosts().times(Fraction.of(policy.months(), 12), RoundingMode.HALF_UP);
    Money shortfall = target.minus(policy.current()).max(Money.zero(target.currency()));
    return new ReserveCoverage(target, shortfall, share.compareTo(shortfall) >= 0);
  }
}
