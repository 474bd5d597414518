/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.koprogo.domain.loan.LoanInstallment;
import org.koprogo.domain.loan.LoanSchedule;
import org.koprogo.ports.in.loan.ScheduleLoan;

/**
 * The repayment schedule of a solidarity fund loan (a zero-rate loan or a works credit): equal
 * monthly payments, every month's interest and principal to the cent, the last month settling the
 * balance. A calculation on the request's terms; nothing is stored.
 */
@Controller("/api/v1/solidarity")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "solidarity")
@SecurityRequirement(name = "bearer")
public final class LoanScheduleController {
  private final ScheduleLoan loans;

  LoanScheduleController(ScheduleLoan loans) {
    this.loans = loans;
  }

  /**
   * A loan's terms.
   *
   * @param principal the amount lent, plain decimal, positive
   * @param currency ISO 4217 code (EUR when absent)
   * @param annualRatePercent the yearly rate in percent (0 for a zero-rate loan)
   * @param months the number of monthly payments, at least 1
   * @param convention NOMINAL (annual / 12, default) or ACTUARIAL (the twelfth root)
   */
  public record Terms(String principal, @Nullable String currency, BigDecimal annualRatePercent,
      Integer months, @Nullable String convention) {}

  /** A loan's schedule: amounts plain decimals in {@code currency}, the monthly rate exact ({@code n/d}). */
  public record ScheduleView(String principal, String currency, String annualRatePercent, int months,
      String convention, String monthlyRate, String payment, String lastPayment, String totalInterest,
      String totalPaid, List<InstallmentView> installments) {
    static ScheduleView of(ScheduleLoan.Schedule read) {
      LoanSchedule s = read.schedule();
      return new ScheduleView(read.principal().toPlainString(), read.principal().currency().getCurrencyCode(),
          read.annualRatePercent().toPlainString(), read.months(), read.convention().name(),
          s.monthlyRate().toString(), s.payment().toPlainString(), s.lastPayment().toPlainString(),
          s.totalInterest().toPlainString(), s.totalPaid().toPlainString(),
          s.installments().stream().map(InstallmentView::of).toList());
    }
  }

  /** One month of the schedule. */
  public record InstallmentView(int month, String payment, String interest, String principal, String balance) {
    static InstallmentView of(LoanInstallment i) {
      return new InstallmentView(i.month(), i.payment().toPlainString(), i.interest().toPlainString(),
          i.principal().toPlainString(), i.balance().toPlainString());
    }
  }

  @Post("/loan-schedules")
  @Operation(summary = "The monthly repayment schedule of a loan's terms; nothing is stored")
  public ScheduleView schedule(@Body Terms body) {
    return ScheduleView.of(loans.schedule(new ScheduleLoan.Terms(body.principal(), body.currency(),
        body.annualRatePercent(), body.months(), body.convention())));
  }
}
