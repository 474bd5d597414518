/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.Reminder;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementOfAccount;

/**
 * An owner's statement of account: the installments of the expenses distributed to the owner's
 * lots (their part of a lot in indivision, split by the largest remainder), the payments the
 * syndic recorded, imputed oldest installment first, the late-payment penalties of each
 * installment under its own building's policy (shown per building in {@code policies}), the
 * balance and the reminder due. An owner sees only their own.
 */
@Controller("/api/v1/owners/{owner}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class OwnerStatementController {
  private final RecordOwnerPayment payments;
  private final ReadOwnerStatement statements;
  private final DocumentFormats formats;

  OwnerStatementController(RecordOwnerPayment payments, ReadOwnerStatement statements, DocumentFormats formats) {
    this.payments = payments;
    this.statements = statements;
    this.formats = formats;
  }

  /**
   * A payment to record.
   *
   * @param id its id (a new UUID when absent)
   * @param date value date
   * @param amount positive plain decimal in the building's currency
   * @param reference bank reference
   */
  public record NewPayment(@Nullable String id, LocalDate date, String amount, @Nullable String reference) {}

  @Status(HttpStatus.CREATED)
  @Post("/payments")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record an owner's payment from the bank statement (syndic, admin)")
  public HttpResponse<Map<String, Object>> pay(Authentication authentication,
      @PathVariable String owner, @Body NewPayment body) {
    Tenant tenant = Tenant.of(authentication);
    RecordOwnerPayment.Recorded recorded = payments.record(new RecordOwnerPayment.Payment(
        tenant.organisation().value(), owner, body.id(), body.date(), body.amount(), body.reference(), tenant.actor()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", recorded.id());
    answer.put("owner", owner);
    answer.put("date", recorded.payment().date().toString());
    answer.put("amount", recorded.payment().amount().toPlainString());
    answer.put("reference", recorded.payment().reference());
    return HttpResponse.created(answer, URI.create("/api/v1/owners/" + owner + "/statement"));
  }

  @Get("/statement")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.CSV, DocumentFormats.PDF})
  @Operation(summary = "The owner's statement of account as of a day (installments, payments,"
      + " penalties, balance, reminder due); an owner sees only their own. Accept: text/csv gives its"
      + " lines as CSV, Accept: application/pdf the statement as a tagged PDF/A (language from"
      + " Accept-Language)")
  public HttpResponse<?> statement(Authentication authentication, @PathVariable String owner,
      @Nullable @QueryValue @io.swagger.v3.oas.annotations.Parameter(required = true,
          description = "the day of the statement (yyyy-MM-dd)",
          schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "date")) String asOf,
      @Nullable @QueryValue String formalNoticeOn, HttpRequest<?> request) {
    Computed c = computed(authentication, owner, asOf, formalNoticeOn);
    return switch (DocumentFormats.wanted(request)) {
      case CSV -> formats.statementCsv(c, owner);
      case PDF -> formats.statementPdf(Tenant.of(authentication).organisation(), c, owner, request);
      case JSON -> HttpResponse.ok(c.json());
    };
  }

  /**
   * The statement of {@code owner} as the JSON answer gives it, with the library's {@link
   * OwnerStatement} it was written from (for the CSV and PDF forms of the same resource).
   *
   * @param json the JSON answer
   * @param statement the statement
   */
  public record Computed(Map<String, Object> json, OwnerStatement statement) {}

  /** The statement of {@code owner}, checked as the JSON route checks it (an owner sees only theirs). */
  public Computed computed(Authentication authentication, String owner, @Nullable String asOf,
      @Nullable String formalNoticeOn) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireSelfOrBroad("owner", owner);
    StatementOfAccount account = statements.statement(tenant.organisation().value(), owner,
        date(CoopGroups.required(asOf, "asOf"), "asOf"),
        formalNoticeOn == null ? null : date(formalNoticeOn, "formalNoticeOn"));
    OwnerStatement statement = account.statement();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("owner", owner);
    answer.put("asOf", account.asOf().toString());
    answer.put("currency", account.currency().getCurrencyCode());
    if (account.building().isEmpty()) {
      return new Computed(body(answer, statement, null, Map.of()), statement);
    }
    answer.put("formalNoticeOn", statement.formalNoticeOn() == null ? null : statement.formalNoticeOn().toString());
    answer.put("building", account.building().get().value());
    answer.put("buildings", account.buildings().stream().map(b -> b.value()).toList());
    answer.put("policies", account.policies().stream().map(PenaltyPolicyController::view).toList());
    List<Map<String, Object>> credits = new ArrayList<>();
    for (StatementOfAccount.Credit c : account.credits()) {
      Map<String, Object> credit = new LinkedHashMap<>();
      credit.put("expense", c.expense());
      credit.put("building", c.building());
      credit.put("date", c.date().toString());
      credit.put("amount", c.amount().toPlainString());
      credits.add(credit);
    }
    answer.put("credits", credits);
    return new Computed(body(answer, statement, account.reminder(), account.buildingOfInstallment()), statement);
  }

  private static Map<String, Object> body(Map<String, Object> answer, OwnerStatement s, Reminder reminder,
      Map<String, String> buildingOf) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (StatementLine l : s.lines()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("installment", l.installment().id().value());
      line.put("building", buildingOf.get(l.installment().id().value()));
      line.put("dueDate", l.installment().dueDate().toString());
      line.put("amount", l.installment().amount().toPlainString());
      line.put("paid", l.paid().toPlainString());
      line.put("outstanding", l.outstanding().toPlainString());
      line.put("late", l.penalty().late());
      line.put("daysLate", l.penalty().daysLate());
      line.put("penalty", l.penalty().penalty().toPlainString());
      lines.add(line);
    }
    answer.put("lines", lines);
    answer.put("payments", s.payments().stream()
        .map(p -> {
          Map<String, Object> payment = new LinkedHashMap<>();
          payment.put("date", p.date().toString());
          payment.put("amount", p.amount().toPlainString());
          return payment;
        }).toList());
    answer.put("totalCalled", s.totalCalled().toPlainString());
    answer.put("totalPaid", s.totalPaid().toPlainString());
    answer.put("totalPenalties", s.totalPenalties().toPlainString());
    answer.put("overdue", s.overdue().toPlainString());
    answer.put("balance", s.balance().toPlainString());
    if (reminder == null) {
      answer.put("reminder", null);
    } else {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("level", reminder.level().name());
      r.put("channel", reminder.level().channel().name());
      r.put("daysOverdue", reminder.daysOverdue());
      r.put("installments", reminder.installments().stream().map(i -> i.value()).toList());
      r.put("overdueAmount", reminder.overdueAmount().toPlainString());
      r.put("penalties", reminder.penalties().toPlainString());
      r.put("fee", reminder.fee().toPlainString());
      answer.put("reminder", r);
    }
    return answer;
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw KoproGoException.of(ErrorCode.INVALID_DATE, field + " '" + text + "' is not a date yyyy-MM-dd",
          "field", field, "value", text);
    }
  }
}
