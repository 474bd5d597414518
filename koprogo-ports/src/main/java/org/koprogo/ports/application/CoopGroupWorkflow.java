/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.koprogo.domain.coop.GroupId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.event.Change;
import org.koprogo.domain.coop.group.DocumentKind;
import org.koprogo.domain.coop.group.FundingFacts;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.OrganisationId;

/** {@link ManageCoopGroups}: each command one unit of work with its events. */
final class CoopGroupWorkflow implements ManageCoopGroups {
  private final CoopWork work;

  CoopGroupWorkflow(CoopWork work) {
    this.work = work;
  }

  @Override
  public Versioned<Group.Snapshot> form(CoopRef ref, String name, String fundingThreshold, String currency) {
    OrganisationId organisation = work.organisation(ref);
    Currency c = Money.currency(currency == null ? "EUR" : currency);
    Money threshold = Money.parse(required(fundingThreshold, "fundingThreshold"), c, "fundingThreshold");
    Change<Group> formed = Group.form(GroupId.of(ref.group()), required(name, "name"), threshold, ref.actor(),
        work.ports.clock().now());
    return work.add(organisation, ref.group(), formed, formed.after().snapshot());
  }

  @Override
  public Versioned<Group.Snapshot> admit(CoopRef ref, String member, Role role, Set<DocumentKind> required) {
    String id = required(member, "member");
    work.ports.members().get(work.organisation(ref), org.koprogo.ports.out.MemberId.of(id));
    return change(ref, g -> g.admit(MemberId.of(id), role == null ? Role.COOP_MEMBER : role,
        required == null ? Set.of() : required, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> submitDocument(CoopRef ref, String member, DocumentKind kind, String reference) {
    String r = required(reference, "reference");
    return change(ref, g -> g.submitDocument(MemberId.of(member), kind, r, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> acceptDocument(CoopRef ref, String member, DocumentKind kind) {
    return change(ref, g -> g.acceptDocument(MemberId.of(member), kind, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> rejectDocument(CoopRef ref, String member, DocumentKind kind, String reason) {
    String r = required(reason, "reason");
    return change(ref, g -> g.rejectDocument(MemberId.of(member), kind, r, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> publishMinutes(CoopRef ref, String minutesReference) {
    String minutes = required(minutesReference, "minutesReference");
    return change(ref, g -> g.publishMinutes(minutes, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> adoptDocument(CoopRef ref, String title, String reference) {
    String t = required(title, "title").strip();
    String r = required(reference, "reference").strip();
    return change(ref, g -> g.adoptDocument(t, r, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> changeMemberStatus(CoopRef ref, String member, MemberStatus status) {
    required(status, "status");
    return change(ref, g -> status == MemberStatus.WITHDRAWN
        ? g.withdraw(MemberId.of(member), ref.actor(), work.ports.clock().now())
        : g.changeMemberStatus(MemberId.of(member), status, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> validateContributionPlan(CoopRef ref, String reference) {
    String r = required(reference, "reference");
    return change(ref, g -> g.validateContributionPlan(r, ref.actor(), work.ports.clock().now()));
  }

  @Override
  public Versioned<Group.Snapshot> moveTo(CoopRef ref, GroupStatus to) {
    required(to, "to");
    OrganisationId organisation = work.organisation(ref);
    return change(ref, g -> {
      Money confirmed = work.records.confirmed(organisation, g, g.fundingThreshold().currency());
      int lots = work.records.findProject(organisation, ref.group())
          .map(p -> Project.restore(p.aggregate()).lots().size()).orElse(0);
      return g.moveTo(to, new FundingFacts(confirmed, lots), ref.actor(), work.ports.clock().now());
    });
  }

  @Override
  public Versioned<Group.Snapshot> group(String organisation, String group) {
    return CoopRecords.versioned(work.records.group(OrganisationId.of(organisation), group));
  }

  @Override
  public List<Versioned<Group.Snapshot>> groups(String organisation) {
    return work.records.store().all(OrganisationId.of(organisation), Group.Snapshot.class).stream()
        .map(CoopRecords::versioned).toList();
  }

  @Override
  public List<Versioned<Group.Snapshot>> groups(String organisation, Integer limit, String after) {
    int n = Pages.limit(limit);
    var from = Pages.after(after, "a group id", id -> id);
    return work.records.store().all(OrganisationId.of(organisation), Group.Snapshot.class, from, n).stream()
        .map(CoopRecords::versioned).toList();
  }

  @Override
  public List<TimelineLine> timeline(String organisation, String group, long after, int limit) {
    OrganisationId o = OrganisationId.of(organisation);
    work.records.group(o, group);
    if (limit < 1 || limit > 1000) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "limit " + limit + " is not between 1 and 1000",
          "field", "limit", "value", String.valueOf(limit));
    }
    return work.events.timeline(o, group, Math.max(0, after), limit).stream()
        .map(e -> new TimelineLine(e.sequence(), e.event().at(), e.event().action(),
            e.event().details().get("subject"), e.event().details().get("summary")))
        .toList();
  }

  private Versioned<Group.Snapshot> change(CoopRef ref, Function<Group, Change<Group>> command) {
    return work.change(ref, o -> work.records.group(o, ref.group()), Group::restore, command, Group::snapshot);
  }

  static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }
}
