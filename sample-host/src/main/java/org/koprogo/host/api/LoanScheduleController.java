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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.loan.LoanInstallment;
import org.koprogo.domain.loan.LoanSchedule;
import org.koprogo.domain.shared.Money;
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

  @Post("/loan-schedules")
  @Operation(summary = "The monthly repayment schedule of a loan's terms; nothing is stored")
  public Map<String, Object> schedule(@Body Terms body) {
    ScheduleLoan.Schedule read = loans.schedule(new ScheduleLoan.Terms(body.principal(), body.currency(),
        body.annualRatePercent(), body.months(), body.convention()));
    Money principal = read.principal();
    LoanSchedule schedule = read.schedule();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("principal", principal.toPlainString());
    answer.put("currency", principal.currency().getCurrencyCode());
    answer.put("annualRatePercent", read.annualRatePercent().toPlainString());
    answer.put("months", read.months());
    answer.put("convention", read.convention().name());
    answer.put("monthlyRate", schedule.monthlyRate().toString());
    answer.put("payment", schedule.payment().toPlainString());
    answer.put("lastPayment", schedule.lastPayment().toPlainString());
    answer.put("totalInterest", schedule.totalInterest().toPlainString());
    answer.put("totalPaid", schedule.totalPaid().toPlainString());
    List<Map<String, Object>> installments = new ArrayList<>();
    for (LoanInstallment i : schedule.installments()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("month", i.month());
      line.put("payment", i.payment().toPlainString());
      line.put("interest", i.interest().toPlainString());
      line.put("principal", i.principal().toPlainString());
      line.put("balance", i.balance().toPlainString());
      installments.add(line);
    }
    answer.put("installments", installments);
    return answer;
  }
}
