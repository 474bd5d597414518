/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.indexation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.indexation.IndexationFixtures.eur;
import static org.koprogo.domain.indexation.IndexationFixtures.percent;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class IndexationTest {

  @Test
  void compoundsExactlyAndRoundsEachInstallmentOnItsOwn() {
    Indexation rule = Indexation.compound(percent("3"));

    IndexedInstallments plan = rule.installments(eur("100.00"), 4);

    // 100 x 1.03^3 = 109.2727 -> 109.27; the total adds the rounded installments.
    assertThat(plan.installments()).containsExactly(
        eur("100.00"), eur("103.00"), eur("106.09"), eur("109.27"));
    assertThat(plan.total()).isEqualTo(eur("418.36"));
  }

  @Test
  void keepsTheCompoundFactorExactOverManyPeriods() {
    Indexation rule = Indexation.compound(percent("0.5"));

    Fraction factor = rule.factor(360);

    assertThat(factor).isEqualTo(Fraction.of(new BigDecimal("1.005").pow(360)));
  }

  @Test
  void roundsAHalfCentUp() {
    Indexation rule = Indexation.linear(percent("0.5"));

    // 1.00 x (1 + 0.005 x 1) = 1.005 -> 1.01
    assertThat(rule.installment(eur("1.00"), 1)).isEqualTo(eur("1.01"));
  }

  @Test
  void followsTheIndexFromItsReferenceValue() {
    Indexation rule = Indexation.indexLinked(List.of(percent("1800.5"), percent("1850.25")));

    IndexedInstallments plan = rule.installments(eur("500.00"));

    // 500 x 1850.25 / 1800.5 = 513.8156...
    assertThat(plan.installments()).containsExactly(eur("500.00"), eur("513.82"));
  }

  @Test
  void refusesARateOfMinusOneHundredPercent() {
    assertThatThrownBy(() -> Indexation.compound(percent("-100")))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NEGATIVE_RATE));
  }

  @Test
  void refusesMorePeriodsThanIndexValues() {
    Indexation rule = Indexation.indexLinked(List.of(percent("100"), percent("101")));

    assertThatThrownBy(() -> rule.installments(eur("10.00"), 3))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TERM));
  }

  @Test
  void explainsTheFormulaAndTheRounding() {
    Indexation rule = Indexation.compound(percent("0.5"));

    String explanation = rule.explain(eur("250.00"), 2);

    assertThat(explanation)
        .isEqualTo("250.00 EUR x (1 + 0.5%)^2 = 252.50625, rounded half up to 252.51 EUR"
            + " (compound indexation, period 2)");
  }
}
