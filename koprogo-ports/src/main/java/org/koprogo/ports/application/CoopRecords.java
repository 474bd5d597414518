/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.allocation.Allocation;
import org.koprogo.domain.coop.allocation.AllocationStatus;
import org.koprogo.domain.coop.group.Group;
import org.koprogo.domain.coop.ledger.EntryId;
import org.koprogo.domain.coop.ledger.EntryKind;
import org.koprogo.domain.coop.ledger.IdempotencyKey;
import org.koprogo.domain.coop.ledger.Ledger;
import org.koprogo.domain.coop.project.Project;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/**
 * The cooperative's aggregates in the aggregate store: a group ({@link Group.Snapshot} under the
 * group's id), its project ({@link Project.Snapshot} under the group's id) and its allocations
 * (under {@code round/member}); the optimistic-lock check of a client naming the version it
 * read; and the group's ledger, rebuilt as the domain's {@link Ledger} from the ledger port, so
 * the allocation rounds and the funding threshold read one rule (a reversal marks its own
 * declaration REVERSED: never another payment of the same amount).
 */
final class CoopRecords {
  private final OutPorts ports;

  CoopRecords(OutPorts ports) {
    this.ports = ports;
  }

  AggregateStore store() {
    return ports.aggregateStore();
  }

  Stored<Group.Snapshot> group(OrganisationId organisation, String id) {
    return store().find(organisation, Group.Snapshot.class, id)
        .orElseThrow(() -> StoreErrors.notFound("group", id));
  }

  Optional<Stored<Project.Snapshot>> findProject(OrganisationId organisation, String group) {
    return store().find(organisation, Project.Snapshot.class, group);
  }

  Stored<Project.Snapshot> project(OrganisationId organisation, String group) {
    group(organisation, group);
    return findProject(organisation, group).orElseThrow(() -> StoreErrors.notFound("project of group", group));
  }

  List<Stored<Allocation>> allocations(OrganisationId organisation, String group) {
    group(organisation, group);
    return store().allWithTerm(organisation, Allocation.class, group).stream()
        .filter(s -> s.aggregate().group().value().equals(group))
        .toList();
  }

  /** A page of the group's allocations by id, read by the group's index term. */
  List<Stored<Allocation>> allocations(OrganisationId organisation, String group, Optional<String> after, int limit) {
    group(organisation, group);
    return store().allWithTerm(organisation, Allocation.class, group, after, limit).stream()
        .filter(s -> s.aggregate().group().value().equals(group))
        .toList();
  }

  Stored<Allocation> allocation(OrganisationId organisation, String group, String id) {
    return store().find(organisation, Allocation.class, id)
        .filter(s -> s.aggregate().group().value().equals(group))
        .orElseThrow(() -> StoreErrors.notFound("allocation", id));
  }

  /** The lots proposed, validated or assigned in earlier rounds: not offered again. */
  static List<LotId> taken(List<Allocation> earlier) {
    return earlier.stream().filter(a -> a.status() != AllocationStatus.REJECTED).map(Allocation::lot).toList();
  }

  /**
   * The groups of {@code organisation} that {@code member} was admitted to, read by the member's
   * index term (a group's terms are its members' ids): not every group of the organisation.
   */
  List<Stored<Group.Snapshot>> groupsOf(OrganisationId organisation, String member) {
    return store().allWithTerm(organisation, Group.Snapshot.class, member).stream()
        .filter(g -> g.aggregate().members().stream().anyMatch(m -> m.id().value().equals(member)))
        .toList();
  }

  /**
   * The confirmed contributions, net of reversals, of {@code group}'s members in {@code currency}
   * (the funding threshold's figure): the ledger port's running totals, kept in each entry's
   * unit of work and equal to {@link Ledger#confirmedTotal} of the replayed ledger (a property of
   * the ledger contract), without replaying every entry.
   */
  org.koprogo.domain.shared.Money confirmed(OrganisationId organisation, Group group, Currency currency) {
    List<org.koprogo.ports.out.MemberId> members = new ArrayList<>();
    for (var member : group.members()) {
      members.add(org.koprogo.ports.out.MemberId.of(member.id().value()));
    }
    return ports.ledger().confirmedOf(organisation, members, currency);
  }

  /**
   * What each of {@code members}' ledger entries valued on or before {@code cutoff} add up to,
   * in {@code currency}: the ledger port's running summary less the entries after the cut-off,
   * equal to {@link Ledger#sumsAt} of the replayed ledger (a property of the ledger contract),
   * without reading the history before the cut-off.
   *
   * @throws KoproGoException {@code CURRENCY_MISMATCH} when a member has entries in another
   *     currency valued on or before the cut-off (the replayed ledger refuses them too)
   */
  List<org.koprogo.domain.coop.LedgerSums> sumsAt(OrganisationId organisation, List<MemberId> members,
      Currency currency, java.time.LocalDate cutoff) {
    List<org.koprogo.ports.out.MemberId> ids = new ArrayList<>(members.size());
    for (MemberId m : members) {
      ids.add(org.koprogo.ports.out.MemberId.of(m.value()));
    }
    List<org.koprogo.domain.coop.LedgerSums> result = new ArrayList<>(members.size());
    ports.ledger().totalsAt(organisation, ids, cutoff).forEach((member, totals) -> {
      MemberId id = MemberId.of(member.value());
      org.koprogo.domain.coop.LedgerSums sums = org.koprogo.domain.coop.LedgerSums.zero(id, currency);
      for (org.koprogo.ports.out.Ledger.Totals t : totals) {
        if (!t.currency().equals(currency)) {
          throw KoproGoException.of(ErrorCode.CURRENCY_MISMATCH,
              "member " + member + " has ledger entries in " + t.currency().getCurrencyCode() + ", not "
                  + currency.getCurrencyCode(), "value", member.value(), "currency", currency.getCurrencyCode());
        }
        sums = new org.koprogo.domain.coop.LedgerSums(id, t.dues(), t.penalties(), t.declared(), t.confirmed(),
            t.rejected(), t.reversed());
      }
      result.add(sums);
    });
    return result;
  }

  /**
   * The ledger of {@code group}'s members as the domain's {@link Ledger}, rebuilt with {@link
   * Ledger#restore} (every stored entry checked anew) from the ledger port's entries.
   */
  Ledger ledger(OrganisationId organisation, Group group, Currency currency) {
    List<org.koprogo.domain.coop.ledger.LedgerEntry> entries = new ArrayList<>();
    for (var member : group.members()) {
      for (LedgerEntry e : ports.ledger().entriesOf(organisation,
          org.koprogo.ports.out.MemberId.of(member.id().value()))) {
        entries.add(toDomain(e));
      }
    }
    return Ledger.restore(new Ledger.Snapshot(group.id(), currency, entries));
  }

  private static org.koprogo.domain.coop.ledger.LedgerEntry toDomain(LedgerEntry e) {
    EntryKind kind = switch (e.kind()) {
      case DUE -> EntryKind.DUE;
      case PENALTY -> EntryKind.PENALTY;
      case PAYMENT_DECLARED -> EntryKind.CONTRIBUTION_DECLARED;
      case PAYMENT_CONFIRMED -> EntryKind.CONTRIBUTION_CONFIRMED;
      case PAYMENT_REJECTED -> EntryKind.CONTRIBUTION_REJECTED;
      case PAYMENT_REVERSED -> EntryKind.CONTRIBUTION_REVERSED;
    };
    return new org.koprogo.domain.coop.ledger.LedgerEntry(
        EntryId.of(e.id().value()), IdempotencyKey.of(e.idempotencyKey()), kind,
        MemberId.of(e.member().value()), e.amount(), e.valueDate(),
        Optional.ofNullable(e.resolves()).map(r -> EntryId.of(r.value())),
        e.reason(), e.recordedBy(), e.recordedAt());
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

  static <A extends Record> Versioned<A> versioned(Stored<A> stored) {
    return new Versioned<>(stored.id(), stored.version(), stored.aggregate());
  }
}
