/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;

/** A small building and its 2026 budget for the budget tests. */
final class BudgetFixtures {
  static final LotId A1 = LotId.of("A1");
  static final LotId A2 = LotId.of("A2");
  static final LotId B1 = LotId.of("B1");
  static final LotId B2 = LotId.of("B2");
  static final List<LotId> LOTS = List.of(A1, A2, B1, B2);

  private BudgetFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The general key: the lots' shares in the common parts (1,000 in all). */
  static DistributionKey shares() {
    return key("shares", "A1", 300, "A2", 250, "B1", 250, "B2", 200);
  }

  /** The elevator key: the three lots above the ground floor, equally. */
  static DistributionKey elevator() {
    return key("elevator", "A2", 1, "B1", 1, "B2", 1);
  }

  /**
   * The 2026 budget: 12,000.00 of insurance and cleaning by shares and 1,000.00 of elevator
   * upkeep (working capital), 650.00 for the reserve fund by shares.
   */
  static YearlyBudget budget2026() {
    return YearlyBudget.of(
        LocalDate.of(2026, 1, 1),
        List.of(
            BudgetLine.workingCapital("insurance and cleaning", eur("12000.00"), shares()),
            BudgetLine.workingCapital("elevator upkeep", eur("1000.00"), elevator()),
            BudgetLine.reserve("reserve fund", eur("650.00"), shares())));
  }

  static DistributionKey key(String name, Object... lotsAndWeights) {
    Map<LotId, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < lotsAndWeights.length; i += 2) {
      weights.put(
          LotId.of((String) lotsAndWeights[i]),
          BigDecimal.valueOf(((Number) lotsAndWeights[i + 1]).longValue()));
    }
    return new DistributionKey(name, weights);
  }
}
