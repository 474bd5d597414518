/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.BooksViews;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.statement.PostEarlierPayments;

/**
 * The double-entry books of a building's association of co-owners (docs/accounting.md): the trial
 * balance, the income statement and the balance sheet of a calendar year, the closing of a year,
 * and the postings a syndic keeps the books with (a call for funds, a supplier's invoice, an
 * owner's payment) and the entry each made. Each route is one call of {@link KeepBooks}. The
 * broad roles read the reports (they name no person: the owners' accounts are totalled in 410);
 * the syndic and the admin post, read an entry and close a year.
 */
@Controller("/api/v1/buildings/{building}/books")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BooksController {
  private final KeepBooks books;
  private final PostEarlierPayments earlierPayments;

  BooksController(KeepBooks books, PostEarlierPayments earlierPayments) {
    this.books = books;
    this.earlierPayments = earlierPayments;
  }

  @Get("/{year}/trial-balance")
  @Operation(summary = "The trial balance of a calendar year: every account's debits and credits,"
      + " and whether they balance")
  public BooksViews.TrialBalanceView trialBalance(Tenant tenant, @PathVariable String building,
      @PathVariable String year) {
    return BooksViews.trialBalance(building, books.trialBalance(query(tenant, building, year)));
  }

  @Get("/{year}/income-statement")
  @Operation(summary = "The income statement of a calendar year (classes 6 and 7, closing left out)")
  public BooksViews.IncomeStatementView incomeStatement(Tenant tenant, @PathVariable String building,
      @PathVariable String year) {
    return BooksViews.incomeStatement(building, books.incomeStatement(query(tenant, building, year)));
  }

  @Get("/{year}/balance-sheet")
  @Operation(summary = "The balance sheet at the end of a calendar year")
  public BooksViews.BalanceSheetView balanceSheet(Tenant tenant, @PathVariable String building,
      @PathVariable String year) {
    return BooksViews.balanceSheet(building, books.balanceSheet(query(tenant, building, year)));
  }

  /** The year asked, in the caller's organisation, for a role that sees every owner. */
  private static KeepBooks.YearQuery query(Tenant tenant, String building, String year) {
    tenant.requireBroadView();
    return KeepBooks.YearQuery.of(tenant.organisation().value(), building, year);
  }

  @Post("/{year}/closing")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Close a calendar year: classes 6 and 7 to the working capital (100);"
      + " afterwards a posting dated in that year is 409 PERIOD_CLOSED. Closing again changes"
      + " nothing (duplicate: true) (syndic, admin)")
  public KeepBooks.Posted close(Tenant tenant, @PathVariable String building,
      @PathVariable String year) {
    return books.closeYear(KeepBooks.YearClosing.of(tenant.org(), building, year, tenant.actor()));
  }

  @ApiResponse(responseCode = "201", description = "posted now; the entry's address is in the Location header",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @ApiResponse(responseCode = "200", description = "this entry was already posted with the same content"
      + " (duplicate: true)",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @Post("/calls-for-funds")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Post a call for funds to an owner for a lot (410 owner / 700 working capital, 160"
      + " reserve): 201 with the payment reference to print and the entry's Location; the same entry"
      + " again is 200 duplicate: true (syndic, admin)")
  public HttpResponse<KeepBooks.Posted> postCall(Tenant tenant, @PathVariable String building,
      @Body KeepBooks.NewCall body) {
    return posted(building, books.postCallForFunds(tenant.org(), building, body, tenant.actor()));
  }

  @ApiResponse(responseCode = "201", description = "posted now; the entry's address is in the Location header",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @ApiResponse(responseCode = "200", description = "this entry was already posted with the same content"
      + " (duplicate: true)",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @Post("/expenses")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Post a supplier's invoice on an expense account of class 6 (6xx / 440): 201 with"
      + " the entry's Location; the same entry again is 200 duplicate: true (syndic, admin)")
  public HttpResponse<KeepBooks.Posted> postExpense(Tenant tenant, @PathVariable String building,
      @Body KeepBooks.NewExpense body) {
    return posted(building, books.postExpense(tenant.org(), building, body, tenant.actor()));
  }

  @ApiResponse(responseCode = "201", description = "posted now; the entry's address is in the Location header",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @ApiResponse(responseCode = "200", description = "this entry was already posted with the same content"
      + " (duplicate: true)",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = KeepBooks.Posted.class)))
  @Post("/payments")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Post an owner's payment received on the bank (550 / 410 owner): 201 with the"
      + " entry's Location; the same entry again is 200 duplicate: true (syndic, admin)")
  public HttpResponse<KeepBooks.Posted> postPayment(Tenant tenant, @PathVariable String building,
      @Body KeepBooks.NewPayment body) {
    return posted(building, books.postPayment(tenant.org(), building, body, tenant.actor()));
  }

  @Post("/earlier-payments")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Bring into the books the owners' payments recorded before the building kept books"
      + " (550 / 410 owner, entry owner-payment-<id>; a payment dated in a closed year on the day after the"
      + " closing): the entries posted now; again, nothing more. A building without books is 409"
      + " ILLEGAL_TRANSITION (syndic, admin)")
  public PostEarlierPayments.Posted earlierPayments(Tenant tenant, @PathVariable String building) {
    return earlierPayments.post(new PostEarlierPayments.Command(tenant.org(), building, tenant.actor()));
  }

  @Get("/entries/{entry}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.AUDITOR})
  @Operation(summary = "One entry of the building's journal, as posted (syndic, admin, auditor: it names"
      + " the owner of an individual account)")
  public BooksViews.EntryView entry(Tenant tenant, @PathVariable String building, @PathVariable String entry) {
    return BooksViews.entry(books.entry(new KeepBooks.EntryQuery(tenant.organisation().value(), building, entry)));
  }

  private static HttpResponse<KeepBooks.Posted> posted(String building, KeepBooks.Posted posted) {
    return posted.duplicate()
        ? HttpResponse.ok(posted)
        : Locations.created(posted, "/api/v1/buildings/{}/books/entries/{}", building, posted.entry());
  }
}
