/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.indexation.IndexationFixtures.eur;
import static org.koprogo.domain.indexation.IndexationFixtures.monthlyFixedPlanFrom2026;
import static org.koprogo.domain.indexation.IndexationFixtures.percent;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class ContributionPlanTest {

  @Test
  void appliesANewVersionFromItsEffectiveDateOnly() {
    ContributionPlan plan = monthlyFixedPlanFrom2026();

    ContributionPlan revised =
        plan.withVersion(
            LocalDate.of(2026, 7, 1), eur("120.00"), Indexation.linear(percent("1")),
            "resolution 2026-05 of the general assembly");

    List<Money> amounts = revised.installments().stream().map(ContributionInstallment::amount).toList();
    assertThat(amounts.subList(0, 6)).containsOnly(eur("100.00"));
    assertThat(amounts.subList(6, 9)).containsExactly(eur("120.00"), eur("121.20"), eur("122.40"));
    assertThat(revised.installments().get(6).version()).isEqualTo(2);
  }

  @Test
  void keepsTheAmountsOfEarlierInstallments() {
    ContributionPlan plan = monthlyFixedPlanFrom2026();
    List<ContributionInstallment> before = plan.installments();

    ContributionPlan revised =
        plan.withVersion(LocalDate.of(2026, 10, 15), eur("90.00"), Indexation.fixed(), "");

    assertThat(revised.installments().subList(0, 10)).isEqualTo(before.subList(0, 10));
    assertThat(revised.installments().get(10).amount()).isEqualTo(eur("90.00"));
  }

  @Test
  void refusesAVersionThatWouldRewriteHistory() {
    ContributionPlan plan =
        monthlyFixedPlanFrom2026().withVersion(LocalDate.of(2026, 6, 1), eur("110.00"), Indexation.fixed(), "");

    assertThatThrownBy(
            () -> plan.withVersion(LocalDate.of(2026, 3, 1), eur("90.00"), Indexation.fixed(), ""))
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
              assertThat(e.details()).containsKeys("from", "to", "guard");
            });
  }

  @Test
  void explainsEveryInstallmentInWords() {
    ContributionPlan plan =
        ContributionPlan.of(LocalDate.of(2026, 1, 31), 3, 3, eur("250.00"), Indexation.compound(percent("0.5")));

    List<ContributionInstallment> installments = plan.installments();

    assertThat(installments.get(2).dueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(installments.get(2).explanation())
        .isEqualTo("installment 3 of 3, due 2026-07-31: version 1 (effective 2026-01-31, initial plan), "
            + "250.00 EUR x (1 + 0.5%)^2 = 252.50625, rounded half up to 252.51 EUR"
            + " (compound indexation, period 2)");
    assertThat(plan.total()).isEqualTo(eur("753.76"));
  }
}
