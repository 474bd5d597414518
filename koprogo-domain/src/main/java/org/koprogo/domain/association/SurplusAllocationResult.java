/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.Money;

/**
 * What the participatory budget gives: the surplus, the margin, whether a price decrease is
 * allowed, the cost price, every destination's share, the reserve's coverage and the price
 * decrease.
 *
 * @param surplus revenue minus costs, negative for a deficit
 * @param marginPercent {@code surplus / revenue * 100} rounded half up to 2 places
 * @param priceDecreaseEligible true when the exact margin is strictly above the threshold
 * @param costPricePerMemberMonthly the costs per member and month, rounded up to the cent
 * @param allocations every destination's share of the surplus, in the plan's order (all zero
 *     unless the surplus is positive); copied
 * @param reserve the reserve's coverage, null when the plan has no reserve target
 * @param priceDecrease the price decrease, null unless the plan names a price-decrease destination
 *     and the margin allows it
 */
public record SurplusAllocationResult(
    Money surplus,
    BigDecimal marginPercent,
    boolean priceDecreaseEligible,
    Money costPricePerMemberMonthly,
    Map<String, Money> allocations,
    ReserveCoverage reserve,
    PriceDecrease priceDecrease) {
  /**
   * Checks that every part is given and copies the allocations.
   *
   * @param surplus revenue minus costs, negative for a deficit
   * @param marginPercent {@code surplus / revenue * 100} rounded half up to 2 places
   * @param priceDecreaseEligible true when the exact margin is strictly above the threshold
   * @param costPricePerMemberMonthly the costs per member and month, rounded up to the cent
   * @param allocations every destination's share of the surplus, in the plan's order (all zero
   *     unless the surplus is positive); copied
   * @param reserve the reserve's coverage, null when the plan has no reserve target
   * @param priceDecrease the price decrease, null unless the plan names a price-decrease
   *     destination and the margin allows it
   */
  public SurplusAllocationResult {
    Objects.requireNonNull(surplus, "surplus");
    Objects.requireNonNull(marginPercent, "marginPercent");
    Objects.requireNonNull(costPricePerMemberMonthly, "costPricePerMemberMonthly");
    allocations = Collections.unmodifiableMap(new LinkedHashMap<>(allocations));
  }

  /**
   * The share of destination {@code id}; zero for an id the plan does not list.
   *
   * @param id a destination's id
   * @return its share
   */
  public Money allocationOf(String id) {
    return allocations.getOrDefault(id, Money.zero(surplus.currency()));
  }

  /**
   * The reserve's coverage, when the plan has a reserve target.
   *
   * @return the coverage, or empty
   */
  public Optional<ReserveCoverage> reserveCoverage() {
    return Optional.ofNullable(reserve);
  }

  /**
   * The price decrease, when there is one.
   *
   * @return the price decrease, or empty
   */
  public Optional<PriceDecrease> proposedPriceDecrease() {
    return Optional.ofNullable(priceDecrease);
  }

  /**
   * How far the surplus fills the reserve.
   *
   * @param target {@code totalCosts * months / 12}, rounded half up to the cent
   * @param shortfall {@code max(0, target - current)}
   * @param covered true when the reserve destination's share is at least the shortfall
   */
  public record ReserveCoverage(Money target, Money shortfall, boolean covered) {
    /**
     * Checks that every part is given.
     *
     * @param target {@code totalCosts * months / 12}, rounded half up to the cent
     * @param shortfall {@code max(0, target - current)}
     * @param covered true when the reserve destination's share is at least the shortfall
     */
    public ReserveCoverage {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(shortfall, "shortfall");
    }
  }

  /**
   * The price decrease a price-decrease destination pays for. It is a proposal: the monthly price
   * only changes through an adopted resolution ({@link MonthlyPrice#change}).
   *
   * @param perMemberMonthly the destination's share per member and month, rounded down to the cent
   * @param newMonthlyPrice {@code max(monthlyPrice - perMemberMonthly, costPricePerMemberMonthly)}:
   *     never below the cost price
   */
  public record PriceDecrease(Money perMemberMonthly, Money newMonthlyPrice) {
    /**
     * Checks that every part is given.
     *
     * @param perMemberMonthly the destination's share per member and month, rounded down to the
     *     cent
     * @param newMonthlyPrice {@code max(monthlyPrice - perMemberMonthly,
     *     costPricePerMemberMonthly)}: never below the cost price
     */
    public PriceDecrease {
      Objects.requireNonNull(perMemberMonthly, "perMemberMonthly");
      Objects.requireNonNull(newMonthlyPrice, "newMonthlyPrice");
    }
  }
}
