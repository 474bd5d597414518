/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.koprogo.domain.shared.Money;

/** Amounts and plans shared by the indexation tests. */
final class IndexationFixtures {
  private IndexationFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  static BigDecimal percent(String value) {
    return new BigDecimal(value);
  }

  /** A monthly plan of 12 installments of 100.00 EUR, fixed, from 2026-01-01. */
  static ContributionPlan monthlyFixedPlanFrom2026() {
    return ContributionPlan.of(LocalDate.of(2026, 1, 1), 1, 12, eur("100.00"), Indexation.fixed());
  }
}
