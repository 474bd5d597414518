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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementOfAccount;
import org.koprogo.ports.in.statement.StatementViews;

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

  @Status(HttpStatus.CREATED)
  @Post("/payments")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record an owner's payment from the bank statement (syndic, admin)")
  public HttpResponse<StatementViews.PaymentView> pay(Tenant tenant, @PathVariable String owner,
      @Body RecordOwnerPayment.NewPayment body) {
    return Locations.created(StatementViews.payment(payments.record(tenant.org(), owner, body, tenant.actor())),
        "/api/v1/owners/{}/statement", owner);
  }

  @ApiResponse(responseCode = "200", description = "the statement: JSON, CSV or PDF as Accept asks", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementViews.StatementView.class)),
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
  public record Computed(StatementViews.StatementView view, OwnerStatement statement) {}

  /** The statement of {@code owner}, checked as the JSON route checks it (an owner sees only theirs). */
  public Computed computed(Tenant tenant, String owner, @Nullable String asOf,
      @Nullable String formalNoticeOn) {
    tenant.requireSelfOrBroad("owner", owner);
    StatementOfAccount account = statements.statement(tenant.organisation().value(), owner, asOf, formalNoticeOn);
    return new Computed(StatementViews.statement(account), account.statement());
  }
}
