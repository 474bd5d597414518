/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
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
import org.koprogo.domain.loan.LoanTerms;
import org.koprogo.domain.loan.MonthlyRateConvention;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.problem.ProblemException;

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
  /** The longest schedule answered (50 years): the exact arithmetic grows with the term. */
  static final int MAX_MONTHS = 600;

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
    if (body.principal() == null) {
      throw BudgetController.missing("principal");
    }
    if (body.annualRatePercent() == null) {
      throw BudgetController.missing("annualRatePercent");
    }
    if (body.months() == null) {
      throw BudgetController.missing("months");
    }
    if (body.months() > MAX_MONTHS) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.INVALID_FIELD.name(),
          "a schedule lists at most " + MAX_MONTHS + " months, not " + body.months())
          .with("field", "months").with("value", body.months());
    }
    Money principal = Money.parse(body.principal(),
        Money.currency(body.currency() == null ? "EUR" : body.currency()), "principal");
    MonthlyRateConvention convention = BudgetController.enumOf(MonthlyRateConvention.class,
        body.convention(), MonthlyRateConvention.NOMINAL, "convention");
    LoanSchedule schedule = LoanSchedule.of(
        new LoanTerms(principal, body.annualRatePercent(), body.months(), convention));

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("principal", principal.toPlainString());
    answer.put("currency", principal.currency().getCurrencyCode());
    answer.put("annualRatePercent", body.annualRatePercent().toPlainString());
    answer.put("months", body.months());
    answer.put("convention", convention.name());
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
