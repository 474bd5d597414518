/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.ReadExpenses;
import org.koprogo.ports.out.AuditTrail;

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
  public Views.LotView lot(Tenant tenant, @PathVariable String lot) {
    return RecordViews.MAP.lot(lots.lot(tenant.org(), lot));
  }

  @Get("/expenses/{expense}")
  @Operation(summary = "One distributed expense with every lot's part")
  public Views.ExpenseView expense(Tenant tenant, @PathVariable String expense) {
    return RecordViews.MAP.expense(expenses.expense(tenant.org(), expense));
  }

  @Get("/assemblies")
  @Operation(summary = "The organisation's general assemblies")
  public java.util.List<Views.AssemblyView> assemblies(Tenant tenant) {
    return minutes.assemblies(tenant.organisation().value()).stream()
        .map(RecordViews.MAP::assembly).toList();
  }

  /**
   * Attendance, proxies and ballots of an assembly.
   *
   * @param attendance {@code [{owner, mode: PRESENT|PROXY, holder?}]}; an owner not listed is absent
   * @param ballots resolution id to {@code {owner: FOR|AGAINST|ABSTAIN|BLANK|NULL}}
   * @param excluded resolution id to the owners excluded from that vote (conflict of interest)
   * @param syndic the syndic's id when they attend (a syndic holds no proxy)
   * @param language the language the assembly's titles are written in (fr, nl, de, en), kept with
   *     the minutes for the public page; optional
   */
  public record Votes(
      @Nullable List<Map<String, Object>> attendance,
      @Nullable Map<String, Map<String, Object>> ballots,
      @Nullable Map<String, List<String>> excluded,
      @Nullable String syndic,
      @Nullable String language) {}

  /**
   * The count of an assembly's votes: the general-assembly rule family's result.
   *
   * @param quorum the quorum checked
   * @param rejectedProxies the proxies the rules refused (their principal counts as absent)
   * @param resolutions each voted resolution's count by its id
   */
  public record TallyView(KeepAssemblyMinutes.Tally.Quorum quorum,
      List<KeepAssemblyMinutes.Tally.RefusedProxy> rejectedProxies, Map<String, CountView> resolutions) {
    static TallyView of(KeepAssemblyMinutes.Tally t) {
      Map<String, CountView> counts = new LinkedHashMap<>();
      t.resolutions().forEach((id, c) -> counts.put(id, new CountView(c.outcome(), c.adopted(), c.forVotes(),
          c.against(), c.abstained(), c.capped())));
      return new TallyView(t.quorum(), t.rejectedProxies(), counts);
    }
  }

  /**
   * One resolution's count: its outcome and the votes for, against and abstaining (exact strings).
   *
   * @param capped the voters whose votes were capped
   */
  public record CountView(String outcome, boolean adopted, @JsonProperty("for") String forVotes, String against,
      String abstained, List<String> capped) {}

  /**
   * Recorded votes: their count and the stored assembly with each resolution's outcome.
   *
   * @param tally the count (its fields written at this level)
   * @param assembly the stored assembly
   */
  public record RecordedView(@JsonUnwrapped TallyView tally, Views.AssemblyView assembly) {}

  /**
   * The recorded minutes of a closed assembly, counted again.
   *
   * @param tally the count (its fields written at this level)
   * @param assembly the stored assembly
   * @param language the language the titles are written in, or null when not known
   * @param postponed the items left unvoted when the meeting closed
   * @param input the general-assembly calculation input the count read
   * @param corrections every correction of the minutes, oldest first
   */
  public record MinutesView(@JsonUnwrapped TallyView tally, Views.AssemblyView assembly, @Nullable String language,
      List<String> postponed, Map<String, Object> input, List<KeepAssemblyMinutes.Correction> corrections) {}

  @Post("/assemblies/{assembly}/tally")
  @Operation(summary = "Tally attendance, proxies and ballots against the building's owners"
      + " (quorum, proxies, cap, majorities; nothing stored)")
  public TallyView tally(Tenant tenant, @PathVariable String assembly, @Body Votes votes) {
    return TallyView.of(KeepAssemblyMinutes.Tally.of(
        minutes.tally(tenant.organisation().value(), assembly, votes(votes))));
  }

  @Post("/assemblies/{assembly}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record the votes of an assembly kept without its lifecycle: the tally's outcomes"
      + " and the votes are stored and the assembly is CLOSED (syndic, admin). An assembly drafted through"
      + " the lifecycle routes is refused (409 ILLEGAL_TRANSITION): it closes by POST .../closing")
  public RecordedView record(Tenant tenant, @PathVariable String assembly, @Body Votes votes) {
    KeepAssemblyMinutes.Counted counted = minutes.record(ref(tenant, assembly), votes(votes));
    return new RecordedView(TallyView.of(counted.tally()), RecordViews.MAP.assembly(counted.assembly()));
  }

  private static KeepAssemblyMinutes.Votes votes(Votes v) {
    return new KeepAssemblyMinutes.Votes(v.attendance(), v.ballots(), v.excluded(), v.syndic(), v.language());
  }

  private static AssemblyRef ref(Tenant tenant, String assembly) {
    return new AssemblyRef(tenant.organisation().value(), assembly, null, tenant.actor());
  }

  /**
   * A correction of recorded minutes: what is corrected and why (each at most 2,000 characters).
   */
  public record Correction(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String correction,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {}

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/minutes/corrections")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record a correction of recorded minutes: a new audited entry; the recorded votes and"
      + " outcomes are kept unchanged (minutes are never replaced)")
  public HttpResponse<KeepAssemblyMinutes.Correction> correct(Tenant tenant,
      @PathVariable String assembly, @Body Correction body) {
    AuditTrail.AuditEntry entry = minutes.correct(ref(tenant, assembly), body.correction(), body.reason());
    return Locations.created(KeepAssemblyMinutes.Correction.of(entry), "/api/v1/assemblies/{}/minutes", assembly);
  }

  @ApiResponse(responseCode = "200", description = "the recorded minutes, or their PDF/A", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesView.class)),
      @Content(mediaType = DocumentFormats.PDF, schema = @Schema(type = "string", format = "binary"))})
  @Get("/assemblies/{assembly}/minutes")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.PDF})
  @Operation(summary = "The recorded votes of a closed assembly, counted again by the library"
      + " (what its public page shows). Accept: application/pdf gives the minutes of an assembly closed"
      + " through its lifecycle as a tagged PDF/A (language from Accept-Language; ?signatory=owner adds"
      + " signatories)")
  public HttpResponse<?> minutes(Tenant tenant, @PathVariable String assembly,
      @Nullable @QueryValue List<String> signatory, HttpRequest<?> request) {
    String organisation = tenant.organisation().value();
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      return DocumentFormats.pdf(formats.documents().minutes(organisation, assembly, signatory,
          DocumentFormats.language(request)), "minutes-" + assembly + ".pdf");
    }
    KeepAssemblyMinutes.CorrectedMinutes shown = minutes.recordedMinutes(organisation, assembly);
    KeepAssemblyMinutes.Recorded recorded = shown.recorded();
    return HttpResponse.ok(new MinutesView(TallyView.of(recorded.tally()), RecordViews.MAP.assembly(recorded.assembly()),
        recorded.votes().language(), recorded.votes().postponed(), recorded.input(), shown.corrections()));
  }

  @Get("/assemblies/{assembly}")
  @Operation(summary = "One general assembly with its resolutions and their outcomes")
  public Views.AssemblyView assembly(Tenant tenant, @PathVariable String assembly) {
    return RecordViews.MAP.assembly(minutes.assembly(tenant.organisation().value(), assembly));
  }
}
