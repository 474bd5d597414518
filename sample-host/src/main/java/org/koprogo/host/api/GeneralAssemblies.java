/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AssemblyEvent;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * General assemblies through their lifecycle ({@link GeneralAssembly}: draft, agenda,
 * convocation, opening with the attendance, votes, closing, minutes), stored as their {@link
 * GeneralAssembly.Snapshot} in the aggregate store under the assembly's id, beside the {@link
 * Assembly} that the lists, the recorded minutes and the public pages read. Every step reads the
 * snapshot at the version the client names, runs one domain transition, and stores in one unit
 * of work the new snapshot, the {@link Assembly} brought in line with it and one entry of the
 * audit trail (subject {@code assembly/<id>}); closing also records the minutes through {@link
 * AssemblyMinutes} (outcomes and votes), in the same unit of work. A refused step stores nothing.
 */
@Singleton
final class GeneralAssemblies {
  /** The audit trail's subject type of an assembly's steps. */
  static final String SUBJECT = "assembly";

  private final OutPorts ports;
  private final AssemblyMinutes minutes;
  private final Clock clock;

  GeneralAssemblies(OutPorts ports, AssemblyMinutes minutes, Clock clock) {
    this.ports = ports;
    this.minutes = minutes;
    this.clock = clock;
  }

  /** The instant of a step, from the host's clock. */
  Instant now() {
    return clock.now();
  }

  /** The stored assembly {@code id} of {@code organisation} ({@code NOT_FOUND} when none). */
  Stored<GeneralAssembly.Snapshot> stored(OrganisationId organisation, String id) {
    return ports.aggregateStore().find(organisation, GeneralAssembly.Snapshot.class, id)
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
            "assembly " + id + " has no lifecycle in this organisation", "aggregate", SUBJECT, "value", id));
  }

  /** The building of a stored assembly, or null for an organisation's assembly. */
  BuildingId building(OrganisationId organisation, String id) {
    return ports.assemblies().find(organisation, AssemblyId.of(id)).map(Assembly::building).orElse(null);
  }

  /**
   * The voting body of {@code building}: every owner of its lots with their votes, the sum over
   * their lots of the lot's shares times their fraction (exact for the usual fractions, rounded
   * half up to 10 decimals otherwise, as {@link AssemblyTally} counts them), and how many lots
   * they hold.
   */
  List<Owner> owners(OrganisationId organisation, BuildingId building) {
    Map<String, BigDecimal> votes = new LinkedHashMap<>();
    Map<String, Integer> lots = new LinkedHashMap<>();
    for (Lot lot : ports.lots().ofBuilding(organisation, building)) {
      for (Lot.Ownership o : lot.ownerships()) {
        BigDecimal part = new BigDecimal(o.fraction().numerator())
            .multiply(lot.shares())
            .divide(new BigDecimal(o.fraction().denominator()), 10, RoundingMode.HALF_UP)
            .stripTrailingZeros();
        votes.merge(o.owner().value(), part, BigDecimal::add);
        lots.merge(o.owner().value(), 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS,
          "building " + building.value() + " has no owners to form the assembly", "field", "building",
          "value", building.value());
    }
    List<Owner> owners = new ArrayList<>();
    votes.forEach((id, v) -> owners.add(new Owner(OwnerId.of(id), v, lots.get(id), true)));
    return owners;
  }

  /** Stores a new assembly (a draft) with its {@link Assembly} and the audit entry. */
  Stored<GeneralAssembly.Snapshot> add(Actor actor, BuildingId building, LocalDate plannedOn,
      GeneralAssembly draft, String action) {
    OrganisationId organisation = actor.organisation();
    String id = draft.id().value();
    return ports.transactions().inTransaction(() -> {
      ports.assemblies().add(assembly(organisation, building, plannedOn, draft, 0));
      Stored<GeneralAssembly.Snapshot> added =
          ports.aggregateStore().add(organisation, id, draft.snapshot());
      audit(actor, id, action, null, draft, List.of());
      return added;
    });
  }

  /**
   * One step: reads the assembly at {@code version} (any when null; {@code CONCURRENT_UPDATE}
   * otherwise), applies {@code step}, stores the result, the {@link Assembly} and the audit entry,
   * all in one transaction.
   */
  Stored<GeneralAssembly.Snapshot> change(Actor actor, String id, Long version, String action,
      Function<GeneralAssembly, GeneralAssembly> step) {
    return ports.transactions().inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> stored = at(stored(actor.organisation(), id), version);
      GeneralAssembly before = GeneralAssembly.restore(stored.aggregate());
      GeneralAssembly after = step.apply(before);
      Stored<GeneralAssembly.Snapshot> updated = ports.aggregateStore().update(stored.with(after.snapshot()));
      sync(actor.organisation(), after);
      audit(actor, id, action, before, after,
          after.history().subList(before.history().size(), after.history().size()));
      return updated;
    });
  }

  /**
   * Closes the meeting and records its minutes: the closed snapshot, then {@link AssemblyMinutes}
   * stores each resolution's outcome and the votes (the voting body, attendance, proxies and
   * ballots of the meeting), in one transaction.
   */
  Stored<GeneralAssembly.Snapshot> close(Actor actor, String id, Long version, String language) {
    return ports.transactions().inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> closed =
          change(actor, id, version, "AssemblyClosed", a -> a.close(now()));
      Assembly assembly = ports.assemblies().get(actor.organisation(), AssemblyId.of(id));
      minutes.record(assembly, recordedVotes(closed.aggregate(), language));
      sync(actor.organisation(), GeneralAssembly.restore(closed.aggregate()));
      return closed;
    });
  }

  /**
   * Drafts the second session of a first session without quorum (a new assembly {@code secondId}
   * planned on {@code plannedOn}, same voting body and agenda).
   */
  Stored<GeneralAssembly.Snapshot> secondSession(Actor actor, String id, Long version, String secondId,
      LocalDate plannedOn) {
    return ports.transactions().inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> first = at(stored(actor.organisation(), id), version);
      GeneralAssembly second = GeneralAssembly.restore(first.aggregate())
          .secondSession(org.koprogo.domain.assembly.meeting.AssemblyId.of(secondId));
      return add(actor, building(actor.organisation(), id), plannedOn, second, "SecondSessionDrafted");
    });
  }

  /**
   * The votes of a closed assembly as its minutes record them; the items left unvoted at the
   * closing are recorded as postponed (no vote, no outcome), not as resolutions without ballots.
   */
  static RecordedVotes recordedVotes(GeneralAssembly.Snapshot s, String language) {
    List<RecordedVotes.Voter> voters = new ArrayList<>();
    for (Owner o : s.owners()) {
      voters.add(new RecordedVotes.Voter(o.id().value(), o.shares()));
    }
    List<RecordedVotes.Presence> attendance = new ArrayList<>();
    for (Attendance a : s.attendance()) {
      attendance.add(new RecordedVotes.Presence(a.owner().value(), a.mode().name(),
          a.holder() == null ? null : a.holder().value()));
    }
    List<RecordedVotes.Vote> votes = new ArrayList<>();
    for (MinutesEntry e : s.votes()) {
      Map<String, String> ballots = new LinkedHashMap<>();
      e.ballots().forEach((owner, ballot) -> ballots.put(owner.value(), ballot.name()));
      votes.add(new RecordedVotes.Vote(e.item().id().value(), ballots,
          e.excluded().stream().map(OwnerId::value).toList()));
    }
    List<String> postponed = new ArrayList<>();
    for (AgendaItem item : s.agenda()) {
      if (votes.stream().noneMatch(v -> v.resolution().equals(item.id().value()))) {
        postponed.add(item.id().value());
      }
    }
    return new RecordedVotes(language, voters, s.syndic() == null ? null : s.syndic().value(),
        attendance, votes, postponed);
  }

  /** Refuses a change based on a version other than the stored one ({@code CONCURRENT_UPDATE}). */
  static Stored<GeneralAssembly.Snapshot> at(Stored<GeneralAssembly.Snapshot> stored, Long version) {
    if (version != null && version != stored.version()) {
      throw KoproGoException.of(ErrorCode.CONCURRENT_UPDATE,
          "assembly " + stored.id() + " is at version " + stored.version() + ", not " + version,
          "field", "version", "value", String.valueOf(version));
    }
    return stored;
  }

  /** Brings the stored {@link Assembly} in line with {@code assembly}. */
  private void sync(OrganisationId organisation, GeneralAssembly assembly) {
    Assembly current = ports.assemblies().get(organisation, AssemblyId.of(assembly.id().value()));
    LocalDate heldOn = assembly.meetingOn() == null ? current.heldOn() : assembly.meetingOn();
    ports.assemblies().update(assembly(organisation, current.building(), heldOn, assembly, current.version()));
  }

  private static Assembly assembly(OrganisationId organisation, BuildingId building, LocalDate heldOn,
      GeneralAssembly a, long version) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (MinutesEntry e : a.snapshot().votes()) {
      outcomes.put(e.item().id().value(), e.count().outcome().name());
    }
    List<Assembly.Resolution> resolutions = new ArrayList<>();
    for (AgendaItem item : a.agenda()) {
      resolutions.add(new Assembly.Resolution(item.id().value(), item.title(),
          item.majority().majority().name(), outcomes.get(item.id().value())));
    }
    return new Assembly(organisation, AssemblyId.of(a.id().value()), building, heldOn,
        a.session().name(), a.rules().name(), a.state().name(), resolutions, version);
  }

  private void audit(Actor actor, String id, String action, GeneralAssembly before, GeneralAssembly after,
      List<AssemblyEvent> raised) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("from", before == null ? "" : before.state().name());
    details.put("to", after.state().name());
    Set<String> events = new LinkedHashSet<>();
    raised.forEach(e -> events.add(e.getClass().getSimpleName()));
    details.put("events", String.join(",", events));
    ports.auditTrail().append(actor.organisation(),
        new AuditEvent(now(), actor.id(), action, SUBJECT, id, details));
  }

  /**
   * Who acts, in which organisation.
   *
   * @param organisation the caller's organisation
   * @param id the caller's id as the audit trail records it
   */
  record Actor(OrganisationId organisation, String id) {
    static Actor of(Tenant tenant) {
      return new Actor(tenant.organisation(), tenant.actor());
    }
  }
}
