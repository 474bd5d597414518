/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import java.math.BigDecimal;
import org.koprogo.domain.shared.Money;

/** Loans shared by the loan tests. */
final class LoanFixtures {
  private LoanFixtures() {}

  static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  /** The solidarity works credit of the charter's example: 12,000 EUR at 1.5% over 84 months. */
  static LoanTerms worksCredit12000Over84Months() {
    return LoanTerms.of(eur("12000.00"), new BigDecimal("1.5"), 84);
  }
}
