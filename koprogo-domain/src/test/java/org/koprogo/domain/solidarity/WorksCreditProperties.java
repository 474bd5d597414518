/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.solidarity;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class WorksCreditProperties {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void aWorksCreditPassesTheShareRuleExactlyWhenItIsAtMostTheShare() {
    EligibilityRule rule = new EligibilityRule.AtMostShareOfVotedWorks();
    qt().forAll(longs().between(1, 10_000_000L), longs().between(0, 10_000_000L)).checkAssert((amount, share) -> {
      AidRequest r = new AidRequest.WorksCredit(Money.ofMinor(EUR, amount), BigDecimal.ONE, 60, true, true,
          Money.ofMinor(EUR, share));

      boolean passed = rule.check(null, r, LocalDate.of(2026, 1, 1)).passed();

      if (passed != (amount <= share)) {
        throw new AssertionError(amount + " against share " + share + " passed " + passed);
      }
    });
  }
}
