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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.Rejection;
import org.koprogo.domain.coop.allocation.RejectionReason;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.CoopViews;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;

/**
 * A housing cooperative's groups with their workflow (FORMATION to COMPLETED, ON_HOLD,
 * CANCELLED), each group's project with its milestones and lots, and the allocation rounds that
 * propose the project's lots to the members by the FIFO rules, then validate or reject each
 * proposal with the decision's record, then assign it. The admin and the cooperative's manager
 * change; every other role of the organisation reads. Every change names the version it read
 * ({@code version}, optional): a stale one is refused with 409 {@code CONCURRENT_UPDATE}.
 */
@Controller("/api/v1/groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cooperative")
@SecurityRequirement(name = "bearer")
public final class CoopGroupController {
  private final ManageCoopGroups groups;
  private final RunCoopProject projects;
  private final RunAllocationRounds rounds;

  CoopGroupController(ManageCoopGroups groups, RunCoopProject projects, RunAllocationRounds rounds) {
    this.groups = groups;
    this.projects = projects;
    this.rounds = rounds;
  }

  /**
   * A group to form.
   *
   * @param id its id
   * @param name its name
   * @param fundingThreshold confirmed contributions at which funding is reached (plain decimal)
   * @param currency ISO 4217 (EUR when absent)
   */
  public record NewGroup(String id, String name, String fundingThreshold, @Nullable String currency) {}

  /**
   * A member of the cooperative admitted to the group (next FIFO rank, PENDING_KYC).
   *
   * @param member a registered member's id
   * @param role COOP_MEMBER (default) or COOP_MANAGER
   * @param requiredDocuments the identity-check documents to accept before the member is ACTIVE
   *     (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS, SIGNED_CHARTER, BANK_DETAILS); none when absent,
   *     and a manager then activates the member
   */
  public record Admission(String member, @Nullable String role, @Nullable List<String> requiredDocuments,
      @Nullable Long version) {}

  /**
   * A member's identity-check document, submitted: its metadata only (the file is kept elsewhere).
   *
   * @param kind IDENTITY_DOCUMENT, PROOF_OF_ADDRESS, SIGNED_CHARTER or BANK_DETAILS
   * @param reference where the file is kept ("doc-4711")
   */
  public record DocumentSubmission(
      @Schema(implementation = DocumentKind.class, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
      String reference, @Nullable Long version) {}

  /** Why a submitted document is rejected (the member may submit another). */
  public record DocumentRejection(String reason, @Nullable Long version) {}

  /** Minutes to publish to every member of the group. */
  public record MinutesPublication(String minutesReference, @Nullable Long version) {}

  /**
   * A document of the group adopted by its managers, or a new version of it.
   *
   * @param title the document ({@code "internal rules"}, {@code "charter"})
   * @param reference the reference of the version adopted ({@code "rules-v3.pdf"})
   * @param version the group's version read (optional)
   */
  public record GroupDocument(String title, String reference, @Nullable Long version) {}

  /** A new status of a member of the group (ACTIVE, SUSPENDED, WITHDRAWN). */
  public record MemberStatusChange(
      @Schema(implementation = MemberStatus.class, requiredMode = Schema.RequiredMode.REQUIRED) String status,
      @Nullable Long version) {}

  /** The validated contribution plan's reference. */
  public record PlanValidation(String reference, @Nullable Long version) {}

  /** A workflow state of the group to move to. */
  public record Transition(
      @Schema(implementation = GroupStatus.class, requiredMode = Schema.RequiredMode.REQUIRED) String to,
      @Nullable Long version) {}

  /** A milestone (phase) of the project to move to. */
  public record Milestone(
      @Schema(implementation = ProjectPhase.class, requiredMode = Schema.RequiredMode.REQUIRED) String to,
      @Nullable Long version) {}

  /** A project to start (LAND_SECURED): its id, EUR when no currency is given. */
  public record NewProject(String id, @Nullable String currency) {}

  /**
   * A lot of the project.
   *
   * @param id "A1", "A2"...
   * @param type STUDIO, APARTMENT, DUPLEX, HOUSE, COMMERCIAL, PARKING...
   * @param surface square metres, plain decimal
   */
  public record NewLot(String id,
      @Schema(implementation = LotType.class, requiredMode = Schema.RequiredMode.REQUIRED) String type,
      String surface, @Nullable Long version) {}

  /**
   * An allocation round to propose.
   *
   * @param round its reference ("2026-R1")
   * @param cutoff the day the ledger is read at
   * @param preferences each member's lots in order of preference
   * @param tolerance arrears tolerated (plain decimal, 0 when absent)
   * @param secondLotAllowed true to let a member who already holds a lot from an earlier round
   *     take part (by default a member is housed once: see docs/cooperative.md)
   */
  public record NewRound(String round, LocalDate cutoff,
      @Nullable Map<String, List<String>> preferences, @Nullable String tolerance,
      @Nullable Boolean secondLotAllowed) {}

  /** The managers' decision on a proposal: the minutes' reference and the day. */
  public record Validation(String minutesReference, LocalDate decidedOn, @Nullable Long version) {}

  /** Why a proposal is rejected (MEMBER_NOT_ELIGIBLE, CONTESTED...). */
  public record RejectionRequest(
      @Schema(implementation = RejectionReason.class, requiredMode = Schema.RequiredMode.REQUIRED) String reason,
      @Nullable String note, @Nullable Long version) {}

  /** A bare change naming the version read. */
  public record Versioned(@Nullable Long version) {}

  /** A member of a group, with the documents of their identity check. */
  public record GroupMemberView(String id, long rank, String role, String status,
      List<String> requiredDocuments, List<DocumentView> documents) {}

  /** A member's identity-check document: its metadata and where it stands. */
  public record DocumentView(String kind, String reference, String status, @Nullable String reason) {}

  /**
   * One line of the group's timeline, as members see its history.
   *
   * @param sequence the audit trail's sequence number (page with {@code after})
   * @param kind STATUS_CHANGE, DOCUMENT or SYSTEM_NOTIFICATION
   * @param subject what it is about ("group", "member:m1", "allocation:R1/m1")
   * @param summary a short description, without personal data
   */
  public record TimelineView(long sequence, String at, String kind, String subject, String summary) {}

  /** A group as stored, with the states it may move to next and its own documents (title: reference). */
  public record GroupView(String id, String name, long version, String status,
      @Nullable String heldFrom, String fundingThreshold, String currency,
      @Nullable String contributionPlan, List<GroupMemberView> members, List<String> nextStates,
      Map<String, String> documents) {}

  /** A lot of the project. */
  public record ProjectLotView(String id, String type, String surface, String state) {}

  /** A project as stored, with the milestones it may reach next. */
  public record ProjectView(String id, String group, long version, String phase,
      @Nullable String heldAt, List<ProjectLotView> lots, List<String> nextPhases) {}

  /** A proposal of the allocation round and where it stands. */
  public record AllocationView(String id, String round, String member, long rank, String lot,
      long version, String status, @Nullable String minutesReference, @Nullable String decidedOn,
      @Nullable String rejectionReason, @Nullable String rejectionNote) {}

  /** How the FIFO rules treated one member in a round. */
  public record RoundMemberView(String member, long rank, String outcome, @Nullable String lot) {}

  /** A proposed round: the proposals stored and the whole plan. */
  public record RoundView(String round, LocalDate cutoff, List<AllocationView> proposals,
      List<RoundMemberView> members, List<String> unallocatedLots) {}

  // --- groups ---

  @Get
  @Operation(summary = "The cooperative's groups by id, at most limit (1 to 1000, default 100)"
      + " after the group named by after (the last of the previous page)")
  public List<GroupView> list(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return groups.groups(tenant.organisation().value(), limit, after).stream()
        .map(CoopGroupController::groupView).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Form a group (FORMATION)")
  public HttpResponse<GroupView> form(Tenant tenant, @Body NewGroup body) {
    String id = CoopGroups.required(body.id(), "id");
    return Locations.created(groupView(groups.form(ref(tenant, id, null), body.name(),
        body.fundingThreshold(), body.currency())), "/api/v1/groups/{}", id);
  }

  @Get("/{group}")
  @Operation(summary = "One group, its members by rank and the states it may move to")
  public GroupView group(Tenant tenant, @PathVariable String group) {
    return groupView(groups.group(tenant.organisation().value(), group));
  }

  @Status(HttpStatus.CREATED)
  @Post("/{group}/members")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Admit a registered member to the group (next FIFO rank, PENDING_KYC)")
  public HttpResponse<GroupView> admit(Tenant tenant, @PathVariable String group,
      @Body Admission body) {
    Role role = body.role() == null ? Role.COOP_MEMBER : CoopGroups.parse(Role.class, body.role(), "role");
    Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
    if (body.requiredDocuments() != null) {
      for (String kind : body.requiredDocuments()) {
        required.add(CoopGroups.parse(DocumentKind.class, kind, "requiredDocuments"));
      }
    }
    return Locations.created(groupView(groups.admit(ref(tenant, group, body.version()), body.member(), role,
        required)), "/api/v1/groups/{}", group);
  }

  @Post("/{group}/members/{member}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Submit an identity-check document's metadata (a manager, or the member for themselves)")
  public GroupView submitDocument(Tenant tenant, @PathVariable String group,
      @PathVariable String member, @Body DocumentSubmission body) {
    tenant.requireSelfOrBroad("member", member);
    DocumentKind kind = CoopGroups.parse(DocumentKind.class, body.kind(), "kind");
    return groupView(groups.submitDocument(ref(tenant, group, body.version()), member, kind, body.reference()));
  }

  @Post("/{group}/members/{member}/documents/{kind}/acceptance")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Accept a submitted document; the last required one makes a PENDING_KYC member ACTIVE")
  public GroupView acceptDocument(Tenant tenant, @PathVariable String group,
      @PathVariable String member,
      @PathVariable @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = DocumentKind.class))
          String kind, @Body Versioned body) {
    DocumentKind document = CoopGroups.parse(DocumentKind.class, kind, "kind");
    return groupView(groups.acceptDocument(ref(tenant, group, body.version()), member, document));
  }

  @Post("/{group}/members/{member}/documents/{kind}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a submitted document with a reason (the member may submit another)")
  public GroupView rejectDocument(Tenant tenant, @PathVariable String group,
      @PathVariable String member,
      @PathVariable @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = DocumentKind.class))
          String kind, @Body DocumentRejection body) {
    DocumentKind document = CoopGroups.parse(DocumentKind.class, kind, "kind");
    return groupView(groups.rejectDocument(ref(tenant, group, body.version()), member, document, body.reason()));
  }

  @Post("/{group}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Publish the minutes of a meeting: every member not withdrawn is notified")
  public GroupView publishMinutes(Tenant tenant, @PathVariable String group,
      @Body MinutesPublication body) {
    return groupView(groups.publishMinutes(ref(tenant, group, body.version()), body.minutesReference()));
  }

  @Post("/{group}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Adopt a document of the group (statutes, internal rules...) or a new version of it;"
      + " the same version again changes nothing")
  public GroupView adoptDocument(Tenant tenant, @PathVariable String group,
      @Body GroupDocument body) {
    return groupView(groups.adoptDocument(ref(tenant, group, body.version()), body.title(), body.reference()));
  }

  @Get("/{group}/timeline")
  @Operation(summary = "The group's timeline (status changes, documents, notices sent), oldest first")
  public List<TimelineView> timeline(Tenant tenant, @PathVariable String group,
      @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit) {
    return groups.timeline(tenant.organisation().value(), group,
            after == null ? 0 : after, limit == null ? 100 : limit).stream()
        .map(e -> new TimelineView(e.sequence(), e.at().toString(), e.kind(), e.subject(), e.summary()))
        .toList();
  }

  @Post("/{group}/members/{member}/status")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Change a member's status in the group (ACTIVE, SUSPENDED, WITHDRAWN)")
  public GroupView memberStatus(Tenant tenant, @PathVariable String group,
      @PathVariable String member, @Body MemberStatusChange body) {
    MemberStatus to = CoopGroups.parse(MemberStatus.class, body.status(), "status");
    return groupView(groups.changeMemberStatus(ref(tenant, group, body.version()), member, to));
  }

  @Post("/{group}/contribution-plan")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Record the validated contribution plan (guard of FUNDING_OPEN)")
  public GroupView validatePlan(Tenant tenant, @PathVariable String group,
      @Body PlanValidation body) {
    return groupView(groups.validateContributionPlan(ref(tenant, group, body.version()), body.reference()));
  }

  @Post("/{group}/transitions")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the group along its workflow (409 ILLEGAL_TRANSITION naming from, to, guard)")
  public GroupView transition(Tenant tenant, @PathVariable String group,
      @Body Transition body) {
    GroupStatus to = CoopGroups.parse(GroupStatus.class, body.to(), "to");
    return groupView(groups.moveTo(ref(tenant, group, body.version()), to));
  }

  private static CoopRef ref(Tenant tenant, String group, Long version) {
    return new CoopRef(tenant.organisation().value(), group, version, CoopGroups.actor(tenant));
  }

  // --- the project ---

  @Status(HttpStatus.CREATED)
  @Post("/{group}/project")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Start the group's project (LAND_SECURED)")
  public HttpResponse<ProjectView> startProject(Tenant tenant,
      @PathVariable String group, @Body NewProject body) {
    return Locations.created(projectView(projects.start(ref(tenant, group, null), body.id(), body.currency())),
        "/api/v1/groups/{}/project", group);
  }

  @Get("/{group}/project")
  @Operation(summary = "The group's project: milestone, lots and the milestones it may reach")
  public ProjectView project(Tenant tenant, @PathVariable String group) {
    return projectView(projects.project(tenant.organisation().value(), group));
  }

  @Status(HttpStatus.CREATED)
  @Post("/{group}/project/lots")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Add a lot to the project (A1, A2...: type, surface)")
  public HttpResponse<ProjectView> addLot(Tenant tenant, @PathVariable String group,
      @Body NewLot body) {
    CoopGroups.required(body.id(), "id");
    LotType type = CoopGroups.parse(LotType.class, body.type(), "type");
    return Locations.created(projectView(projects.addLot(ref(tenant, group, body.version()), body.id(), type,
        body.surface())), "/api/v1/groups/{}/project", group);
  }

  @Post("/{group}/project/milestones")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the project to its next milestone (409 ILLEGAL_TRANSITION when refused)")
  public ProjectView reach(Tenant tenant, @PathVariable String group,
      @Body Milestone body) {
    ProjectPhase to = CoopGroups.parse(ProjectPhase.class, body.to(), "to");
    return projectView(projects.reach(ref(tenant, group, body.version()), to));
  }

  // --- allocation rounds ---

  @Status(HttpStatus.CREATED)
  @Post("/{group}/allocation-rounds")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Propose a round: the FIFO rules over the members, the ledger and the project's free lots"
      + " (a member who holds a lot from an earlier round takes no part unless secondLotAllowed)")
  public HttpResponse<RoundView> propose(Tenant tenant, @PathVariable String group,
      @Body NewRound body) {
    String round = CoopGroups.required(body.round(), "round");
    LocalDate cutoff = CoopGroups.required(body.cutoff(), "cutoff");
    RunAllocationRounds.Round proposed = rounds.propose(ref(tenant, group, null), new RunAllocationRounds.Proposal(
        round, cutoff, body.preferences() == null ? Map.of() : body.preferences(),
        body.tolerance() == null ? "0" : body.tolerance(), Boolean.TRUE.equals(body.secondLotAllowed())));
    return Locations.created(RecordViews.MAP.round(CoopViews.round(round, cutoff, proposed)),
        "/api/v1/groups/{}/allocations", group);
  }

  @Get("/{group}/allocations")
  @Operation(summary = "Every proposal of every round of the group")
  public List<AllocationView> allocations(Tenant tenant, @PathVariable String group) {
    return rounds.allocations(tenant.organisation().value(), group).stream()
        .map(CoopGroupController::allocationView).toList();
  }

  @Post("/{group}/allocations/{round}/{member}/validation")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Validate a proposal, recording the decision (minutes, day)")
  public AllocationView validate(Tenant tenant, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body Validation body) {
    DecisionRecord decision = new DecisionRecord(
        CoopGroups.required(body.minutesReference(), "minutesReference"),
        CoopGroups.required(body.decidedOn(), "decidedOn"));
    return allocationView(rounds.validate(ref(tenant, group, body.version()), round + "/" + member, decision));
  }

  @Post("/{group}/allocations/{round}/{member}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a proposal with a reason")
  public AllocationView reject(Tenant tenant, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body RejectionRequest body) {
    Rejection why = new Rejection(CoopGroups.parse(RejectionReason.class, body.reason(), "reason"),
        body.note() == null ? "" : body.note());
    return allocationView(rounds.reject(ref(tenant, group, body.version()), round + "/" + member, why));
  }

  @Post("/{group}/allocations/{round}/{member}/assignment")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Assign a validated proposal's lot to the member")
  public AllocationView assign(Tenant tenant, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body Versioned body) {
    return allocationView(rounds.assign(ref(tenant, group, body.version()), round + "/" + member));
  }

  // --- views: the library's summaries as JSON ---

  private static GroupView groupView(org.koprogo.ports.in.coop.Versioned<Group.Snapshot> stored) {
    return RecordViews.MAP.group(CoopViews.group(stored));
  }

  private static ProjectView projectView(org.koprogo.ports.in.coop.Versioned<Project.Snapshot> stored) {
    return RecordViews.MAP.project(CoopViews.project(stored));
  }

  private static AllocationView allocationView(org.koprogo.ports.in.coop.Versioned<Allocation> stored) {
    return RecordViews.MAP.allocation(CoopViews.allocation(stored));
  }
}
