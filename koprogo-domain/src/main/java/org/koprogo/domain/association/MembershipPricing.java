/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * Association charter, pricing: every member pays the monthly price times its rate's part
 * (standard 1, contributor 1/2, maintainer 0), rounded down to the cent so that a discounted
 * member never pays more than its part.
 *
 * <p>The revenue a roster brings is the sum of its members' fees; the library computes it from
 * the roster and the price and never takes a yearly figure on trust (100 members at 5.00 a month
 * bring 6,000.00 a year).
 *
 * @param monthlyPrice the standard monthly price, never negative ({@code NEGATIVE_AMOUNT})
 */
public record MembershipPricing(Money monthlyPrice) {
  /**
   * Checks the price.
   *
   * @param monthlyPrice the standard monthly price, never negative ({@code NEGATIVE_AMOUNT})
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative price
   */
  public MembershipPricing {
    AssociationAccounts.requireNonNegativePrice(monthlyPrice);
  }

  /**
   * Pricing at {@code monthlyPrice}.
   *
   * @param monthlyPrice the standard monthly price, zero or more
   * @return the pricing
   * @throws KoproGoException {@code NEGATIVE_AMOUNT} for a negative price
   */
  public static MembershipPricing at(Money monthlyPrice) {
    return new MembershipPricing(monthlyPrice);
  }

  /**
   * What a member at {@code rate} pays per month.
   *
   * @param rate the membership rate
   * @return the monthly fee, rounded down to the cent
   */
  public Money monthlyFee(MembershipRate rate) {
    Objects.requireNonNull(rate, "rate");
    return monthlyPrice.times(rate.partOfPrice(), RoundingMode.FLOOR);
  }

  /**
   * What {@code membership} pays per month.
   *
   * @param membership a membership
   * @return the monthly fee
   */
  public Money monthlyFee(Membership membership) {
    return monthlyFee(membership.rate());
  }

  /**
   * What {@code memberships} pay together per month.
   *
   * @param memberships the memberships
   * @return the total per month
   */
  public Money monthlyRevenue(Collection<Membership> memberships) {
    Money total = Money.zero(monthlyPrice.currency());
    for (Membership m : memberships) {
      total = total.plus(monthlyFee(m));
    }
    return total;
  }

  /**
   * What {@code memberships} pay together over {@code months} months.
   *
   * @param memberships the memberships
   * @param months the number of months, zero or more
   * @return the total
   * @throws KoproGoException {@code INVALID_FIELD} for a negative number of months
   */
  public Money revenueOver(Collection<Membership> memberships, int months) {
    if (months < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "months " + months + " is negative", "field", "months",
          "value", months);
    }
    return monthlyRevenue(memberships).times(months);
  }

  /**
   * What {@code memberships} pay together in a year (twelve monthly fees each).
   *
   * @param memberships the memberships
   * @return the total per year
   */
  public Money yearlyRevenue(Collection<Membership> memberships) {
    return revenueOver(memberships, 12);
  }

  /**
   * What {@code members} members at the standard rate pay in a year.
   *
   * @param members the number of members, zero or more
   * @return the total per year
   * @throws KoproGoException {@code INVALID_FIELD} for a negative number of members
   */
  public Money yearlyRevenue(long members) {
    if (members < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "members " + members + " is negative", "field", "members",
          "value", members);
    }
    return monthlyFee(MembershipRate.STANDARD).times(members).times(12);
  }
}
