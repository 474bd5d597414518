/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.loan.LoanFixtures.eur;
import static org.koprogo.domain.loan.LoanFixtures.worksCredit12000Over84Months;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

class LoanScheduleTest {

  @Test
  void amortisesTheWorksCreditWithTheNominalMonthlyRate() {
    LoanTerms terms = worksCredit12000Over84Months();

    LoanSchedule schedule = LoanSchedule.of(terms);

    assertThat(schedule.monthlyRate()).isEqualTo(Fraction.of(1, 800));
    assertThat(schedule.payment()).isEqualTo(eur("150.58"));
    assertThat(schedule.lastPayment()).isEqualTo(eur("150.36"));
    assertThat(schedule.totalInterest()).isEqualTo(eur("648.50"));
    assertThat(schedule.totalPaid()).isEqualTo(eur("12648.50"));
  }

  @Test
  void amortisesTheWorksCreditWithTheActuarialMonthlyRate() {
    LoanTerms terms = worksCredit12000Over84Months().with(MonthlyRateConvention.ACTUARIAL);

    LoanSchedule schedule = LoanSchedule.of(terms);

    assertThat(schedule.monthlyRate())
        .isEqualTo(Fraction.of(new BigDecimal("0.001241487716449315926049758799380468553")));
    assertThat(schedule.payment()).isEqualTo(eur("150.52"));
    assertThat(schedule.lastPayment()).isEqualTo(eur("150.83"));
    assertThat(schedule.totalInterest()).isEqualTo(eur("643.99"));
    assertThat(schedule.totalPaid()).isEqualTo(eur("12643.99"));
  }

  @Test
  void detailsTheFirstAndLastMonths() {
    LoanSchedule schedule = LoanSchedule.of(worksCredit12000Over84Months());

    LoanInstallment first = schedule.installments().get(0);
    LoanInstallment last = schedule.installments().get(83);

    // 12,000 x 0.015 / 12 = 15.00 of interest; 150.58 - 15.00 = 135.58 repaid
    assertThat(first).isEqualTo(new LoanInstallment(1, eur("150.58"), eur("15.00"), eur("135.58"), eur("11864.42")));
    assertThat(last.month()).isEqualTo(84);
    assertThat(last.balance()).isEqualTo(eur("0.00"));
    assertThat(last.payment()).isEqualTo(last.principal().plus(last.interest()));
  }

  @Test
  void twelveActuarialMonthsCompoundToTheAnnualRate() {
    Fraction monthly = MonthlyRateConvention.ACTUARIAL.monthlyRate(new BigDecimal("1.5"));

    Fraction yearly = MonthlyRateConvention.growth(monthly, 12);

    assertThat(yearly.minus(Fraction.of(new BigDecimal("1.015"))).abs())
        .isLessThan(Fraction.of(new BigDecimal("1e-37")));
  }

  @Test
  void refusesAZeroTermBeforeLookingAtTheRate() {
    assertThatThrownBy(() -> LoanTerms.of(eur("1000.00"), new BigDecimal("-1"), 0))
        .isInstanceOfSatisfying(
            KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TERM));
  }
}
