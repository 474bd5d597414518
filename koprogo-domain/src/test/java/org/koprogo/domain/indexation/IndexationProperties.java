/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class IndexationProperties {

  @Test
  void aZeroRateEqualsFixed() {
    qt().forAll(longs().between(0, 10_000_000), integers().between(1, 120), integers().between(0, 1))
        .checkAssert(
            (cents, periods, which) -> {
              Money base = Money.ofMinor(Money.EUR, cents);
              Indexation zero =
                  which == 0 ? Indexation.linear(BigDecimal.ZERO) : Indexation.compound(BigDecimal.ZERO);

              IndexedInstallments indexed = zero.installments(base, periods);

              org.assertj.core.api.Assertions.assertThat(indexed)
                  .isEqualTo(Indexation.fixed().installments(base, periods));
            });
  }

  @Test
  void aPositiveCompoundRateNeverLowersAnInstallment() {
    qt().forAll(longs().between(0, 10_000_000), integers().between(0, 500), integers().between(1, 60))
        .checkAssert(
            (cents, basisPoints, periods) -> {
              Money base = Money.ofMinor(Money.EUR, cents);
              Indexation rule = Indexation.compound(BigDecimal.valueOf(basisPoints, 2));

              IndexedInstallments indexed = rule.installments(base, periods);

              for (int k = 1; k < periods; k++) {
                org.assertj.core.api.Assertions.assertThat(indexed.installments().get(k))
                    .isGreaterThanOrEqualTo(indexed.installments().get(k - 1));
              }
            });
  }
}
