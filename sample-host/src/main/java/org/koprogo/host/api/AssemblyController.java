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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.assembly.AttendanceMode;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.assembly.AssemblyRef;
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
 * ILLEGAL_TRANSITION} naming the from-state, the to-state and the guard.
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

  /**
   * One item for the agenda.
   *
   * @param id its id, unique in the assembly
   * @param title what is decided
   * @param decisionType a {@link DecisionType} (its legal majority applies), or null
   * @param majority ABSOLUTE, TWO_THIRDS, FOUR_FIFTHS, UNANIMITY or UNANIMITY_OF_PRESENT: stated
   *     directly without a decision type, or overriding the decision type's with {@code
   *     overrideReason}
   * @param overrideReason why the decision type's majority is overridden
   * @param failedUnanimityOn for UNANIMITY_OF_PRESENT: the day the unanimity of all failed
   * @param requestedBy the owners who asked for the item (Civil Code art. 3.87 §3); the syndic's
   *     item when absent
   * @param requestedOn the day they asked (with {@code requestedBy})
   * @param version the version read (for {@code POST .../agenda-items})
   * @param chargeKey when the item concerns a charge only some owners bear (Civil Code art. 3.87
   *     §6): each such owner's part, as plain decimal text; the vote then follows it
   * @param concerning for a decision type about a contract with a named person: that person (who
   *     does not vote on the item, nor through them their principals; Civil Code art. 3.87 §9)
   */
  public record ItemRequest(String id, String title,
      @Nullable @io.swagger.v3.oas.annotations.media.Schema(implementation = DecisionType.class) String decisionType,
      @Nullable @io.swagger.v3.oas.annotations.media.Schema(
          implementation = org.koprogo.domain.assembly.Majority.class) String majority,
      @Nullable String overrideReason, @Nullable LocalDate failedUnanimityOn,
      @Nullable List<String> requestedBy, @Nullable LocalDate requestedOn, @Nullable Long version,
      @Nullable Map<String, String> chargeKey, @Nullable String concerning) {}

  /**
   * Owners requiring the assembly (Civil Code art. 3.87 §2: a fifth of the shares).
   *
   * @param requestedBy the owners
   * @param requestedOn the day of their request
   * @param items the items they ask for
   */
  public record OwnersRequest(List<String> requestedBy, LocalDate requestedOn, @Nullable List<ItemRequest> items) {}

  /**
   * A new assembly of a building's co-owners (a draft): its voting body is the owners of the
   * building's lots, with their shares.
   *
   * @param id its id (a new one when absent)
   * @param rules the voting rules: BE_COPROPRIETE, the only rules of a building's assembly (the
   *     default)
   * @param plannedOn the day the meeting is planned for (the convocation may set another)
   * @param syndic the syndic's id, who may hold no proxy; none when absent
   * @param items the syndic's items
   * @param request owners requiring the assembly, with their items
   */
  public record NewAssembly(@Nullable String id,
      @Nullable @io.swagger.v3.oas.annotations.media.Schema(allowableValues = BelgianCoOwnershipRules.NAME)
          String rules,
      LocalDate plannedOn, @Nullable String syndic, @Nullable List<ItemRequest> items,
      @Nullable OwnersRequest request) {}

  /**
   * A new assembly of an organisation's members under one member one vote (a draft).
   *
   * @param id its id (a new one when absent)
   * @param rules the voting rules: ONE_MEMBER_ONE_VOTE, the only rules of an organisation's assembly
   * @param plannedOn the day the meeting is planned for (the convocation may set another)
   * @param syndic the syndic's id, who may hold no proxy; none when absent
   * @param members the voting body (one vote each)
   * @param items the syndic's items
   */
  public record NewOrganisationAssembly(@Nullable String id,
      @io.swagger.v3.oas.annotations.media.Schema(allowableValues = OneMemberOneVote.NAME,
          requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String rules,
      LocalDate plannedOn, @Nullable String syndic, List<String> members, @Nullable List<ItemRequest> items) {}

  /**
   * The convocations sent (Civil Code art. 3.87 §3: they state the place, the day and the hour).
   *
   * @param convokedOn the day they are sent
   * @param startsAt the day and time the meeting starts ({@code 2026-09-17T19:30}), at least 15 days
   *     later; with {@code place}, the convocation is recorded and queued to each owner
   * @param place where the meeting is held (one line, at most 200 characters), with {@code startsAt}
   * @param meetingOn without {@code startsAt} and {@code place} only (deprecated): the day of the
   *     meeting (the planned day when absent); records no time nor place and queues no notice
   * @param version the version read
   */
  public record Convocation(LocalDate convokedOn, @Nullable LocalDateTime startsAt, @Nullable String place,
      @Nullable LocalDate meetingOn, @Nullable Long version) {}

  /**
   * One line of the attendance list.
   *
   * @param owner the owner (member)
   * @param mode PRESENT or PROXY
   * @param holder who holds the proxy (an owner present, or someone else), for PROXY
   */
  public record Presence(String owner,
      @io.swagger.v3.oas.annotations.media.Schema(implementation = AttendanceMode.class,
          requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String mode,
      @Nullable String holder) {}

  /**
   * The opening of the meeting.
   *
   * @param on the day (the meeting day when absent)
   * @param attendance who is present and who is represented by whom; owners not listed are absent
   */
  public record Opening(@Nullable LocalDate on, List<Presence> attendance, @Nullable Long version) {}

  /**
   * The ballots on one item.
   *
   * @param ballots owner to FOR, AGAINST, ABSTAIN, BLANK or NULL (an owner present or represented
   *     without a ballot abstains)
   * @param excluded owners excluded from this vote for a conflict of interest
   */
  public record BallotBox(Map<String, String> ballots, @Nullable List<String> excluded, @Nullable Long version) {}

  /**
   * The closing.
   *
   * @param language the language the titles are written in (fr, nl, de, en), for the public page
   */
  public record Closing(@Nullable String language, @Nullable Long version) {}

  /** The minutes sent to the owners on {@code publishedOn}. */
  public record Publication(LocalDate publishedOn, @Nullable Long version) {}

  /**
   * The second session of a first session without quorum.
   *
   * @param id the new assembly's id (a new one when absent)
   * @param plannedOn the day planned: at least 15 days after the first session
   */
  public record SecondSession(@Nullable String id, LocalDate plannedOn, @Nullable Long version) {}

  /** A change naming only the version read. */
  public record Versioned(@Nullable Long version) {}

  @Status(HttpStatus.CREATED)
  @Post("/buildings/{building}/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft a general assembly of the building's co-owners (voting body: the owners"
      + " of its lots with their shares), with its agenda; owners may require it (a fifth of the shares)")
  public HttpResponse<MeetingSummary> draftForBuilding(Tenant tenant, @PathVariable String building,
      @Body NewAssembly body) {
    return created(drafts.forBuilding(building, draft(tenant, body)));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft an organisation's assembly of members under one member one vote"
      + " (an association): the members given are the voting body")
  public HttpResponse<MeetingSummary> draftForOrganisation(Tenant tenant,
      @Body NewOrganisationAssembly body) {
    return created(drafts.forOrganisation(new DraftGeneralAssembly.Draft(tenant.organisation().value(),
        tenant.actor(), Tenant.idOr(body.id()), body.rules(), body.plannedOn(), body.syndic(), body.members(),
        items(body.items()), null)));
  }

  @Get("/assemblies/{assembly}/meeting")
  @Operation(summary = "An assembly through its lifecycle: state, voting body, agenda, attendance,"
      + " quorum, refused proxies, each item's vote and the history")
  public MeetingSummary meeting(Tenant tenant, @PathVariable String assembly) {
    return MeetingSummary.of(meetings.meeting(tenant.organisation().value(), assembly));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/agenda-items")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Add an item to the agenda of a draft: the syndic's, or requested by owners"
      + " (requestedBy, requestedOn)")
  public HttpResponse<MeetingSummary> addItem(Tenant tenant, @PathVariable String assembly,
      @Body ItemRequest body) {
    return created(meetings.addItem(ref(tenant, assembly, body.version()), item(body)));
  }

  @Post("/assemblies/{assembly}/convocation")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Convene the assembly: convocations sent on convokedOn for a meeting starting at"
      + " startsAt in place, at least 15 days later (Civil Code art. 3.87 §3); one ASSEMBLY_CONVOCATION notice"
      + " queued per owner on their chosen channel; convocations.byPost lists the owners to convene by"
      + " registered letter (no written agreement to email, WhatsApp or post chosen). Without startsAt and"
      + " place (deprecated): meetingOn, nothing recorded nor queued, convocations null")
  public MeetingSummary convene(Tenant tenant, @PathVariable String assembly,
      @Body Convocation body) {
    AssemblyRef ref = ref(tenant, assembly, body.version());
    if (body.startsAt() == null && body.place() == null) {
      return MeetingSummary.of(meetings.convene(ref, body.convokedOn(), body.meetingOn()));
    }
    return MeetingSummary.of(formats.documents().convening(() -> meetings.convene(ref,
        new org.koprogo.ports.in.assembly.Convocation(body.convokedOn(), body.startsAt(), body.place(),
            body.meetingOn()))));
  }

  @Post("/assemblies/{assembly}/opening")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Open the meeting with its attendance list (present, or by proxy with the"
      + " holder): proxies are reviewed and the quorum checked; OPENED, or NO_QUORUM")
  public MeetingSummary open(Tenant tenant, @PathVariable String assembly, @Body Opening body) {
    List<RunGeneralAssembly.Presence> attendance = body.attendance() == null ? null : body.attendance().stream()
        .map(p -> p == null ? null : new RunGeneralAssembly.Presence(p.owner(), p.mode(), p.holder())).toList();
    return MeetingSummary.of(meetings.open(ref(tenant, assembly, body.version()), body.on(),
        attendance));
  }

  @Status(HttpStatus.CREATED)
  @Post("/assemblies/{assembly}/second-session")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Draft the second session of a first session without quorum (same voting body"
      + " and agenda; Civil Code art. 3.87 §5)")
  public HttpResponse<MeetingSummary> secondSession(Tenant tenant, @PathVariable String assembly,
      @Body SecondSession body) {
    return created(drafts.secondSession(ref(tenant, assembly, body.version()), Tenant.idOr(body.id()),
        body.plannedOn()));
  }

  @Post("/assemblies/{assembly}/voting")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Start the votes on the agenda of an opened assembly")
  public MeetingSummary startVoting(Tenant tenant, @PathVariable String assembly,
      @Body Versioned body) {
    return MeetingSummary.of(meetings.startVoting(ref(tenant, assembly, body.version())));
  }

  @Post("/assemblies/{assembly}/resolutions/{resolution}/votes")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Vote on one agenda item: the ballots of the owners present or represented;"
      + " the item's majority decides (ADOPTED or REJECTED)")
  public MeetingSummary vote(Tenant tenant, @PathVariable String assembly,
      @PathVariable String resolution, @Body BallotBox body) {
    return MeetingSummary.of(meetings.vote(ref(tenant, assembly, body.version()), resolution,
        body.ballots(), body.excluded()));
  }

  @Post("/assemblies/{assembly}/closing")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Close the meeting (items not voted are postponed) and record its minutes:"
      + " outcomes and votes are stored, the public results page shows them")
  public MeetingSummary close(Tenant tenant, @PathVariable String assembly, @Body Closing body) {
    return MeetingSummary.of(meetings.close(ref(tenant, assembly, body.version()), body.language()));
  }

  @Post("/assemblies/{assembly}/minutes/publication")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record that the minutes were sent to the owners (due within 30 days of the"
      + " meeting, Civil Code art. 3.89 §5; later is allowed and marked late)")
  public MeetingSummary publishMinutes(Tenant tenant, @PathVariable String assembly,
      @Body Publication body) {
    return MeetingSummary.of(meetings.publishMinutes(ref(tenant, assembly, body.version()),
        body.publishedOn()));
  }

  private static AssemblyRef ref(Tenant tenant, String assembly, Long version) {
    return new AssemblyRef(tenant.organisation().value(), assembly, version, tenant.actor());
  }

  private static HttpResponse<MeetingSummary> created(Meeting meeting) {
    return Locations.created(MeetingSummary.of(meeting), "/api/v1/assemblies/{}/meeting", meeting.id());
  }

  private static DraftGeneralAssembly.Draft draft(Tenant tenant, NewAssembly body) {
    OwnersRequest r = body.request();
    return new DraftGeneralAssembly.Draft(tenant.organisation().value(), tenant.actor(), Tenant.idOr(body.id()),
        body.rules(), body.plannedOn(), body.syndic(), null, items(body.items()),
        r == null ? null : new DraftGeneralAssembly.OwnersRequest(r.requestedBy(), r.requestedOn(), items(r.items())));
  }

  private static List<org.koprogo.ports.in.assembly.ItemRequest> items(List<ItemRequest> items) {
    return items == null ? null : items.stream().map(i -> i == null ? null : item(i)).toList();
  }

  private static org.koprogo.ports.in.assembly.ItemRequest item(ItemRequest r) {
    return new org.koprogo.ports.in.assembly.ItemRequest(r.id(), r.title(), r.decisionType(), r.majority(),
        r.overrideReason(), r.failedUnanimityOn(), r.requestedBy(), r.requestedOn(), r.chargeKey(), r.concerning());
  }
}
