/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.budget.BudgetFixtures.budget2026;
import static org.koprogo.domain.budget.BudgetFixtures.eur;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.budget.ReserveFundCheck.Verdict;

class ReserveFundMinimumTest {

  @Test
  void acceptsAContributionOfAtLeastFivePercentOfLastYearsOrdinaryCharges() {
    ReserveFundCheck check = ReserveFundMinimum.check(budget2026(), eur("12800.00"), null);

    assertThat(check.verdict()).isEqualTo(Verdict.MINIMUM_MET);
    assertThat(check.minimum()).isEqualTo(eur("640.00"));
    assertThat(check.shortfall()).isEqualTo(eur("0.00"));
  }

  @Test
  void saysBelowMinimumWithTheShortfallWhenNoDecisionAllowsIt() {
    ReserveFundCheck check = ReserveFundMinimum.check(eur("500.00"), eur("12800.00"), null);

    assertThat(check.verdict()).isEqualTo(Verdict.BELOW_MINIMUM);
    assertThat(check.compliant()).isFalse();
    assertThat(check.shortfall()).isEqualTo(eur("140.00"));
    assertThat(check.explanation()).contains("140.00", "640.00", "12800.00");
  }

  @Test
  void acceptsLessWhenFourFifthsOfTheVotesCastDecidedIt() {
    ReserveFundWaiver exactlyFourFifths = ReserveFundWaiver.of("AG-2026-04", 800, 200);

    ReserveFundCheck check =
        ReserveFundMinimum.check(eur("0.00"), eur("12800.00"), exactlyFourFifths);

    assertThat(check.verdict()).isEqualTo(Verdict.WAIVED_BY_FOUR_FIFTHS);
    assertThat(check.compliant()).isTrue();
  }

  @Test
  void refusesAWaiverShortOfFourFifths() {
    ReserveFundWaiver short1 = ReserveFundWaiver.of("AG-2026-05", 799, 201);

    ReserveFundCheck check = ReserveFundMinimum.check(eur("0.00"), eur("12800.00"), short1);

    assertThat(check.verdict()).isEqualTo(Verdict.BELOW_MINIMUM);
    assertThat(check.explanation()).contains("AG-2026-05", "799/1000");
  }

  @Test
  void roundsTheMinimumUpToTheCent() {
    assertThat(ReserveFundMinimum.minimumFor(eur("1234.57"))).isEqualTo(eur("61.73"));
    assertThat(ReserveFundMinimum.check(eur("61.72"), eur("1234.57"), null).compliant()).isFalse();
    assertThat(ReserveFundMinimum.check(eur("61.73"), eur("1234.57"), null).compliant()).isTrue();
  }

  @Test
  void requiresTheFundFromFiveYearsAfterTheProvisionalAcceptance() {
    LocalDate acceptance = LocalDate.of(2021, 3, 15);

    assertThat(ReserveFundMinimum.requiredFor(LocalDate.of(2026, 1, 1), acceptance)).isFalse();
    assertThat(ReserveFundMinimum.requiredFor(LocalDate.of(2026, 3, 15), acceptance)).isTrue();
  }
}
