/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.AllocationPlan;
import org.koprogo.domain.coop.AllocationRound;
import org.koprogo.domain.coop.FifoAllocation;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.allocation.Rejection;
import org.koprogo.domain.coop.allocation.RejectionReason;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.group.Document;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.coop.project.ProjectId;
import org.koprogo.domain.coop.project.ProjectPhase;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

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
  private final CoopGroups groups;
  private final CoopEvents events;
  private final OutPorts ports;

  CoopGroupController(CoopGroups groups, CoopEvents events, OutPorts ports) {
    this.groups = groups;
    this.events = events;
    this.ports = ports;
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
  public record DocumentSubmission(String kind, String reference, @Nullable Long version) {}

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
  public record GroupDocument(@Nullable String title, @Nullable String reference, @Nullable Long version) {}

  /** A new status of a member of the group (ACTIVE, SUSPENDED, WITHDRAWN). */
  public record MemberStatusChange(String status, @Nullable Long version) {}

  /** The validated contribution plan's reference. */
  public record PlanValidation(String reference, @Nullable Long version) {}

  /** A workflow state (of the group) or a milestone (of the project) to move to. */
  public record Transition(String to, @Nullable Long version) {}

  /** A project to start (LAND_SECURED): its id, EUR when no currency is given. */
  public record NewProject(String id, @Nullable String currency) {}

  /**
   * A lot of the project.
   *
   * @param id "A1", "A2"...
   * @param type STUDIO, APARTMENT, DUPLEX, HOUSE, COMMERCIAL, PARKING...
   * @param surface square metres, plain decimal
   */
  public record NewLot(String id, String type, String surface, @Nullable Long version) {}

  /**
   * An allocation round to propose.
   *
   * @param round its reference ("2026-R1")
   * @param cutoff the day the ledger is read at
   * @param preferences each member's lots in order of preference
   * @param tolerance arrears tolerated (plain decimal, 0 when absent)
   */
  public record NewRound(String round, LocalDate cutoff,
      @Nullable Map<String, List<String>> preferences, @Nullable String tolerance) {}

  /** The managers' decision on a proposal: the minutes' reference and the day. */
  public record Validation(String minutesReference, LocalDate decidedOn, @Nullable Long version) {}

  /** Why a proposal is rejected (MEMBER_NOT_ELIGIBLE, CONTESTED...). */
  public record RejectionRequest(String reason, @Nullable String note, @Nullable Long version) {}

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
  @Operation(summary = "The cooperative's groups")
  public List<GroupView> list(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return groups.store().all(tenant.organisation(), Group.Snapshot.class).stream()
        .map(CoopGroupController::groupView).toList();
  }

  @Post
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Form a group (FORMATION)")
  public HttpResponse<GroupView> form(Authentication authentication, @Body NewGroup body) {
    Tenant tenant = Tenant.of(authentication);
    String id = CoopGroups.required(body.id(), "id");
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    Money threshold = Money.parse(CoopGroups.required(body.fundingThreshold(), "fundingThreshold"),
        currency, "fundingThreshold");
    Change<Group> formed = Group.form(GroupId.of(id), CoopGroups.required(body.name(), "name"), threshold,
        CoopGroups.actor(tenant), groups.now());
    Stored<Group.Snapshot> stored = ports.transactions().inTransaction(() -> {
      Stored<Group.Snapshot> added = groups.store().add(tenant.organisation(), id, formed.after().snapshot());
      events.record(tenant.organisation(), formed.events());
      return added;
    });
    return HttpResponse.created(groupView(stored), URI.create("/api/v1/groups/" + id));
  }

  @Get("/{group}")
  @Operation(summary = "One group, its members by rank and the states it may move to")
  public GroupView group(Authentication authentication, @PathVariable String group) {
    return groupView(groups.group(Tenant.of(authentication).organisation(), group));
  }

  @Post("/{group}/members")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Admit a registered member to the group (next FIFO rank, PENDING_KYC)")
  public HttpResponse<GroupView> admit(Authentication authentication, @PathVariable String group,
      @Body Admission body) {
    Tenant tenant = Tenant.of(authentication);
    String member = CoopGroups.required(body.member(), "member");
    ports.members().get(tenant.organisation(), org.koprogo.ports.out.MemberId.of(member));
    Role role = body.role() == null ? Role.COOP_MEMBER : CoopGroups.parse(Role.class, body.role(), "role");
    Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
    if (body.requiredDocuments() != null) {
      for (String kind : body.requiredDocuments()) {
        required.add(CoopGroups.parse(DocumentKind.class, kind, "requiredDocuments"));
      }
    }
    return HttpResponse.created(changeGroup(tenant, group, body.version(),
        g -> g.admit(MemberId.of(member), role, required, CoopGroups.actor(tenant), groups.now())));
  }

  @Post("/{group}/members/{member}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Submit an identity-check document's metadata (a manager, or the member for themselves)")
  public GroupView submitDocument(Authentication authentication, @PathVariable String group,
      @PathVariable String member, @Body DocumentSubmission body) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireSelfOrBroad("member", member);
    DocumentKind kind = CoopGroups.parse(DocumentKind.class, body.kind(), "kind");
    String reference = CoopGroups.required(body.reference(), "reference");
    return changeGroup(tenant, group, body.version(),
        g -> g.submitDocument(MemberId.of(member), kind, reference, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/members/{member}/documents/{kind}/acceptance")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Accept a submitted document; the last required one makes a PENDING_KYC member ACTIVE")
  public GroupView acceptDocument(Authentication authentication, @PathVariable String group,
      @PathVariable String member, @PathVariable String kind, @Body Versioned body) {
    Tenant tenant = Tenant.of(authentication);
    DocumentKind document = CoopGroups.parse(DocumentKind.class, kind, "kind");
    return changeGroup(tenant, group, body.version(),
        g -> g.acceptDocument(MemberId.of(member), document, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/members/{member}/documents/{kind}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a submitted document with a reason (the member may submit another)")
  public GroupView rejectDocument(Authentication authentication, @PathVariable String group,
      @PathVariable String member, @PathVariable String kind, @Body DocumentRejection body) {
    Tenant tenant = Tenant.of(authentication);
    DocumentKind document = CoopGroups.parse(DocumentKind.class, kind, "kind");
    String reason = CoopGroups.required(body.reason(), "reason");
    return changeGroup(tenant, group, body.version(),
        g -> g.rejectDocument(MemberId.of(member), document, reason, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/minutes")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Publish the minutes of a meeting: every member not withdrawn is notified")
  public GroupView publishMinutes(Authentication authentication, @PathVariable String group,
      @Body MinutesPublication body) {
    Tenant tenant = Tenant.of(authentication);
    String minutes = CoopGroups.required(body.minutesReference(), "minutesReference");
    return changeGroup(tenant, group, body.version(),
        g -> g.publishMinutes(minutes, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/documents")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Adopt a document of the group (statutes, internal rules...) or a new version of it;"
      + " the same version again changes nothing")
  public GroupView adoptDocument(Authentication authentication, @PathVariable String group,
      @Body GroupDocument body) {
    Tenant tenant = Tenant.of(authentication);
    String title = CoopGroups.required(body.title(), "title").strip();
    String reference = CoopGroups.required(body.reference(), "reference").strip();
    return changeGroup(tenant, group, body.version(),
        g -> g.adoptDocument(title, reference, CoopGroups.actor(tenant), groups.now()));
  }

  @Get("/{group}/timeline")
  @Operation(summary = "The group's timeline (status changes, documents, notices sent), oldest first")
  public List<TimelineView> timeline(Authentication authentication, @PathVariable String group,
      @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit) {
    Tenant tenant = Tenant.of(authentication);
    groups.group(tenant.organisation(), group);
    int n = limit == null ? 100 : limit;
    if (n < 1 || n > 1000) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "limit " + n + " is not between 1 and 1000",
          "field", "limit", "value", String.valueOf(n));
    }
    return events.timeline(tenant.organisation(), group, after == null ? 0 : Math.max(0, after), n).stream()
        .map(e -> new TimelineView(e.sequence(), e.event().at().toString(), e.event().action(),
            e.event().details().get("subject"), e.event().details().get("summary")))
        .toList();
  }

  @Post("/{group}/members/{member}/status")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Change a member's status in the group (ACTIVE, SUSPENDED, WITHDRAWN)")
  public GroupView memberStatus(Authentication authentication, @PathVariable String group,
      @PathVariable String member, @Body MemberStatusChange body) {
    Tenant tenant = Tenant.of(authentication);
    MemberStatus to = CoopGroups.parse(MemberStatus.class, body.status(), "status");
    return changeGroup(tenant, group, body.version(), g -> to == MemberStatus.WITHDRAWN
        ? g.withdraw(MemberId.of(member), CoopGroups.actor(tenant), groups.now())
        : g.changeMemberStatus(MemberId.of(member), to, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/contribution-plan")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Record the validated contribution plan (guard of FUNDING_OPEN)")
  public GroupView validatePlan(Authentication authentication, @PathVariable String group,
      @Body PlanValidation body) {
    Tenant tenant = Tenant.of(authentication);
    String reference = CoopGroups.required(body.reference(), "reference");
    return changeGroup(tenant, group, body.version(),
        g -> g.validateContributionPlan(reference, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/transitions")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the group along its workflow (409 ILLEGAL_TRANSITION naming from, to, guard)")
  public GroupView transition(Authentication authentication, @PathVariable String group,
      @Body Transition body) {
    Tenant tenant = Tenant.of(authentication);
    GroupStatus to = CoopGroups.parse(GroupStatus.class, body.to(), "to");
    OrganisationId organisation = tenant.organisation();
    return changeGroup(tenant, group, body.version(), g -> {
      Money confirmed = groups.confirmed(organisation, g, g.fundingThreshold().currency());
      int lots = groups.findProject(organisation, group)
          .map(p -> Project.restore(p.aggregate()).lots().size()).orElse(0);
      return g.moveTo(to, new FundingFacts(confirmed, lots), CoopGroups.actor(tenant), groups.now());
    });
  }

  /**
   * Reads the group, runs the command, stores the new state and the command's events (audit
   * trail, timeline, outbox), all in one transaction; a command that changes nothing stores nothing.
   */
  private GroupView changeGroup(Tenant tenant, String group, Long version,
      java.util.function.Function<Group, Change<Group>> command) {
    return ports.transactions().inTransaction(() -> {
      Stored<Group.Snapshot> stored = CoopGroups.at(groups.group(tenant.organisation(), group), version);
      Change<Group> change = command.apply(Group.restore(stored.aggregate()));
      if (change.isUnchanged()) {
        return groupView(stored); // a repeated command: nothing stored, nothing recorded
      }
      Stored<Group.Snapshot> updated = groups.store().update(stored.with(change.after().snapshot()));
      events.record(tenant.organisation(), change.events());
      return groupView(updated);
    });
  }

  // --- the project ---

  @Post("/{group}/project")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Start the group's project (LAND_SECURED)")
  public HttpResponse<ProjectView> startProject(Authentication authentication,
      @PathVariable String group, @Body NewProject body) {
    Tenant tenant = Tenant.of(authentication);
    groups.group(tenant.organisation(), group);
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    Change<Project> started = Project.start(ProjectId.of(CoopGroups.required(body.id(), "id")),
        GroupId.of(group), currency, CoopGroups.actor(tenant), groups.now());
    Stored<Project.Snapshot> stored = ports.transactions().inTransaction(() -> {
      Stored<Project.Snapshot> added = groups.store().add(tenant.organisation(), group, started.after().snapshot());
      events.record(tenant.organisation(), started.events());
      return added;
    });
    return HttpResponse.created(projectView(stored), URI.create("/api/v1/groups/" + group + "/project"));
  }

  @Get("/{group}/project")
  @Operation(summary = "The group's project: milestone, lots and the milestones it may reach")
  public ProjectView project(Authentication authentication, @PathVariable String group) {
    return projectView(groups.project(Tenant.of(authentication).organisation(), group));
  }

  @Post("/{group}/project/lots")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Add a lot to the project (A1, A2...: type, surface)")
  public HttpResponse<ProjectView> addLot(Authentication authentication, @PathVariable String group,
      @Body NewLot body) {
    Tenant tenant = Tenant.of(authentication);
    LotId lot = LotId.of(CoopGroups.required(body.id(), "id"));
    LotType type = CoopGroups.parse(LotType.class, body.type(), "type");
    BigDecimal surface = org.koprogo.domain.shared.Decimals.parse(
        CoopGroups.required(body.surface(), "surface"), "surface");
    return HttpResponse.created(changeProject(tenant, group, body.version(),
        p -> p.addLot(lot, type, surface, CoopGroups.actor(tenant), groups.now())));
  }

  @Post("/{group}/project/milestones")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Move the project to its next milestone (409 ILLEGAL_TRANSITION when refused)")
  public ProjectView reach(Authentication authentication, @PathVariable String group,
      @Body Transition body) {
    Tenant tenant = Tenant.of(authentication);
    ProjectPhase to = CoopGroups.parse(ProjectPhase.class, body.to(), "to");
    return changeProject(tenant, group, body.version(),
        p -> p.reach(to, CoopGroups.actor(tenant), groups.now()));
  }

  private ProjectView changeProject(Tenant tenant, String group, Long version,
      java.util.function.Function<Project, Change<Project>> command) {
    return ports.transactions().inTransaction(() -> {
      Stored<Project.Snapshot> stored = CoopGroups.at(groups.project(tenant.organisation(), group), version);
      Change<Project> change = command.apply(Project.restore(stored.aggregate()));
      Stored<Project.Snapshot> updated = groups.store().update(stored.with(change.after().snapshot()));
      events.record(tenant.organisation(), change.events());
      return projectView(updated);
    });
  }

  // --- allocation rounds ---

  @Post("/{group}/allocation-rounds")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Propose a round: the FIFO rules over the members, the ledger and the project's free lots")
  public HttpResponse<RoundView> propose(Authentication authentication, @PathVariable String group,
      @Body NewRound body) {
    Tenant tenant = Tenant.of(authentication);
    OrganisationId organisation = tenant.organisation();
    String round = CoopGroups.required(body.round(), "round");
    LocalDate cutoff = CoopGroups.required(body.cutoff(), "cutoff");
    Group g = Group.restore(groups.group(organisation, group).aggregate());
    Project project = Project.restore(groups.project(organisation, group).aggregate());
    Currency currency = g.fundingThreshold().currency();
    Map<MemberId, List<LotId>> preferences = new LinkedHashMap<>();
    if (body.preferences() != null) {
      body.preferences().forEach((m, lots) -> preferences.put(MemberId.of(m),
          lots == null ? List.of() : lots.stream().map(LotId::of).toList()));
    }
    CoopGroups.LedgerFacts ledger = groups.ledger(organisation, g, currency);
    AllocationRound allocationRound = new AllocationRound(cutoff, currency,
        g.applicants(preferences), project.offeredLots(groups.taken(organisation, group)),
        ledger.dues(), ledger.penalties(), ledger.payments());
    Money tolerance = body.tolerance() == null ? Money.zero(currency)
        : Money.parse(body.tolerance(), currency, "tolerance");
    AllocationPlan plan = FifoAllocation.withTolerance(tolerance).allocate(allocationRound);
    Change<List<Allocation>> proposed = Allocation.propose(GroupId.of(group), round, plan,
        CoopGroups.actor(tenant), groups.now());
    List<AllocationView> stored = ports.transactions().inTransaction(() -> {
      List<AllocationView> added = new ArrayList<>();
      for (Allocation a : proposed.after()) {
        added.add(allocationView(groups.store().add(organisation, a.id().value(), a)));
      }
      events.record(organisation, proposed.events());
      return added;
    });
    List<RoundMemberView> members = plan.members().stream()
        .map(m -> new RoundMemberView(m.member().value(), m.rank().value(), m.outcome().name(),
            m.lot().map(LotId::value).orElse(null)))
        .toList();
    return HttpResponse.created(new RoundView(round, cutoff, stored, members,
            plan.unallocatedLots().stream().map(LotId::value).toList()),
        URI.create("/api/v1/groups/" + group + "/allocations"));
  }

  @Get("/{group}/allocations")
  @Operation(summary = "Every proposal of every round of the group")
  public List<AllocationView> allocations(Authentication authentication, @PathVariable String group) {
    return groups.allocations(Tenant.of(authentication).organisation(), group).stream()
        .map(CoopGroupController::allocationView).toList();
  }

  @Post("/{group}/allocations/{round}/{member}/validation")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Validate a proposal, recording the decision (minutes, day)")
  public AllocationView validate(Authentication authentication, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body Validation body) {
    Tenant tenant = Tenant.of(authentication);
    DecisionRecord decision = new DecisionRecord(
        CoopGroups.required(body.minutesReference(), "minutesReference"),
        CoopGroups.required(body.decidedOn(), "decidedOn"));
    return changeAllocation(tenant, group, round + "/" + member, body.version(),
        a -> a.validate(decision, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/allocations/{round}/{member}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a proposal with a reason")
  public AllocationView reject(Authentication authentication, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body RejectionRequest body) {
    Tenant tenant = Tenant.of(authentication);
    Rejection why = new Rejection(CoopGroups.parse(RejectionReason.class, body.reason(), "reason"),
        body.note() == null ? "" : body.note());
    return changeAllocation(tenant, group, round + "/" + member, body.version(),
        a -> a.reject(why, CoopGroups.actor(tenant), groups.now()));
  }

  @Post("/{group}/allocations/{round}/{member}/assignment")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Assign a validated proposal's lot to the member")
  public AllocationView assign(Authentication authentication, @PathVariable String group,
      @PathVariable String round, @PathVariable String member, @Body Versioned body) {
    Tenant tenant = Tenant.of(authentication);
    return changeAllocation(tenant, group, round + "/" + member, body.version(),
        a -> a.assign(CoopGroups.actor(tenant), groups.now()));
  }

  private AllocationView changeAllocation(Tenant tenant, String group, String id, Long version,
      java.util.function.Function<Allocation, Change<Allocation>> command) {
    return ports.transactions().inTransaction(() -> {
      Stored<Allocation> stored = CoopGroups.at(groups.allocation(tenant.organisation(), group, id), version);
      Change<Allocation> change = command.apply(stored.aggregate());
      Stored<Allocation> updated = groups.store().update(stored.with(change.after()));
      events.record(tenant.organisation(), change.events());
      return allocationView(updated);
    });
  }

  // --- views ---

  private static GroupView groupView(Stored<Group.Snapshot> stored) {
    Group.Snapshot g = stored.aggregate();
    List<GroupMemberView> members = g.members().stream()
        .map(m -> new GroupMemberView(m.id().value(), m.rank().value(), m.role().name(), m.status().name(),
            m.required().stream().map(Enum::name).sorted().toList(),
            m.documents().values().stream()
                .sorted(java.util.Comparator.comparing(Document::kind))
                .map(d -> new DocumentView(d.kind().name(), d.reference(), d.status().name(),
                    d.reason().isEmpty() ? null : d.reason()))
                .toList()))
        .toList();
    List<String> next = GroupStatus.WORKFLOW.targets(g.status()).stream().map(Enum::name).toList();
    return new GroupView(stored.id(), g.name(), stored.version(), g.status().name(),
        g.heldFrom().map(Enum::name).orElse(null), g.fundingThreshold().toPlainString(),
        g.fundingThreshold().currency().getCurrencyCode(), g.contributionPlan().orElse(null),
        members, next, new java.util.TreeMap<>(g.documents()));
  }

  private static ProjectView projectView(Stored<Project.Snapshot> stored) {
    Project p = Project.restore(stored.aggregate());
    List<ProjectLotView> lots = p.lots().stream()
        .map(l -> new ProjectLotView(l.id().value(), l.type().name(), l.surface().toPlainString(),
            l.state().name()))
        .toList();
    List<String> next = ProjectPhase.WORKFLOW.targets(p.phase()).stream().map(Enum::name).toList();
    return new ProjectView(p.id().value(), p.group().value(), stored.version(), p.phase().name(),
        p.heldAt().map(Enum::name).orElse(null), lots, next);
  }

  private static AllocationView allocationView(Stored<Allocation> stored) {
    Allocation a = stored.aggregate();
    String id = a.id().value();
    Optional<DecisionRecord> d = a.decision();
    return new AllocationView(id, id.substring(0, id.lastIndexOf('/')), a.member().value(),
        a.rank().value(), a.lot().value(), stored.version(), a.status().name(),
        d.map(DecisionRecord::minutesReference).orElse(null), d.map(r -> r.decidedOn().toString()).orElse(null),
        a.rejection().map(r -> r.reason().name()).orElse(null), a.rejection().map(Rejection::note).orElse(null));
  }
}
