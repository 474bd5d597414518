/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.adapters.documents.DocumentLanguage;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.MeetingSummary;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;

/**
 * General assemblies through their lifecycle: a building's assembly of co-owners (Civil Code art.
 * 3.87, voting body: the owners of its lots with their shares) or an organisation's assembly of
 * members under one member one vote (an association), drafted with their agenda, convened
 * (notice periods), opened with the attendance and proxies (quorum; a second session when it
 * lacks), voted item by item, closed (the minutes are recorded: the public results page shows
 * them) and their minutes sent. The syndic and the admin change; the council, owners and
 * auditors read. Every change names the version it read ({@code version}, optional): a stale one
 * is refused with 409 {@code CONCURRENT_UPDATE}; a refused transition is 409 {@code
 * ILLEGAL_TRANSITION} naming the from-state, the to-state and the guard. The convocation of an
 * assembly is also served as a PDF ({@code GET .../convocation}, beside the {@code POST} that
 * convenes it; the PDF of the minutes is answered by the JSON route of the minutes, in {@link
 * RecordController}).
 */
@Controller("/api/v1")
@Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "assemblies")
@SecurityRequirement(name = "bearer")
public final class AssemblyController {
  private final DraftGeneralAssembly drafts;
  private final RunGeneralAssembly meetings;
  private final DocumentFormats formats;

  AssemblyController(DraftGeneralAssembly drafts, RunGeneralAssembly meetings, DocumentFormats formats) {
    this.drafts = drafts;
    this.meetings = meetings;
    this.formats = formats;
  }

  @Status(HttpStatus.CREATED)
  @Post("/buildings/{building}/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft a general assembly of the building's co-owners (voting body: the owners"
      + " of its lots with their shares), with its agenda; owners may require it (a fifth of the shares)")
  public HttpResponse<MeetingSummary> draftForBuilding(Tenant tenant, @PathVariable String building,
      @Body DraftGeneralAssembly.NewAssembly body) {
    return created(drafts.forBuilding(tenant.org(), building, body, tenant.actor()));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft an organisation's assembly of members under one member one vote"
      + " (an association): the members given are the voting body")
  public HttpResponse<MeetingSummary> draftForOrganisation(Tenant tenant,
      @Body DraftGeneralAssembly.NewOrganisationAssembly body) {
    return created(drafts.forOrganisation(tenant.org(), body, tenant.actor()));
  }

  @Get("/assemblies/{assembly}/meeting")
  @Operation(summary = "An assembly through its lifecycle: state, voting body, agenda, attendance,"
      + " quorum, refused proxies, each item's vote and the history")
  public MeetingSummary meeting(Tenant tenant, @PathVariable String assembly) {
    return MeetingSummary.of(meetings.meeting(tenant.org(), assembly));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/agenda-items")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Add an item to the agenda of a draft: the syndic's, or requested by owners"
      + " (requestedBy, requestedOn)")
  public HttpResponse<MeetingSummary> addItem(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.NewItem body) {
    return created(meetings.addItem(tenant.org(), assembly, body, tenant.actor()));
  }

  @Post("/assemblies/{assembly}/convocation")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Convene the assembly: convocations sent on convokedOn for a meeting starting at"
      + " startsAt in place, at least 15 days later (Civil Code art. 3.87 §3); one ASSEMBLY_CONVOCATION notice"
      + " queued per owner on their chosen channel; convocations.byPost lists the owners to convene by"
      + " registered letter (no written agreement to email, WhatsApp or post chosen). Without startsAt and"
      + " place (deprecated): meetingOn, nothing recorded nor queued, convocations null")
  public MeetingSummary convene(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.Convening body) {
    return formats.documents().convening(() -> meetings.convene(tenant.org(), assembly, body, tenant.actor()));
  }

  @Get("/assemblies/{assembly}/convocation")
  @Produces(DocumentFormats.PDF)
  @Tag(name = "documents")
  @Operation(summary = "The convocation of a convened assembly with its agenda and proxy form, as a tagged"
      + " PDF/A (Accept: application/pdf): the place and time the convocation recorded; for an assembly convened"
      + " without them, from the query (the building's address otherwise)")
  public HttpResponse<byte[]> convocationPdf(Tenant tenant, @PathVariable String assembly,
      @Nullable @QueryValue String place, @Nullable @QueryValue String time,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return DocumentFormats.pdf(formats.documents().convocation(tenant.org(), assembly, place, time,
        DocumentLanguage.fromAcceptLanguage(language)), "convocation-" + assembly + ".pdf");
  }

  @Post("/assemblies/{assembly}/opening")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Open the meeting with its attendance list (present, or by proxy with the"
      + " holder): proxies are reviewed and the quorum checked; OPENED, or NO_QUORUM")
  public MeetingSummary open(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.Opening body) {
    return MeetingSummary.of(meetings.open(tenant.org(), assembly, body, tenant.actor()));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/second-session")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft the second session of a first session without quorum (same voting body"
      + " and agenda; Civil Code art. 3.87 §5)")
  public HttpResponse<MeetingSummary> secondSession(Tenant tenant, @PathVariable String assembly,
      @Body DraftGeneralAssembly.SecondSession body) {
    return created(drafts.secondSession(tenant.org(), assembly, body, tenant.actor()));
  }

  @Post("/assemblies/{assembly}/voting")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Start the votes on the agenda of an opened assembly")
  public MeetingSummary startVoting(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.Versioned body) {
    return MeetingSummary.of(meetings.startVoting(tenant.org(), assembly, body, tenant.actor()));
  }

  @Post("/assemblies/{assembly}/resolutions/{resolution}/votes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Vote on one agenda item: the ballots of the owners present or represented;"
      + " the item's majority decides (ADOPTED or REJECTED)")
  public MeetingSummary vote(Tenant tenant, @PathVariable String assembly,
      @PathVariable String resolution, @Body RunGeneralAssembly.BallotBox body) {
    return MeetingSummary.of(meetings.vote(tenant.org(), assembly, resolution, body, tenant.actor()));
  }

  @Post("/assemblies/{assembly}/closing")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Close the meeting (items not voted are postponed) and record its minutes:"
      + " outcomes and votes are stored, the public results page shows them")
  public MeetingSummary close(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.Closing body) {
    return MeetingSummary.of(meetings.close(tenant.org(), assembly, body, tenant.actor()));
  }

  @Post("/assemblies/{assembly}/minutes/publication")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record that the minutes were sent to the owners (due within 30 days of the"
      + " meeting, Civil Code art. 3.89 §5; later is allowed and marked late)")
  public MeetingSummary publishMinutes(Tenant tenant, @PathVariable String assembly,
      @Body RunGeneralAssembly.Publication body) {
    return MeetingSummary.of(meetings.publishMinutes(tenant.org(), assembly, body, tenant.actor()));
  }

  private static HttpResponse<MeetingSummary> created(Meeting meeting) {
    return Locations.created(MeetingSummary.of(meeting), "/api/v1/assemblies/{}/meeting", meeting.id());
  }
}
