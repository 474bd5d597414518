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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.CoopViews;
import org.koprogo.ports.in.coop.CoopViews.AllocationSummary;
import org.koprogo.ports.in.coop.CoopViews.GroupSummary;
import org.koprogo.ports.in.coop.CoopViews.ProjectSummary;
import org.koprogo.ports.in.coop.CoopViews.RoundSummary;
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
 *
 * <p>Each route makes one call to the {@code ports.in.coop} use cases, which read the request's
 * text (coded errors naming the field), and answers the library's {@link CoopViews} as they are.
 * The bodies are the in-ports' client commands, bound as they are ({@code HonestDocument} lists the
 * values of their enums).
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

  // --- groups ---

  @Get
  @Operation(summary = "The cooperative's groups by id, at most limit (1 to 1000, default 100)"
      + " after the group named by after (the last of the previous page)")
  public List<GroupSummary> list(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return groups.groups(tenant.org(), limit, after).stream().map(CoopViews::group).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Form a group (FORMATION)")
  public HttpResponse<GroupSummary> form(Tenant tenant, @Body ManageCoopGroups.NewGroup body) {
    GroupSummary formed = CoopViews.group(groups.form(tenant.org(), CoopGroups.actor(tenant), body));
    return Locations.created(formed, "/api/v1/groups/{}", formed.id());
  }

  @Get("/{group}")
  @Operation(summary = "One group, its members by rank and the states it may move to")
  public GroupSummary group(Tenant tenant, @PathVariable String group) {
    return CoopViews.group(groups.group(tenant.org(), group));
  }

  @Status(HttpStatus.CREATED)
  @Post("/{group}/members")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Admit a registered member to the group (next FIFO rank, PENDING_KYC)")
  public HttpResponse<GroupSummary> admit(Tenant tenant, @PathVariable String group,
      @Body ManageCoopGroups.Admission body) {
    return Locations.created(CoopViews.group(groups.admit(ref(tenant, group), body)),
        "/api/v1/groups/{}", group);
  }

  @Post("/{group}/members/{member}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Submit an identity-check document's metadata (a manager, or the member for themselves)")
  public GroupSummary submitDocument(Tenant tenant, @PathVariable String group,
      @PathVariable String member, @Body ManageCoopGroups.DocumentSubmission body) {
    tenant.requireSelfOrBroad("member", member);
    return CoopViews.group(groups.submitDocument(ref(tenant, group), member, body));
  }

  @Post("/{group}/members/{member}/documents/{kind}/acceptance")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Accept a submitted document; the last required one makes a PENDING_KYC member ACTIVE")
  public GroupSummary acceptDocument(Tenant tenant, @PathVariable String group, @PathVariable String member,
      @PathVariable @Parameter(schema = @Schema(implementation = DocumentKind.class)) String kind,
      @Body ManageCoopGroups.Acceptance body) {
    return CoopViews.group(groups.acceptDocument(ref(tenant, group), member, kind, body));
  }

  @Post("/{group}/members/{member}/documents/{kind}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a submitted document with a reason (the member may submit another)")
  public GroupSummary rejectDocument(Tenant tenant, @PathVariable String group, @PathVariable String member,
      @PathVariable @Parameter(schema = @Schema(implementation = DocumentKind.class)) String kind,
      @Body ManageCoopGroups.DocumentRejection body) {
    return CoopViews.group(groups.rejectDocument(ref(tenant, group), member, kind, body));
  }

  @Post("/{group}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Publish the minutes of a meeting: every member not withdrawn is notified")
  public GroupSummary publishMinutes(Tenant tenant, @PathVariable String group,
      @Body ManageCoopGroups.MinutesPublication body) {
    return CoopViews.group(groups.publishMinutes(ref(tenant, group), body));
  }

  @Post("/{group}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Adopt a document of the group (statutes, internal rules...) or a new version of it;"
      + " the same version again changes nothing")
  public GroupSummary adoptDocument(Tenant tenant, @PathVariable String group,
      @Body ManageCoopGroups.GroupDocument body) {
    return CoopViews.group(groups.adoptDocument(ref(tenant, group), body));
  }

  @Get("/{group}/timeline")
  @Operation(summary = "The group's timeline (status changes, documents, notices sent), oldest first")
  public List<ManageCoopGroups.TimelineLine> timeline(Tenant tenant, @PathVariable String group,
      @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit) {
    return groups.timeline(tenant.org(), group, after, limit);
  }

  @Post("/{group}/members/{member}/status")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Change a member's status in the group (ACTIVE, SUSPENDED, WITHDRAWN)")
  public GroupSummary memberStatus(Tenant tenant, @PathVariable String group,
      @PathVariable String member, @Body ManageCoopGroups.MemberStatusChange body) {
    return CoopViews.group(groups.changeMemberStatus(ref(tenant, group), member, body));
  }

  @Post("/{group}/contribution-plan")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Record the validated contribution plan (guard of FUNDING_OPEN)")
  public GroupSummary validatePlan(Tenant tenant, @PathVariable String group,
      @Body ManageCoopGroups.PlanValidation body) {
    return CoopViews.group(groups.validateContributionPlan(ref(tenant, group), body));
  }

  @Post("/{group}/transitions")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the group along its workflow (409 ILLEGAL_TRANSITION naming from, to, guard)")
  public GroupSummary transition(Tenant tenant, @PathVariable String group,
      @Body ManageCoopGroups.Transition body) {
    return CoopViews.group(groups.moveTo(ref(tenant, group), body));
  }

  private static CoopRef ref(Tenant tenant, String group) {
    return new CoopRef(tenant.org(), group, null, CoopGroups.actor(tenant));
  }

  // --- the project ---

  @Status(HttpStatus.CREATED)
  @Post("/{group}/project")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Start the group's project (LAND_SECURED)")
  public HttpResponse<ProjectSummary> startProject(Tenant tenant, @PathVariable String group,
      @Body RunCoopProject.NewProject body) {
    return Locations.created(CoopViews.project(projects.start(ref(tenant, group), body)),
        "/api/v1/groups/{}/project", group);
  }

  @Get("/{group}/project")
  @Operation(summary = "The group's project: milestone, lots and the milestones it may reach")
  public ProjectSummary project(Tenant tenant, @PathVariable String group) {
    return CoopViews.project(projects.project(tenant.org(), group));
  }

  @Status(HttpStatus.CREATED)
  @Post("/{group}/project/lots")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Add a lot to the project (A1, A2...: type, surface)")
  public HttpResponse<ProjectSummary> addLot(Tenant tenant, @PathVariable String group,
      @Body RunCoopProject.NewLot body) {
    return Locations.created(CoopViews.project(projects.addLot(ref(tenant, group), body)),
        "/api/v1/groups/{}/project", group);
  }

  @Post("/{group}/project/milestones")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the project to its next milestone (409 ILLEGAL_TRANSITION when refused)")
  public ProjectSummary reach(Tenant tenant, @PathVariable String group, @Body RunCoopProject.Milestone body) {
    return CoopViews.project(projects.reach(ref(tenant, group), body));
  }

  // --- allocation rounds ---

  @Status(HttpStatus.CREATED)
  @Post("/{group}/allocation-rounds")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Propose a round: the FIFO rules over the members, the ledger and the project's free lots"
      + " (a member who holds a lot from an earlier round takes no part unless secondLotAllowed)")
  public HttpResponse<RoundSummary> propose(Tenant tenant, @PathVariable String group,
      @Body RunAllocationRounds.NewRound body) {
    RunAllocationRounds.Round proposed = rounds.propose(ref(tenant, group), body);
    return Locations.created(CoopViews.round(body.round(), body.cutoff(), proposed),
        "/api/v1/groups/{}/allocations", group);
  }

  @Get("/{group}/allocations")
  @Operation(summary = "The proposals of the group's rounds by id (round/member), at most limit (1 to 1000,"
      + " default 100) after the allocation named by after (the last of the previous page)")
  public List<AllocationSummary> allocations(Tenant tenant, @PathVariable String group,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return rounds.allocations(tenant.org(), group, limit, after).stream().map(CoopViews::allocation).toList();
  }

  @Post("/{group}/allocations/{round}/{member}/validation")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Validate a proposal, recording the decision (minutes, day)")
  public AllocationSummary validate(Tenant tenant, @PathVariable String group, @PathVariable String round,
      @PathVariable String member, @Body RunAllocationRounds.Validation body) {
    return CoopViews.allocation(rounds.validate(ref(tenant, group), round, member, body));
  }

  @Post("/{group}/allocations/{round}/{member}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a proposal with a reason")
  public AllocationSummary reject(Tenant tenant, @PathVariable String group, @PathVariable String round,
      @PathVariable String member, @Body RunAllocationRounds.RejectionRequest body) {
    return CoopViews.allocation(rounds.reject(ref(tenant, group), round, member, body));
  }

  @Post("/{group}/allocations/{round}/{member}/assignment")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Assign a validated proposal's lot to the member")
  public AllocationSummary assign(Tenant tenant, @PathVariable String group, @PathVariable String round,
      @PathVariable String member, @Body RunAllocationRounds.Assignment body) {
    return CoopViews.allocation(rounds.assign(ref(tenant, group), round, member, body));
  }
}
