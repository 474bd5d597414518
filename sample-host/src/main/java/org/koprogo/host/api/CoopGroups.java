/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Due;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.Payment;
import org.koprogo.domain.coop.Penalty;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.AllocationStatus;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The cooperative's aggregates in the aggregate store: a group (stored as its {@link
 * Group.Snapshot} under the group's id), its project ({@link Project.Snapshot} under the group's
 * id) and its allocations (under the allocation's id), with the optimistic-lock checks of a
 * client that names the version it read, and the ledger facts the workflow and the allocation
 * rounds look at.
 */
@Singleton
final class CoopGroups {
  private final OutPorts ports;
  private final Clock clock;

  CoopGroups(OutPorts ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  AggregateStore store() {
    return ports.aggregateStore();
  }

  Stored<Group.Snapshot> group(OrganisationId organisation, String id) {
    return store().find(organisation, Group.Snapshot.class, id).orElseThrow(() -> notFound("group", id));
  }

  Optional<Stored<Project.Snapshot>> findProject(OrganisationId organisation, String group) {
    return store().find(organisation, Project.Snapshot.class, group);
  }

  Stored<Project.Snapshot> project(OrganisationId organisation, String group) {
    group(organisation, group);
    return findProject(organisation, group).orElseThrow(() -> notFound("project of group", group));
  }

  List<Stored<Allocation>> allocations(OrganisationId organisation, String group) {
    group(organisation, group);
    return store().all(organisation, Allocation.class).stream()
        .filter(s -> s.aggregate().group().value().equals(group))
        .toList();
  }

  Stored<Allocation> allocation(OrganisationId organisation, String group, String id) {
    Stored<Allocation> found = store().find(organisation, Allocation.class, id)
        .filter(s -> s.aggregate().group().value().equals(group))
        .orElseThrow(() -> notFound("allocation", id));
    return found;
  }

  /** The lots assigned (or on their way) in earlier rounds: not offered again. */
  List<LotId> taken(OrganisationId organisation, String group) {
    return allocations(organisation, group).stream()
        .map(Stored::aggregate)
        .filter(a -> a.status() != AllocationStatus.REJECTED)
        .map(Allocation::lot)
        .toList();
  }

  /** Refuses a change based on a version other than the stored one ({@code CONCURRENT_UPDATE}). */
  static <A extends Record> Stored<A> at(Stored<A> stored, Long version) {
    if (version != null && version != stored.version()) {
      throw KoproGoException.of(ErrorCode.CONCURRENT_UPDATE,
          stored.id() + " is at version " + stored.version() + ", not " + version,
          "field", "version", "value", String.valueOf(version));
    }
    return stored;
  }

  /** The ledger facts of the group's members, as the allocation round reads them. */
  record LedgerFacts(List<Due> dues, List<Penalty> penalties, List<Payment> payments, Money confirmed) {}

  /**
   * The confirmed payments, net of reversals, of the group's members in {@code currency}: the
   * ledger's running summary (one indexed row per member), not a replay of their entries.
   */
  Money confirmed(OrganisationId organisation, Group group, Currency currency) {
    List<org.koprogo.ports.out.MemberId> members = new ArrayList<>();
    for (var member : group.members()) {
      members.add(org.koprogo.ports.out.MemberId.of(member.id().value()));
    }
    return ports.ledger().confirmedOf(organisation, members, currency);
  }

  LedgerFacts ledger(OrganisationId organisation, Group group, Currency currency) {
    List<Due> dues = new ArrayList<>();
    List<Penalty> penalties = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    Money confirmed = Money.zero(currency);
    for (var member : group.members()) {
      MemberId id = member.id();
      for (LedgerEntry e : ports.ledger().entriesOf(organisation,
          org.koprogo.ports.out.MemberId.of(id.value()))) {
        switch (e.kind()) {
          case DUE -> dues.add(new Due(id, e.valueDate(), e.amount()));
          case PENALTY -> penalties.add(new Penalty(id, e.valueDate(), e.amount()));
          case PAYMENT_CONFIRMED -> {
            payments.add(Payment.confirmed(id, e.valueDate(), e.amount()));
            confirmed = confirmed.plus(e.amount());
          }
          case PAYMENT_REVERSED -> {
            Money amount = e.amount();
            payments.stream().filter(p -> p.member().equals(id) && p.amount().equals(amount))
                .findFirst().ifPresent(payments::remove);
            confirmed = confirmed.minus(e.amount());
          }
          default -> { }
        }
      }
    }
    return new LedgerFacts(dues, penalties, payments, confirmed);
  }

  /**
   * The domain actor of a caller (ORG_ADMIN and COOP_MANAGER manage; an AUDITOR only reads). A
   * cooperative member acts as the member their token names, so that the domain recognises them
   * acting for themselves (submitting their own documents).
   */
  static Actor actor(Tenant tenant) {
    Role role = tenant.caller().has(Roles.ORG_ADMIN) ? Role.ORG_ADMIN
        : tenant.caller().has(Roles.COOP_MANAGER) ? Role.COOP_MANAGER
        : tenant.caller().has(Roles.AUDITOR) ? Role.AUDITOR : Role.COOP_MEMBER;
    String id = role == Role.COOP_MEMBER && tenant.caller().subject() != null
        ? tenant.caller().subject() : tenant.actor();
    return Actor.of(id, role);
  }

  /** The instant of a command, from the host's {@link Clock} port (tests fix it). */
  Instant now() {
    return clock.now();
  }

  /** The groups of {@code organisation} that {@code member} was admitted to. */
  List<Stored<Group.Snapshot>> groupsOf(OrganisationId organisation, String member) {
    return store().all(organisation, Group.Snapshot.class).stream()
        .filter(g -> g.aggregate().members().stream().anyMatch(m -> m.id().value().equals(member)))
        .toList();
  }

  static KoproGoException notFound(String kind, String id) {
    return KoproGoException.of(ErrorCode.NOT_FOUND, kind + " " + id + " does not exist in this organisation",
        "aggregate", kind, "value", id);
  }

  static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    required(text, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          field + " '" + text + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()),
          "field", field, "value", text);
    }
  }
}
