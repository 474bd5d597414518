/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The association's accounts for one year: what the members paid, what it cost, how many members
 * there are and the monthly price they pay.
 *
 * @param revenue the year's revenue, positive ({@code NONPOSITIVE_REVENUE})
 * @param costs the year's costs by category, each never negative; copied
 * @param members the number of members, positive ({@code NONPOSITIVE_MEMBERS})
 * @param monthlyPrice the monthly price of a membership, never negative ({@code NEGATIVE_AMOUNT})
 */
public record AssociationAccounts(
    Money revenue, List<CostLine> costs, long members, Money monthlyPrice) {
  /**
   * Checks the accounts and copies the costs.
   *
   * @param revenue the year's revenue, positive ({@code NONPOSITIVE_REVENUE})
   * @param costs the year's costs by category, each never negative; copied
   * @param members the number of members, positive ({@code NONPOSITIVE_MEMBERS})
   * @param monthlyPrice the monthly price of a membership, never negative ({@code NEGATIVE_AMOUNT})
   * @throws KoproGoException {@code NONPOSITIVE_REVENUE} for a revenue of zero or less, {@code
   *     NONPOSITIVE_MEMBERS} for no member, {@code NEGATIVE_AMOUNT} for a negative price, {@code
   *     CURRENCY_MISMATCH} for a cost or price in another currency
   */
  public AssociationAccounts {
    requirePositiveRevenue(revenue);
    costs = List.copyOf(costs);
    requirePositiveMembers(members);
    requireNonNegativePrice(monthlyPrice);
    for (CostLine c : costs) {
      requireCurrency(revenue, c.amount(), "costs");
    }
    requireCurrency(revenue, monthlyPrice, "monthlyPrice");
  }

  /**
   * The total of the costs.
   *
   * @return the total
   */
  public Money totalCosts() {
    return total(revenue.currency(), costs);
  }

  /**
   * {@code revenue - totalCosts}: negative for a deficit.
   *
   * @return the surplus
   */
  public Money surplus() {
    return revenue.minus(totalCosts());
  }

  /**
   * The exact margin in percent: {@code surplus / revenue * 100}.
   *
   * @return the exact margin
   */
  public Fraction exactMarginPercent() {
    return surplus().toFraction().times(100).dividedBy(revenue.toFraction());
  }

  /**
   * The margin in percent, rounded half up to 2 places ({@code 80.00}, {@code -5.00}).
   *
   * @return the rounded margin
   */
  public BigDecimal marginPercent() {
    return exactMarginPercent().toBigDecimal(2, RoundingMode.HALF_UP);
  }

  /**
   * What one member costs per month: {@code totalCosts / (members * 12)} rounded up to the cent.
   *
   * @return the cost price per member and month
   */
  public Money costPricePerMemberMonthly() {
    return costPricePerMemberMonthly(totalCosts(), members, 12);
  }

  /**
   * What one member costs per month over a period of {@code months} months: {@code costs /
   * (members * months)}, rounded up to the minor unit so that the price covers it.
   */
  static Money costPricePerMemberMonthly(Money costs, long members, int months) {
    return Money.ofExactMinor(
        costs.currency(),
        Fraction.of(
            BigInteger.valueOf(costs.minorUnits()),
            BigInteger.valueOf(members).multiply(BigInteger.valueOf(months))),
        RoundingMode.CEILING);
  }

  static Money total(java.util.Currency currency, List<CostLine> costs) {
    Money total = Money.zero(currency);
    for (CostLine c : costs) {
      total = total.plus(c.amount());
    }
    return total;
  }

  static void requireCurrency(Money reference, Money amount, String field) {
    if (!reference.currency().equals(amount.currency())) {
      throw KoproGoException.of(
          ErrorCode.CURRENCY_MISMATCH,
          field + " is in " + amount.currency().getCurrencyCode() + ", not "
              + reference.currency().getCurrencyCode(),
          "field", field, "currency", amount.currency().getCurrencyCode());
    }
  }

  static Money requirePositiveRevenue(Money revenue) {
    Objects.requireNonNull(revenue, "revenue");
    if (!revenue.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_REVENUE,
          "revenue " + revenue.toPlainString() + " is not positive",
          "field", "revenue", "value", revenue.toPlainString());
    }
    return revenue;
  }

  static long requirePositiveMembers(long members) {
    if (members <= 0) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_MEMBERS,
          "members " + members + " is not positive",
          "field", "members", "value", members);
    }
    return members;
  }

  static Money requireNonNegativePrice(Money monthlyPrice) {
    Objects.requireNonNull(monthlyPrice, "monthlyPrice");
    if (monthlyPrice.isNegative()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT,
          "monthly price " + monthlyPrice.toPlainString() + " is negative",
          "field", "monthlyPrice", "value", monthlyPrice.toPlainString());
    }
    return monthlyPrice;
  }
}
