/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Association charter, transparency: every quarter the association publishes its members, its
 * costs by category, what one member costs per month, the price, the surplus and the margin.
 *
 * <p>Every figure is computed from the inputs: the revenue is the members' fees for the three
 * months (or the revenue actually collected, when given), the cost price per member and month is
 * {@code costs / (members * 3)} rounded up to the cent, the margin is {@code surplus / revenue *
 * 100} rounded half up to 2 places (absent when there is no revenue).
 *
 * @param quarter the quarter reported on
 * @param members the number of members, positive
 * @param membersByRate how many members pay each rate (every rate listed, zero included)
 * @param costsByCategory the costs by category, in the order first seen, same labels added up
 * @param totalCosts the quarter's costs
 * @param revenue the quarter's revenue
 * @param monthlyPrice the standard monthly price
 * @param costPricePerMemberMonthly {@code totalCosts / (members * 3)}, rounded up to the cent
 * @param surplus {@code revenue - totalCosts}, negative for a deficit
 * @param marginPercent {@code surplus / revenue * 100} rounded half up to 2 places; null when the
 *     revenue is zero
 */
public record QuarterlyTransparencyReport(
    Quarter quarter,
    long members,
    Map<MembershipRate, Long> membersByRate,
    Map<String, Money> costsByCategory,
    Money totalCosts,
    Money revenue,
    Money monthlyPrice,
    Money costPricePerMemberMonthly,
    Money surplus,
    BigDecimal marginPercent) {
  /**
   * Checks the report and copies the costs.
   *
   * @param quarter the quarter reported on
   * @param members the number of members, positive
   * @param membersByRate how many members pay each rate (every rate listed, zero included)
   * @param costsByCategory the costs by category, in the order first seen, same labels added up
   * @param totalCosts the quarter's costs
   * @param revenue the quarter's revenue
   * @param monthlyPrice the standard monthly price
   * @param costPricePerMemberMonthly {@code totalCosts / (members * 3)}, rounded up to the cent
   * @param surplus {@code revenue - totalCosts}, negative for a deficit
   * @param marginPercent {@code surplus / revenue * 100} rounded half up to 2 places; null when the
   *     revenue is zero
   * @throws KoproGoException {@code NONPOSITIVE_MEMBERS} without members
   */
  public QuarterlyTransparencyReport {
    Objects.requireNonNull(quarter, "quarter");
    AssociationAccounts.requirePositiveMembers(members);
    membersByRate = Collections.unmodifiableMap(new EnumMap<>(membersByRate));
    costsByCategory = Collections.unmodifiableMap(new LinkedHashMap<>(costsByCategory));
    Objects.requireNonNull(totalCosts, "totalCosts");
    Objects.requireNonNull(revenue, "revenue");
    Objects.requireNonNull(monthlyPrice, "monthlyPrice");
    Objects.requireNonNull(costPricePerMemberMonthly, "costPricePerMemberMonthly");
    Objects.requireNonNull(surplus, "surplus");
  }

  /**
   * The report of {@code quarter}, the revenue being the members' fees for its three months.
   *
   * @param quarter the quarter
   * @param memberships the members
   * @param costs the quarter's costs
   * @param pricing the pricing
   * @return the report
   * @throws KoproGoException {@code NONPOSITIVE_MEMBERS} without members, {@code NEGATIVE_AMOUNT}
   */
  public static QuarterlyTransparencyReport of(
      Quarter quarter,
      Collection<Membership> memberships,
      List<CostLine> costs,
      MembershipPricing pricing) {
    Objects.requireNonNull(pricing, "pricing");
    return of(quarter, memberships, costs, pricing, pricing.revenueOver(memberships, Quarter.MONTHS));
  }

  /**
   * The report of {@code quarter} with the revenue actually collected.
   *
   * @param quarter the quarter
   * @param memberships the members
   * @param costs the quarter's costs
   * @param pricing the pricing
   * @param revenue the revenue collected, zero or more
   * @return the report
   * @throws KoproGoException {@code NONPOSITIVE_MEMBERS} without members, {@code NEGATIVE_AMOUNT}
   *     for a negative revenue, {@code CURRENCY_MISMATCH}
   */
  public static QuarterlyTransparencyReport of(
      Quarter quarter,
      Collection<Membership> memberships,
      List<CostLine> costs,
      MembershipPricing pricing,
      Money revenue) {
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(pricing, "pricing");
    Objects.requireNonNull(revenue, "revenue");
    Money price = pricing.monthlyPrice();
    AssociationAccounts.requireCurrency(price, revenue, "revenue");
    if (revenue.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "revenue " + revenue.toPlainString() + " is negative",
          "field", "revenue", "value", revenue.toPlainString());
    }
    long members = AssociationAccounts.requirePositiveMembers(memberships.size());
    Map<MembershipRate, Long> byRate = new EnumMap<>(MembershipRate.class);
    for (MembershipRate rate : MembershipRate.values()) {
      byRate.put(rate, 0L);
    }
    for (Membership m : memberships) {
      byRate.merge(m.rate(), 1L, Long::sum);
    }
    Map<String, Money> byCategory = new LinkedHashMap<>();
    for (CostLine c : costs) {
      AssociationAccounts.requireCurrency(price, c.amount(), "costs");
      byCategory.merge(c.label(), c.amount(), Money::plus);
    }
    Money totalCosts = AssociationAccounts.total(price.currency(), costs);
    Money surplus = revenue.minus(totalCosts);
    BigDecimal margin =
        revenue.isZero()
            ? null
            : surplus
                .toFraction()
                .times(100)
                .dividedBy(revenue.toFraction())
                .toBigDecimal(2, RoundingMode.HALF_UP);
    return new QuarterlyTransparencyReport(
        quarter,
        members,
        byRate,
        byCategory,
        totalCosts,
        revenue,
        price,
        AssociationAccounts.costPricePerMemberMonthly(totalCosts, members, Quarter.MONTHS),
        surplus,
        margin);
  }

  /**
   * The margin, when there is revenue.
   *
   * @return the margin in percent, or empty
   */
  public Optional<BigDecimal> margin() {
    return Optional.ofNullable(marginPercent);
  }

  /**
   * The costs of {@code category}, zero when the quarter has none.
   *
   * @param category a cost category
   * @return its costs
   */
  public Money costsOf(String category) {
    return costsByCategory.getOrDefault(category, Money.zero(totalCosts.currency()));
  }

  /**
   * True when the standard price covers what one member costs.
   *
   * @return whether the price covers the cost price
   */
  public boolean priceCoversCostPrice() {
    return monthlyPrice.compareTo(costPricePerMemberMonthly) >= 0;
  }

  /**
   * The exact share of the costs in the revenue, or empty without revenue.
   *
   * @return the ratio, or empty
   */
  public Optional<Fraction> costRatio() {
    return revenue.isZero()
        ? Optional.empty()
        : Optional.of(totalCosts.toFraction().dividedBy(revenue.toFraction()));
  }
}
