/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.OutPorts;

/** Lots, expenses and assemblies by id, in the caller's organisation. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class RecordController {
  private final OutPorts ports;
  private final AssemblyTally tallies;
  private final AssemblyMinutes minutes;
  private final GeneralAssemblies assemblies;
  private final DocumentFormats formats;

  RecordController(OutPorts ports, AssemblyTally tallies, AssemblyMinutes minutes, GeneralAssemblies assemblies,
      DocumentFormats formats) {
    this.ports = ports;
    this.tallies = tallies;
    this.minutes = minutes;
    this.assemblies = assemblies;
    this.formats = formats;
  }

  @Get("/lots/{lot}")
  @Operation(summary = "One lot with its shares and owners")
  public Views.LotView lot(Authentication authentication, @PathVariable String lot) {
    Tenant tenant = Tenant.of(authentication);
    return RecordViews.MAP.lot(ports.lots().get(tenant.organisation(), LotId.of(lot)));
  }

  @Get("/expenses/{expense}")
  @Operation(summary = "One distributed expense with every lot's part")
  public Views.ExpenseView expense(Authentication authentication, @PathVariable String expense) {
    Tenant tenant = Tenant.of(authentication);
    return RecordViews.MAP.expense(ports.expenses().get(tenant.organisation(), ExpenseId.of(expense)));
  }

  @Get("/assemblies")
  @Operation(summary = "The organisation's general assemblies")
  public java.util.List<Views.AssemblyView> assemblies(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return ports.assemblies().all(tenant.organisation()).stream().map(RecordViews.MAP::assembly).toList();
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

  @Post("/assemblies/{assembly}/tally")
  @Operation(summary = "Tally attendance, proxies and ballots against the building's owners"
      + " (quorum, proxies, cap, majorities; nothing stored)")
  public Map<String, Object> tally(Authentication authentication, @PathVariable String assembly,
      @Body Votes votes) {
    Tenant tenant = Tenant.of(authentication);
    Assembly found = ports.assemblies().get(tenant.organisation(), AssemblyId.of(assembly));
    return tallies.tally(found, votes.attendance(), votes.ballots(), votes.excluded(), votes.syndic());
  }

  @Post("/assemblies/{assembly}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record the votes of an assembly kept without its lifecycle: the tally's outcomes"
      + " and the votes are stored and the assembly is CLOSED (syndic, admin). An assembly drafted through"
      + " the lifecycle routes is refused (409 ILLEGAL_TRANSITION): it closes by POST .../closing")
  public Map<String, Object> record(Authentication authentication, @PathVariable String assembly,
      @Body Votes votes) {
    Tenant tenant = Tenant.of(authentication);
    Assembly found = ports.assemblies().get(tenant.organisation(), AssemblyId.of(assembly));
    if (ports.aggregateStore().find(tenant.organisation(), GeneralAssembly.Snapshot.class, assembly).isPresent()) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "assembly " + assembly
          + " runs through its lifecycle: its minutes are recorded by POST /api/v1/assemblies/" + assembly
          + "/closing, not by POST .../minutes", "aggregate", "assembly", "value", assembly,
          "from", found.state(), "to", "CLOSED", "guard", "an assembly with a lifecycle closes through its closing");
    }
    return minutes.record(found, votes.attendance(), votes.ballots(), votes.excluded(), votes.syndic(),
        votes.language(), tenant.actor());
  }

  /**
   * A correction of recorded minutes: what is corrected and why (each at most 2,000 characters).
   */
  public record Correction(@Nullable String correction, @Nullable String reason) {}

  @Post("/assemblies/{assembly}/minutes/corrections")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record a correction of recorded minutes: a new audited entry; the recorded votes and"
      + " outcomes are kept unchanged (minutes are never replaced)")
  public HttpResponse<Map<String, Object>> correct(Authentication authentication, @PathVariable String assembly,
      @Body Correction body) {
    Tenant tenant = Tenant.of(authentication);
    AuditTrail.AuditEntry entry = minutes.correct(tenant.organisation(), AssemblyId.of(assembly), tenant.actor(),
        body.correction(), body.reason());
    return HttpResponse.created(correction(entry));
  }

  private static Map<String, Object> correction(AuditTrail.AuditEntry e) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sequence", e.sequence());
    view.put("at", e.event().at().toString());
    view.put("by", e.event().actor());
    view.put("correction", e.event().details().get("correction"));
    view.put("reason", e.event().details().get("reason"));
    return view;
  }

  @Get("/assemblies/{assembly}/minutes")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.PDF})
  @Operation(summary = "The recorded votes of a closed assembly, counted again by the library"
      + " (what its public page shows). Accept: application/pdf gives the minutes of an assembly closed"
      + " through its lifecycle as a tagged PDF/A (language from Accept-Language; ?signatory=owner adds"
      + " signatories)")
  public HttpResponse<?> minutes(Authentication authentication, @PathVariable String assembly,
      @Nullable @QueryValue List<String> signatory, HttpRequest<?> request) {
    Tenant tenant = Tenant.of(authentication);
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      GeneralAssembly closed = GeneralAssembly.restore(assemblies.stored(tenant.organisation(), assembly).aggregate());
      return formats.minutesPdf(tenant.organisation(), closed, assemblies.building(tenant.organisation(), assembly),
          signatory, request);
    }
    AssemblyMinutes.Recorded recorded = minutes.find(tenant.organisation(), AssemblyId.of(assembly))
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
            "assembly " + assembly + " has no recorded minutes in this organisation",
            "aggregate", "assembly", "value", assembly));
    Map<String, Object> answer = new LinkedHashMap<>(recorded.result());
    answer.put("assembly", RecordViews.MAP.assembly(recorded.assembly()));
    answer.put("language", recorded.votes().language());
    answer.put("postponed", recorded.votes().postponed());
    answer.put("input", recorded.input());
    answer.put("corrections", minutes.corrections(tenant.organisation(), AssemblyId.of(assembly)).stream()
        .map(RecordController::correction).toList());
    return HttpResponse.ok(answer);
  }

  @Get("/assemblies/{assembly}")
  @Operation(summary = "One general assembly with its resolutions and their outcomes")
  public Views.AssemblyView assembly(Authentication authentication, @PathVariable String assembly) {
    Tenant tenant = Tenant.of(authentication);
    return RecordViews.MAP.assembly(ports.assemblies().get(tenant.organisation(), AssemblyId.of(assembly)));
  }
}
