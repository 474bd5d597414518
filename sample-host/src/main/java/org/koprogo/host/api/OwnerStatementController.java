/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  public HttpResponse<PaymentView> pay(Tenant tenant, @PathVariable String owner,
      @Body NewPayment body) {
    RecordOwnerPayment.Recorded recorded = payments.record(new RecordOwnerPayment.Payment(
        tenant.organisation().value(), owner, body.id(), body.date(), body.amount(), body.reference(), tenant.actor()));
    return Locations.created(new PaymentView(recorded.id(), owner, recorded.payment().date().toString(),
        recorded.payment().amount().toPlainString(), recorded.payment().reference()),
        "/api/v1/owners/{}/statement", owner);
  }

  /** A payment recorded. */
  public record PaymentView(String id, String owner, String date, String amount, @Nullable String reference) {}

  @ApiResponse(responseCode = "200", description = "the statement: JSON, CSV or PDF as Accept asks", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)),
      @Content(mediaType = DocumentFormats.CSV, schema = @Schema(type = "string")),
      @Content(mediaType = DocumentFormats.PDF, schema = @Schema(type = "string", format = "binary"))})
  @Get("/statement")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.CSV, DocumentFormats.PDF})
  @Operation(summary = "The owner's statement of account as of a day (installments, payments,"
      + " penalties, balance, reminder due); an owner sees only their own. Accept: text/csv gives its"
      + " lines as CSV, Accept: application/pdf the statement as a tagged PDF/A (language from"
      + " Accept-Language)")
  public HttpResponse<?> statement(Tenant tenant, @PathVariable String owner,
      @Nullable @QueryValue @io.swagger.v3.oas.annotations.Parameter(required = true,
          description = "the day of the statement (yyyy-MM-dd)",
          schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "date")) String asOf,
      @Nullable @QueryValue String formalNoticeOn, HttpRequest<?> request) {
    Computed c = computed(tenant, owner, asOf, formalNoticeOn);
    return switch (DocumentFormats.wanted(request)) {
      case CSV -> formats.statementCsv(c, owner);
      case PDF -> formats.statementPdf(tenant.organisation(), c, owner, request);
      case JSON -> HttpResponse.ok(c.view());
    };
  }

  /**
   * The statement of {@code owner} as the JSON answer gives it, with the library's {@link
   * OwnerStatement} it was written from (for the CSV and PDF forms of the same resource).
   *
   * @param view the JSON answer
   * @param statement the statement
   */
  public record Computed(StatementView view, OwnerStatement statement) {}

  /**
   * An owner's statement: amounts plain decimals in {@code currency}. {@code formalNoticeOn}
   * (null without one), {@code building}, {@code buildings}, {@code policies} and {@code credits}
   * only for an owner of a lot; {@code reminder} null when none is due.
   */
  public record StatementView(String owner, String asOf, String currency,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) Optional<String> formalNoticeOn,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) String building,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<String> buildings,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<PenaltyPolicyController.PolicyView> policies,
      @Nullable @JsonInclude(JsonInclude.Include.NON_NULL) List<CreditView> credits,
      List<LineView> lines, List<PaidView> payments, String totalCalled, String totalPaid, String totalPenalties,
      String overdue, String balance, @Nullable ReminderView reminder) {
    static StatementView of(StatementOfAccount account) {
      OwnerStatement s = account.statement();
      boolean owns = account.building().isPresent();
      Map<String, String> buildingOf = owns ? account.buildingOfInstallment() : Map.of();
      return new StatementView(account.owner(), account.asOf().toString(), account.currency().getCurrencyCode(),
          owns ? Optional.ofNullable(s.formalNoticeOn()).map(LocalDate::toString) : null,
          owns ? account.building().get().value() : null,
          owns ? account.buildings().stream().map(b -> b.value()).toList() : null,
          owns ? account.policies().stream().map(PenaltyPolicyController.PolicyView::of).toList() : null,
          owns ? account.credits().stream().map(c -> new CreditView(c.expense(), c.building(), c.date().toString(),
              c.amount().toPlainString())).toList() : null,
          s.lines().stream().map(l -> LineView.of(l, buildingOf.get(l.installment().id().value()))).toList(),
          s.payments().stream().map(p -> new PaidView(p.date().toString(), p.amount().toPlainString())).toList(),
          s.totalCalled().toPlainString(), s.totalPaid().toPlainString(), s.totalPenalties().toPlainString(),
          s.overdue().toPlainString(), s.balance().toPlainString(),
          owns && account.reminder() != null ? ReminderView.of(account.reminder()) : null);
    }
  }

  /** An amount credited to the owner (an expense's credit note, say) in a building. */
  public record CreditView(String expense, String building, String date, String amount) {}

  /** An installment: what was paid of it, what is outstanding, and its late-payment penalty. */
  public record LineView(String installment, @Nullable String building, String dueDate, String amount, String paid,
      String outstanding, boolean late, int daysLate, String penalty) {
    static LineView of(StatementLine l, String building) {
      return new LineView(l.installment().id().value(), building, l.installment().dueDate().toString(),
          l.installment().amount().toPlainString(), l.paid().toPlainString(), l.outstanding().toPlainString(),
          l.penalty().late(), l.penalty().daysLate(), l.penalty().penalty().toPlainString());
    }
  }

  /** A payment of the owner. */
  public record PaidView(String date, String amount) {}

  /** The reminder due: its level and channel, and what it claims. */
  public record ReminderView(String level, String channel, long daysOverdue, List<String> installments,
      String overdueAmount, String penalties, String fee) {
    static ReminderView of(Reminder r) {
      return new ReminderView(r.level().name(), r.level().channel().name(), r.daysOverdue(),
          r.installments().stream().map(i -> i.value()).toList(), r.overdueAmount().toPlainString(),
          r.penalties().toPlainString(), r.fee().toPlainString());
    }
  }

  /** The statement of {@code owner}, checked as the JSON route checks it (an owner sees only theirs). */
  public Computed computed(Tenant tenant, String owner, @Nullable String asOf,
      @Nullable String formalNoticeOn) {
    tenant.requireSelfOrBroad("owner", owner);
    StatementOfAccount account = statements.statement(tenant.organisation().value(), owner,
        RequestValues.date(CoopGroups.required(asOf, "asOf"), "asOf"),
        formalNoticeOn == null ? null : RequestValues.date(formalNoticeOn, "formalNoticeOn"));
    return new Computed(StatementView.of(account), account.statement());
  }
}
