/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class ContributionPlanProperties {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 31);

  @Test
  void aNewVersionNeverChangesAnInstallmentDueBeforeIt() {
    qt().withExamples(200)
        .forAll(longs().between(0, 1_000_000), integers().between(1, 700), integers().between(-500, 500),
            longs().between(0, 1_000_000))
        .checkAssert(
            (baseCents, effectiveAfterDays, basisPoints, newBaseCents) -> {
              ContributionPlan plan =
                  ContributionPlan.of(FIRST, 1, 24, Money.ofMinor(Money.EUR, baseCents),
                      Indexation.compound(BigDecimal.valueOf(basisPoints, 2)));
              LocalDate effective = FIRST.plusDays(effectiveAfterDays);

              ContributionPlan revised =
                  plan.withVersion(effective, Money.ofMinor(Money.EUR, newBaseCents),
                      Indexation.linear(BigDecimal.valueOf(basisPoints, 2)), "revision");

              List<ContributionInstallment> before = plan.installments();
              List<ContributionInstallment> after = revised.installments();
              for (int i = 0; i < before.size(); i++) {
                if (before.get(i).dueDate().isBefore(effective)) {
                  assertThat(after.get(i)).isEqualTo(before.get(i));
                } else {
                  assertThat(after.get(i).version()).isEqualTo(2);
                }
              }
            });
  }
}
