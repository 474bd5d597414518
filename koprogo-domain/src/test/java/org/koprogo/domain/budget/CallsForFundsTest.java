/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.budget.BudgetFixtures.A1;
import static org.koprogo.domain.budget.BudgetFixtures.A2;
import static org.koprogo.domain.budget.BudgetFixtures.B1;
import static org.koprogo.domain.budget.BudgetFixtures.B2;
import static org.koprogo.domain.budget.BudgetFixtures.LOTS;
import static org.koprogo.domain.budget.BudgetFixtures.budget2026;
import static org.koprogo.domain.budget.BudgetFixtures.eur;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class CallsForFundsTest {

  @Test
  void aPeriodOutsideTheYearIsACodedRefusalNamingThePeriod() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    for (int period : new int[] {0, 5, -1, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> plan.callsIn(period)).isInstanceOfSatisfying(KoproGoException.class, e -> {
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(e.details()).containsEntry("field", "period");
      });
      assertThatThrownBy(() -> plan.periodTotal(period, Fund.RESERVE)).isInstanceOf(KoproGoException.class);
      assertThatThrownBy(() -> CallFrequency.QUARTERLY.periodStart(LocalDate.of(2026, 1, 1), period))
          .isInstanceOfSatisfying(KoproGoException.class,
              e -> assertThat(e.details()).containsEntry("field", "period"));
    }
    assertThat(plan.callsIn(4)).isNotEmpty();
  }

  @Test
  void distributesEveryLineByItsOwnKey() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    assertThat(plan.yearlyShareOf(A1, Fund.WORKING_CAPITAL)).isEqualTo(eur("3600.00"));
    assertThat(plan.yearlyShareOf(A2, Fund.WORKING_CAPITAL)).isEqualTo(eur("3333.34"));
    assertThat(plan.yearlyShareOf(B1, Fund.WORKING_CAPITAL)).isEqualTo(eur("3333.33"));
    assertThat(plan.yearlyShareOf(B2, Fund.WORKING_CAPITAL)).isEqualTo(eur("2733.33"));
    assertThat(plan.yearlyShareOf(B2, Fund.RESERVE)).isEqualTo(eur("130.00"));
  }

  @Test
  void spreadsTheOddCentsOverTheQuartersSoEveryLotsYearAddsUp() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    assertThat(plan.callsOf(A2)).extracting(CallForFunds::workingCapital)
        .containsExactly(eur("833.34"), eur("833.34"), eur("833.33"), eur("833.33"));
    assertThat(plan.callsOf(B1)).extracting(CallForFunds::workingCapital)
        .containsExactly(eur("833.33"), eur("833.33"), eur("833.34"), eur("833.33"));
    assertThat(plan.callsOf(B2)).extracting(CallForFunds::workingCapital)
        .containsExactly(eur("683.33"), eur("683.33"), eur("683.33"), eur("683.34"));
  }

  @Test
  void callsTheSameTotalEveryQuarter() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    for (int quarter = 1; quarter <= 4; quarter++) {
      assertThat(plan.periodTotal(quarter, Fund.WORKING_CAPITAL)).isEqualTo(eur("3250.00"));
      assertThat(plan.periodTotal(quarter, Fund.RESERVE)).isEqualTo(eur("162.50"));
    }
  }

  @Test
  void keepsTheWorkingCapitalAndTheReserveFundApart() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    CallForFunds first = plan.callsIn(1).get(0);

    assertThat(first.lot()).isEqualTo(A1);
    assertThat(first.workingCapital()).isEqualTo(eur("900.00"));
    assertThat(first.reserve()).isEqualTo(eur("48.75"));
    assertThat(first.total()).isEqualTo(eur("948.75"));
  }

  @Test
  void datesEveryCallAtTheStartOfItsPeriod() {
    YearlyBudget julyYear =
        YearlyBudget.of(LocalDate.of(2026, 7, 1), budget2026().lines());

    CallsForFunds plan = CallsForFunds.plan(julyYear, LOTS, CallFrequency.QUARTERLY);

    assertThat(plan.callsOf(A1)).extracting(CallForFunds::dueDate)
        .containsExactly(
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 4, 1));
  }

  @Test
  void addsUpToTheBudgetMonthByMonth() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.MONTHLY);

    Money total = Money.zero(Money.EUR);
    for (CallForFunds call : plan.calls()) {
      total = total.plus(call.total());
    }

    assertThat(plan.calls()).hasSize(48);
    assertThat(total).isEqualTo(eur("13650.00"));
  }

  @Test
  void refusesALotListedTwiceOrNoLotAtAll() {
    assertThatThrownBy(() -> CallsForFunds.plan(budget2026(), List.of(A1, A1), CallFrequency.YEARLY))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.DUPLICATE_UNIT);
    assertThatThrownBy(() -> CallsForFunds.plan(budget2026(), List.<LotId>of(), CallFrequency.YEARLY))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.EMPTY_UNITS);
  }

  @Test
  void refusesANegativeBudgetLine() {
    assertThatThrownBy(
            () -> BudgetLine.workingCapital("refund", eur("-1.00"), BudgetFixtures.shares()))
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.NEGATIVE_AMOUNT);
  }
}
