/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.loan.MonthlyRateConvention;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.loan.ScheduleLoan;

class LoanSchedulingTest {
  private final ScheduleLoan loans = UseCaseFixtures.useCases(UseCaseFixtures.store()).scheduleLoan();

  @Test
  void aZeroRateLoanIsRepaidInEqualPaymentsTheLastSettlingTheBalance() {
    ScheduleLoan.Schedule s = loans.schedule(new ScheduleLoan.Terms("1000.00", null, BigDecimal.ZERO, 3, null));

    assertThat(s.principal().toPlainString()).isEqualTo("1000.00");
    assertThat(s.principal().currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(s.convention()).isEqualTo(MonthlyRateConvention.NOMINAL);
    assertThat(s.schedule().installments()).hasSize(3);
    assertThat(s.schedule().totalPaid().toPlainString()).isEqualTo("1000.00");
    assertThat(s.schedule().lastPayment().toPlainString()).isEqualTo("333.34");
  }

  @Test
  void refusalsNameTheField() {
    assertField(() -> loans.schedule(new ScheduleLoan.Terms(null, null, BigDecimal.ONE, 12, null)),
        ErrorCode.MISSING_FIELD, "principal");
    assertField(() -> loans.schedule(new ScheduleLoan.Terms("10.00", null, null, 12, null)),
        ErrorCode.MISSING_FIELD, "annualRatePercent");
    assertField(() -> loans.schedule(new ScheduleLoan.Terms("10.00", null, BigDecimal.ONE, null, null)),
        ErrorCode.MISSING_FIELD, "months");
    assertField(() -> loans.schedule(new ScheduleLoan.Terms("10.00", null, BigDecimal.ONE, 601, null)),
        ErrorCode.INVALID_FIELD, "months");
    assertField(() -> loans.schedule(new ScheduleLoan.Terms("10.00", null, BigDecimal.ONE, 12, "DAILY")),
        ErrorCode.INVALID_FIELD, "convention");
  }

  private static void assertField(ThrowingCallable call, ErrorCode code, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.details()).containsEntry("field", field);
    });
  }
}
