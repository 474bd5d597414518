/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Rank;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.event.MinutesPublished;
import org.koprogo.domain.coop.event.TimelineKind;
import org.koprogo.domain.coop.event.Trail;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * A housing cooperative: its workflow ({@link GroupStatus}), its funding threshold, its validated
 * contribution plan and its members with their FIFO ranks.
 *
 * <p>Immutable: every command returns a {@link Change} with the new group and the events it
 * produced (audit events, timeline entries, notification intents). Commands by an AUDITOR, and
 * management commands by a COOP_MEMBER, are refused with {@code NOT_PERMITTED}.
 */
public final class Group {
  /** Guard of FORMATION -> KYC_READY. */
  public static final String GUARD_ACTIVE_MEMBER = "at least one ACTIVE member";
  /** Guard of KYC_READY -> FUNDING_OPEN. */
  public static final String GUARD_PLAN = "contribution plan validated";
  /** Guard of FUNDING_OPEN -> THRESHOLD_REACHED. */
  public static final String GUARD_THRESHOLD = "confirmed contributions reach the funding threshold";
  /** Guard of FUNDING_CLOSED -> ALLOCATION_RUNNING. */
  public static final String GUARD_LOTS = "the project has lots";
  /** Guard of ON_HOLD -> a running state. */
  public static final String GUARD_RESUME = "resumes the state it was held from";

  private final GroupId id;
  private final String name;
  private final GroupStatus status;
  private final GroupStatus heldFrom;
  private final Money fundingThreshold;
  private final String contributionPlan;
  private final Map<MemberId, Member> members;
  private final long lastRank;
  private final Map<String, String> documents;

  private Group(
      GroupId id, String name, GroupStatus status, GroupStatus heldFrom, Money fundingThreshold,
      String contributionPlan, Map<MemberId, Member> members, long lastRank,
      Map<String, String> documents) {
    this.id = id;
    this.name = name;
    this.status = status;
    this.heldFrom = heldFrom;
    this.fundingThreshold = fundingThreshold;
    this.contributionPlan = contributionPlan;
    this.members = members;
    this.lastRank = lastRank;
    this.documents = documents;
  }

  /**
   * Forms a new group in FORMATION.
   *
   * @param fundingThreshold the confirmed contributions at which funding is reached, positive
   * @param id the group's id
   * @param name its name
   * @param actor who forms it (a manager)
   * @param at when, from the Clock port
   * @return the new group, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     NEGATIVE_AMOUNT} for a threshold that is not positive
   */
  public static Change<Group> form(
      GroupId id, String name, Money fundingThreshold, Actor actor, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fundingThreshold, "fundingThreshold");
    actor.requireManager("form a group");
    if (!fundingThreshold.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.NEGATIVE_AMOUNT, "the funding threshold " + fundingThreshold + " is not positive",
          "field", "fundingThreshold", "value", fundingThreshold.toPlainString());
    }
    Group group =
        new Group(id, name, GroupStatus.FORMATION, null, fundingThreshold, null, Map.of(), 0, Map.of());
    return Trail.of(id, actor, at)
        .statusChanged("GroupFormed", "group", null, GroupStatus.FORMATION)
        .change(group);
  }

  /**
   * The group's id.
   *
   * @return the id
   */
  public GroupId id() {
    return id;
  }

  /**
   * The group's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The group's workflow state.
   *
   * @return the state
   */
  public GroupStatus status() {
    return status;
  }

  /**
   * The state the group was paused from, when ON_HOLD.
   *
   * @return the paused state, or empty unless ON_HOLD
   */
  public Optional<GroupStatus> heldFrom() {
    return Optional.ofNullable(heldFrom);
  }

  /**
   * The confirmed contributions at which funding is reached (THRESHOLD_REACHED).
   *
   * @return the threshold, positive
   */
  public Money fundingThreshold() {
    return fundingThreshold;
  }

  /**
   * The reference of the validated contribution plan (its id and version), if any.
   *
   * @return the plan's reference, or empty before one is validated
   */
  public Optional<String> contributionPlan() {
    return Optional.ofNullable(contributionPlan);
  }

  /**
   * Every member ever admitted, withdrawn ones too, by rank.
   *
   * @return the members
   */
  public List<Member> members() {
    List<Member> list = new ArrayList<>(members.values());
    list.sort(Comparator.comparing(Member::rank));
    return List.copyOf(list);
  }

  /**
   * The member, if admitted.
   *
   * @param member a member id
   * @return the member, or empty when never admitted
   */
  public Optional<Member> member(MemberId member) {
    return Optional.ofNullable(members.get(member));
  }

  /**
   * The rank the next admitted member will get (ranks are never reused).
   *
   * @return the next rank
   */
  public Rank nextRank() {
    return Rank.of(lastRank + 1);
  }

  /**
   * Records the validated contribution plan ({@code "plan-2026/v3"}); FUNDING_OPEN needs one.
   *
   * @param planReference the validated plan's reference
   * @param actor who validates it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public Change<Group> validateContributionPlan(String planReference, Actor actor, Instant at) {
    Objects.requireNonNull(planReference, "planReference");
    actor.requireManager("validate the contribution plan");
    if (planReference.equals(contributionPlan)) {
      return Change.unchanged(this);
    }
    Group after =
        new Group(id, name, status, heldFrom, fundingThreshold, planReference, members, lastRank, documents);
    return Trail.of(id, actor, at)
        .audit("ContributionPlanValidated", "group", contributionPlan == null ? "" : contributionPlan, planReference)
        .timeline(TimelineKind.DOCUMENT, "group", "contribution plan " + planReference + " validated")
        .change(after);
  }

  /**
   * Records {@code plan} as the validated contribution plan (by its label, version included).
   *
   * @param plan the validated plan
   * @param actor who validates it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public Change<Group> validateContributionPlan(
      org.koprogo.domain.coop.plan.CoopContributionPlan plan, Actor actor, Instant at) {
    return validateContributionPlan(plan.label(), actor, at);
  }

  /**
   * Moves the group to {@code to}.
   *
   * @param to the state asked for
   * @param facts the funding figures the guards read
   * @param actor who moves it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit, timeline and notification events
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} naming from, to and the guard that failed;
   *     {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public Change<Group> moveTo(GroupStatus to, FundingFacts facts, Actor actor, Instant at) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(facts, "facts");
    actor.requireManager("move the group to " + to);
    GroupStatus.WORKFLOW.check(status, to);
    if (status == GroupStatus.ON_HOLD && to != GroupStatus.CANCELLED && to != heldFrom) {
      throw GroupStatus.WORKFLOW.refused(status, to, GUARD_RESUME);
    }
    if (status != GroupStatus.ON_HOLD) {
      String failed = failedGuard(to, facts);
      if (failed != null) {
        throw GroupStatus.WORKFLOW.refused(status, to, failed);
      }
    }
    GroupStatus held = to == GroupStatus.ON_HOLD ? status : null;
    Group after =
        new Group(id, name, to, held, fundingThreshold, contributionPlan, members, lastRank, documents);
    return Trail.of(id, actor, at).statusChanged("GroupStatusChanged", "group", status, to).change(after);
  }

  private String failedGuard(GroupStatus to, FundingFacts facts) {
    return switch (to) {
      case KYC_READY ->
          members.values().stream().anyMatch(m -> m.status() == MemberStatus.ACTIVE)
              ? null
              : GUARD_ACTIVE_MEMBER;
      case FUNDING_OPEN -> contributionPlan != null ? null : GUARD_PLAN;
      case THRESHOLD_REACHED ->
          facts.confirmedContributions().compareTo(fundingThreshold) >= 0 ? null : GUARD_THRESHOLD;
      case ALLOCATION_RUNNING -> facts.projectLots() > 0 ? null : GUARD_LOTS;
      default -> null;
    };
  }

  /**
   * Derives THRESHOLD_REACHED: when funding is open and the confirmed contributions reach the
   * threshold, the group moves on by itself; otherwise nothing changes.
   *
   * @param confirmedContributions the ledger's confirmed contributions net of reversals
   * @param actor who recorded the contribution that triggers the check
   * @param at when, from the Clock port
   * @return the group after (THRESHOLD_REACHED), or unchanged
   * @throws KoproGoException {@code NOT_PERMITTED} when the move is due and the actor does not
   *     manage the cooperative
   */
  public Change<Group> recordFunding(Money confirmedContributions, Actor actor, Instant at) {
    if (status == GroupStatus.FUNDING_OPEN
        && confirmedContributions.compareTo(fundingThreshold) >= 0) {
      return moveTo(GroupStatus.THRESHOLD_REACHED, new FundingFacts(confirmedContributions, 0), actor, at);
    }
    return Change.unchanged(this);
  }

  /**
   * Admits a household: it gets the next FIFO rank (never one given before) and starts
   * PENDING_KYC. It becomes ACTIVE when its last required document is accepted, or, when none
   * is required, when a manager activates it.
   *
   * @param member the household's member id
   * @param role the role it gets
   * @param required the KYC documents to accept before it is ACTIVE
   * @param actor who admits it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit and timeline events
   * @throws KoproGoException {@code DUPLICATE_MEMBER} when the id is already a member
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public Change<Group> admit(
      MemberId member, Role role, Set<DocumentKind> required, Actor actor, Instant at) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(role, "role");
    actor.requireManager("admit a member");
    if (members.containsKey(member)) {
      throw KoproGoException.of(
          ErrorCode.DUPLICATE_MEMBER, "'" + member + "' is already a member of " + id,
          "value", member.value());
    }
    Rank rank = nextRank();
    MemberStatus initial = MemberStatus.PENDING_KYC;
    Member admitted = new Member(member, rank, role, initial, required, Map.of());
    Trail trail =
        Trail.of(id, actor, at)
            .statusChanged("MemberAdmitted", admitted.subject(), null, initial)
            .audit("RankGiven", admitted.subject(), "", String.valueOf(rank.value()));
    return trail.change(with(admitted, rank.value()));
  }

  /**
   * A member (for themselves) or a manager submits a KYC document.
   *
   * @param member the member
   * @param kind which document
   * @param reference where the file is kept
   * @param actor the member themselves or a manager
   * @param at when, from the Clock port
   * @return the group after, or unchanged when the same document was already submitted
   * @throws KoproGoException {@code NOT_PERMITTED} for another member, {@code UNKNOWN_MEMBER} when
   *     not a member, {@code INVALID_FIELD} for a blank reference
   */
  public Change<Group> submitDocument(
      MemberId member, DocumentKind kind, String reference, Actor actor, Instant at) {
    actor.requireManagerOrSelf(member, "submit a document");
    Member m = existing(member);
    Document doc = new Document(kind, reference, DocumentStatus.SUBMITTED, "");
    Document before = m.documents().get(kind);
    if (doc.equals(before)) {
      return Change.unchanged(this);
    }
    return Trail.of(id, actor, at)
        .audit("DocumentSubmitted", m.subject(), before == null ? "" : before.status().name(), "SUBMITTED " + kind)
        .timeline(TimelineKind.DOCUMENT, m.subject(), kind + " submitted")
        .change(with(m.withDocument(doc), lastRank));
  }

  /**
   * A manager accepts a submitted document; once every required document is accepted, a
   * PENDING_KYC member becomes ACTIVE.
   *
   * @param member the member
   * @param kind which document
   * @param actor who accepts it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit and timeline events
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     UNKNOWN_MEMBER} when not a member, {@code ILLEGAL_TRANSITION} when the document is not
   *     submitted
   */
  public Change<Group> acceptDocument(MemberId member, DocumentKind kind, Actor actor, Instant at) {
    actor.requireManager("accept a document");
    Member m = existing(member);
    Document doc = submitted(m, kind, DocumentStatus.ACCEPTED);
    if (doc.status() == DocumentStatus.ACCEPTED) {
      return Change.unchanged(this);
    }
    Member updated = m.withDocument(new Document(kind, doc.reference(), DocumentStatus.ACCEPTED, ""));
    Trail trail =
        Trail.of(id, actor, at)
            .audit("DocumentAccepted", m.subject(), doc.status().name() + " " + kind, "ACCEPTED " + kind)
            .timeline(TimelineKind.DOCUMENT, m.subject(), kind + " accepted");
    if (updated.status() == MemberStatus.PENDING_KYC && updated.kycComplete()) {
      updated = updated.withStatus(MemberStatus.ACTIVE);
      trail.statusChanged("MemberStatusChanged", m.subject(), MemberStatus.PENDING_KYC, MemberStatus.ACTIVE);
    }
    return trail.change(with(updated, lastRank));
  }

  /**
   * A manager rejects a submitted document, with a reason; the member may submit another.
   *
   * @param member the member
   * @param kind which document
   * @param reason why it is rejected
   * @param actor who rejects it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit and timeline events
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     UNKNOWN_MEMBER} when not a member, {@code ILLEGAL_TRANSITION} when the document is not
   *     submitted
   */
  public Change<Group> rejectDocument(
      MemberId member, DocumentKind kind, String reason, Actor actor, Instant at) {
    Objects.requireNonNull(reason, "reason");
    actor.requireManager("reject a document");
    Member m = existing(member);
    Document doc = submitted(m, kind, DocumentStatus.REJECTED);
    if (doc.status() == DocumentStatus.REJECTED && doc.reason().equals(reason)) {
      return Change.unchanged(this);
    }
    Member updated = m.withDocument(new Document(kind, doc.reference(), DocumentStatus.REJECTED, reason));
    return Trail.of(id, actor, at)
        .audit("DocumentRejected", m.subject(), doc.status().name() + " " + kind, "REJECTED " + kind + ": " + reason)
        .timeline(TimelineKind.DOCUMENT, m.subject(), kind + " rejected")
        .change(with(updated, lastRank));
  }

  private Document submitted(Member m, DocumentKind kind, DocumentStatus target) {
    Document doc = m.documents().get(kind);
    if (doc == null || (doc.status() != DocumentStatus.SUBMITTED && doc.status() != target)) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION,
          kind + " of " + m.id() + " cannot become " + target + ": it is not submitted",
          "workflow", "document", "from", doc == null ? "NONE" : doc.status().name(),
          "to", target.name(), "guard", "document submitted");
    }
    return doc;
  }

  /**
   * A manager changes a member's status (activate once KYC is complete, suspend, reinstate,
   * withdraw).
   *
   * @param member the member
   * @param to the status asked for
   * @param actor who changes it (a manager)
   * @param at when, from the Clock port
   * @return the group after, with its audit and timeline events
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} naming from, to and the guard
   */
  public Change<Group> changeMemberStatus(MemberId member, MemberStatus to, Actor actor, Instant at) {
    actor.requireManager("change a member's status");
    return memberTo(existing(member), to, actor, at);
  }

  /**
   * A member leaves (by themselves or through a manager). The rank stays theirs: it is never
   * given to anyone else, and nobody else's rank changes.
   *
   * @param member the member leaving
   * @param actor the member themselves or a manager
   * @param at when, from the Clock port
   * @return the group after, with its audit and timeline events
   * @throws KoproGoException {@code NOT_PERMITTED} for another member, {@code UNKNOWN_MEMBER} when
   *     not a member, {@code ILLEGAL_TRANSITION} when already withdrawn
   */
  public Change<Group> withdraw(MemberId member, Actor actor, Instant at) {
    actor.requireManagerOrSelf(member, "withdraw a member");
    return memberTo(existing(member), MemberStatus.WITHDRAWN, actor, at);
  }

  private Change<Group> memberTo(Member m, MemberStatus to, Actor actor, Instant at) {
    Member.WORKFLOW.check(m.status(), to);
    if (m.status() == MemberStatus.PENDING_KYC && to == MemberStatus.ACTIVE && !m.kycComplete()) {
      throw Member.WORKFLOW.refused(m.status(), to, Member.KYC_GUARD);
    }
    return Trail.of(id, actor, at)
        .statusChanged("MemberStatusChanged", m.subject(), m.status(), to)
        .change(with(m.withStatus(to), lastRank));
  }

  /**
   * The group's own documents (statutes, internal rules, charter...), by title, with the
   * reference of their current version.
   *
   * @return each document's reference, by title
   */
  public Map<String, String> documents() {
    return documents;
  }

  /**
   * A manager adopts a document of the group, or a new version of it ({@code "internal rules"},
   * {@code "rules-v3.pdf"}); adopting the same version again changes nothing.
   *
   * @param title the document's title
   * @param reference the reference of the version adopted
   * @param actor who adopts it (a manager)
   * @param at when, from the Clock port
   * @return the group after, or unchanged when that version is already adopted
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative, {@code
   *     MISSING_FIELD} for a blank title or reference
   */
  public Change<Group> adoptDocument(String title, String reference, Actor actor, Instant at) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
    actor.requireManager("adopt a group document");
    if (title.isBlank() || reference.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.MISSING_FIELD, "a group document has a title and a reference", "field", "title");
    }
    String before = documents.get(title);
    if (reference.equals(before)) {
      return Change.unchanged(this);
    }
    Map<String, String> copy = new LinkedHashMap<>(documents);
    copy.put(title, reference);
    Group after =
        new Group(
            id, name, status, heldFrom, fundingThreshold, contributionPlan, members, lastRank,
            java.util.Collections.unmodifiableMap(copy));
    return Trail.of(id, actor, at)
        .audit("GroupDocumentAdopted", "document:" + title, before == null ? "" : before, reference)
        .timeline(TimelineKind.DOCUMENT, "document:" + title, title + " adopted")
        .change(after);
  }

  /**
   * An ORG_ADMIN changes a member's role (a household that joins the managers, for example).
   *
   * @param member the member
   * @param role the new role
   * @param actor who changes it (an ORG_ADMIN)
   * @param at when, from the Clock port
   * @return the group after, with its audit event
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor is an ORG_ADMIN, {@code
   *     UNKNOWN_MEMBER} when not a member
   */
  public Change<Group> changeRole(MemberId member, Role role, Actor actor, Instant at) {
    Objects.requireNonNull(role, "role");
    if (actor.role() != Role.ORG_ADMIN) {
      throw KoproGoException.of(
          ErrorCode.NOT_PERMITTED, actor.role() + " '" + actor.id() + "' may not change roles",
          "actor", actor.id(), "role", actor.role().name(), "action", "change a role");
    }
    Member m = existing(member);
    if (m.role() == role) {
      return Change.unchanged(this);
    }
    return Trail.of(id, actor, at)
        .audit("MemberRoleChanged", m.subject(), m.role().name(), role.name())
        .change(with(new Member(m.id(), m.rank(), role, m.status(), m.required(), m.documents()), lastRank));
  }

  /**
   * Publishes the minutes of a meeting: every member is told.
   *
   * @param minutesReference the minutes' reference
   * @param actor who publishes them (a manager)
   * @param at when, from the Clock port
   * @return the group, with its audit, timeline and notification events
   * @throws KoproGoException {@code NOT_PERMITTED} unless the actor manages the cooperative
   */
  public Change<Group> publishMinutes(String minutesReference, Actor actor, Instant at) {
    actor.requireManager("publish minutes");
    return Trail.of(id, actor, at)
        .audit("MinutesPublished", "minutes:" + minutesReference, "", "PUBLISHED")
        .timeline(TimelineKind.DOCUMENT, "minutes:" + minutesReference, "minutes published")
        .notify(new MinutesPublished(id, minutesReference, at))
        .change(this);
  }

  /**
   * The members as applicants of an allocation round, with their preferences (members without
   * an entry have none). Every member takes part; eligibility decides.
   *
   * @param preferences each member's lots in order of preference
   * @return the applicants, by rank
   */
  public List<Applicant> applicants(Map<MemberId, List<LotId>> preferences) {
    List<Applicant> result = new ArrayList<>(members.size());
    for (Member m : members()) {
      result.add(new Applicant(m.id(), m.rank(), m.status(), preferences.getOrDefault(m.id(), List.of())));
    }
    return result;
  }

  private Member existing(MemberId member) {
    Member m = members.get(member);
    if (m == null) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_MEMBER, "'" + member + "' is not a member of " + id,
          "value", member.value());
    }
    return m;
  }

  private Group with(Member member, long rank) {
    Map<MemberId, Member> copy = new LinkedHashMap<>(members);
    copy.put(member.id(), member);
    return new Group(
        id, name, status, heldFrom, fundingThreshold, contributionPlan,
        java.util.Collections.unmodifiableMap(copy), rank, documents);
  }

  // --- storing and rebuilding ---

  /**
   * The group's whole state as plain data, to store it: {@link #restore} rebuilds a group that
   * behaves identically.
   *
   * @param id the group
   * @param name its name
   * @param status its workflow state
   * @param heldFrom the state it was paused from, present exactly when ON_HOLD
   * @param fundingThreshold the funding threshold, positive
   * @param contributionPlan the validated contribution plan's reference, if any
   * @param members every member ever admitted, by rank
   * @param lastRank the last rank given (ranks are never reused)
   * @param documents the group's documents, by title
   */
  public record Snapshot(
      GroupId id, String name, GroupStatus status, Optional<GroupStatus> heldFrom, Money fundingThreshold,
      Optional<String> contributionPlan, List<Member> members, long lastRank, Map<String, String> documents) {
    /**
     * Checks that every part is given.
     *
     * @param id the group
     * @param name its name
     * @param status its workflow state
     * @param heldFrom the state it was paused from, present exactly when ON_HOLD
     * @param fundingThreshold the funding threshold, positive
     * @param contributionPlan the validated contribution plan's reference, if any
     * @param members every member ever admitted, by rank
     * @param lastRank the last rank given (ranks are never reused)
     * @param documents the group's documents, by title
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(heldFrom, "heldFrom");
      Objects.requireNonNull(fundingThreshold, "fundingThreshold");
      Objects.requireNonNull(contributionPlan, "contributionPlan");
      members = List.copyOf(members);
      documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }
  }

  /**
   * The group's state as plain data (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, name, status, heldFrom(), fundingThreshold, contributionPlan(), members(), lastRank, documents);
  }

  /**
   * Rebuilds a stored group, checking again what its commands guaranteed: a positive threshold,
   * a paused state exactly when ON_HOLD, a contribution plan once funding opened, distinct members
   * and ranks, no rank above the last one given, titled documents.
   *
   * @param snapshot the stored state
   * @return the group
   * @throws KoproGoException {@code INVALID_FIELD} naming the field of a snapshot no command
   *     could have produced; {@code DUPLICATE_MEMBER}, {@code DUPLICATE_RANK}
   */
  public static Group restore(Snapshot snapshot) {
    Snapshot s = Objects.requireNonNull(snapshot, "snapshot");
    if (!s.fundingThreshold().isPositive()) {
      throw corrupt(s, "fundingThreshold", s.fundingThreshold().toPlainString(), "the funding threshold is positive");
    }
    if (s.heldFrom().isPresent() != (s.status() == GroupStatus.ON_HOLD)
        || s.heldFrom().filter(h -> !GroupStatus.RUNNING.contains(h)).isPresent()) {
      throw corrupt(s, "heldFrom", s.heldFrom().orElse(null),
          "an ON_HOLD group, and only it, was paused from a running state");
    }
    GroupStatus effective = s.heldFrom().orElse(s.status());
    if (s.contributionPlan().isEmpty() && effective.compareTo(GroupStatus.FUNDING_OPEN) >= 0
        && effective.compareTo(GroupStatus.COMPLETED) <= 0) {
      throw corrupt(s, "contributionPlan", "", GUARD_PLAN + " before " + GroupStatus.FUNDING_OPEN);
    }
    if (s.lastRank() < 0) {
      throw corrupt(s, "lastRank", s.lastRank(), "ranks given are counted from zero");
    }
    Map<MemberId, Member> members = new LinkedHashMap<>();
    java.util.Set<Rank> ranks = new java.util.HashSet<>();
    for (Member m : s.members()) {
      if (members.put(m.id(), m) != null) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_MEMBER, "'" + m.id() + "' is listed twice in stored group " + s.id(),
            "field", "snapshot.members", "value", m.id().value());
      }
      if (!ranks.add(m.rank())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RANK, "rank " + m.rank().value() + " is given twice in stored group " + s.id(),
            "field", "snapshot.members", "value", m.rank().value());
      }
      if (m.rank().value() > s.lastRank()) {
        throw corrupt(s, "members", m.id().value(), "no rank is above the last rank given (" + s.lastRank() + ")");
      }
    }
    for (Map.Entry<String, String> d : s.documents().entrySet()) {
      if (d.getKey().isBlank() || d.getValue().isBlank()) {
        throw corrupt(s, "documents", d.getKey(), "a group document has a title and a reference");
      }
    }
    Map<MemberId, Member> byRank = new LinkedHashMap<>();
    members.values().stream().sorted(Comparator.comparing(Member::rank)).forEach(m -> byRank.put(m.id(), m));
    return new Group(
        s.id(), s.name(), s.status(), s.heldFrom().orElse(null), s.fundingThreshold(),
        s.contributionPlan().orElse(null), java.util.Collections.unmodifiableMap(byRank), s.lastRank(),
        s.documents());
  }

  private static KoproGoException corrupt(Snapshot s, String field, Object value, String guard) {
    return KoproGoException.of(
        ErrorCode.INVALID_FIELD,
        "stored group " + s.id() + " is corrupt: " + field + " " + value + " breaks the rule: " + guard,
        "field", "snapshot." + field, "value", String.valueOf(value), "guard", guard);
  }

  @Override
  public String toString() {
    return "Group[" + id + ", " + status + ", " + members.size() + " members]";
  }
}
