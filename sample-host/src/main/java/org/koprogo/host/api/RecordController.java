/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.assembly.AssemblyViews;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadExpenses;

/** Lots, expenses and assemblies by id, in the caller's organisation. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class RecordController {
  private final ListLots lots;
  private final ReadExpenses expenses;
  private final KeepAssemblyMinutes minutes;
  private final DocumentFormats formats;

  RecordController(ListLots lots, ReadExpenses expenses, KeepAssemblyMinutes minutes, DocumentFormats formats) {
    this.lots = lots;
    this.expenses = expenses;
    this.minutes = minutes;
    this.formats = formats;
  }

  @Get("/lots/{lot}")
  @Operation(summary = "One lot with its shares and owners")
  public QueryViews.LotView lot(Tenant tenant, @PathVariable String lot) {
    return QueryViews.lot(lots.lot(tenant.org(), lot));
  }

  @Get("/expenses/{expense}")
  @Operation(summary = "One distributed expense with every lot's part")
  public QueryViews.ExpenseView expense(Tenant tenant, @PathVariable String expense) {
    return QueryViews.expense(expenses.expense(tenant.org(), expense));
  }

  @Get("/assemblies")
  @Operation(summary = "The organisation's general assemblies by id, at most limit (1 to 1000, default 100)"
      + " after the assembly named by after (the last of the previous page)")
  public List<AssemblyViews.AssemblyView> assemblies(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return AssemblyViews.assemblies(minutes.assemblies(tenant.org(), limit, after));
  }

  @Post("/assemblies/{assembly}/tally")
  @Operation(summary = "Tally attendance, proxies and ballots against the building's owners"
      + " (quorum, proxies, cap, majorities; nothing stored)")
  public KeepAssemblyMinutes.Tally tally(Tenant tenant, @PathVariable String assembly,
      @Body KeepAssemblyMinutes.Votes votes) {
    return KeepAssemblyMinutes.Tally.of(minutes.tally(tenant.org(), assembly, votes));
  }

  @Post("/assemblies/{assembly}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record the votes of an assembly kept without its lifecycle: the tally's outcomes"
      + " and the votes are stored and the assembly is CLOSED (syndic, admin). An assembly drafted through"
      + " the lifecycle routes is refused (409 ILLEGAL_TRANSITION): it closes by POST .../closing")
  public AssemblyViews.RecordedView record(Tenant tenant, @PathVariable String assembly,
      @Body KeepAssemblyMinutes.Votes votes) {
    return AssemblyViews.recorded(minutes.record(tenant.org(), assembly, votes, tenant.actor()));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/minutes/corrections")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record a correction of recorded minutes: a new audited entry; the recorded votes and"
      + " outcomes are kept unchanged (minutes are never replaced)")
  public HttpResponse<KeepAssemblyMinutes.Correction> correct(Tenant tenant,
      @PathVariable String assembly, @Body KeepAssemblyMinutes.NewCorrection body) {
    return Locations.created(minutes.correct(tenant.org(), assembly, body, tenant.actor()),
        "/api/v1/assemblies/{}/minutes", assembly);
  }

  @ApiResponse(responseCode = "200", description = "the recorded minutes, or their PDF/A", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = AssemblyViews.MinutesView.class)),
      @Content(mediaType = DocumentFormats.PDF, schema = @Schema(type = "string", format = "binary"))})
  @Get("/assemblies/{assembly}/minutes")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.PDF})
  @Operation(summary = "The recorded votes of a closed assembly, counted again by the library"
      + " (what its public page shows). Accept: application/pdf gives the minutes of an assembly closed"
      + " through its lifecycle as a tagged PDF/A (language from Accept-Language; ?signatory=owner adds"
      + " signatories)")
  public HttpResponse<?> minutes(Tenant tenant, @PathVariable String assembly,
      @Nullable @QueryValue List<String> signatory, HttpRequest<?> request) {
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      return DocumentFormats.pdf(formats.documents().minutes(tenant.org(), assembly, signatory,
          DocumentFormats.language(request)), "minutes-" + assembly + ".pdf");
    }
    return HttpResponse.ok(AssemblyViews.minutes(minutes.recordedMinutes(tenant.org(), assembly)));
  }

  @Get("/assemblies/{assembly}")
  @Operation(summary = "One general assembly with its resolutions and their outcomes")
  public AssemblyViews.AssemblyView assembly(Tenant tenant, @PathVariable String assembly) {
    return AssemblyViews.assembly(minutes.assembly(tenant.org(), assembly));
  }
}
