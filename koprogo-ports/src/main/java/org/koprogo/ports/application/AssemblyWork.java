/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.VotingBody;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AssemblyEvent;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.CalculateRuleFamily;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * What the assembly use cases share: the out ports, the one way a stored assembly is changed
 * (read at the version named, run one domain transition, store the new state, the {@link
 * Assembly} brought in line with it and one audit entry, in one unit of work), the voting body
 * of a building read from its lots, and the general-assembly rule family that counts recorded
 * votes.
 */
final class AssemblyWork {
  /** The audit trail's subject type of an assembly's steps. */
  static final String SUBJECT = "assembly";

  final OutPorts ports;
  private final CalculateRuleFamily calculations = new RuleFamilyCalculation();

  AssemblyWork(OutPorts ports) {
    this.ports = ports;
  }

  Instant now() {
    return ports.clock().now();
  }

  <T> T inTransaction(Supplier<T> work) {
    return ports.transactions().inTransaction(work);
  }

  /** The stored assembly {@code id} with a lifecycle ({@code NOT_FOUND} when none). */
  Stored<GeneralAssembly.Snapshot> stored(OrganisationId organisation, String id) {
    return ports.aggregateStore().find(organisation, GeneralAssembly.Snapshot.class, id)
        .orElseThrow(() -> KoproGoException.of(ErrorCode.NOT_FOUND,
            "assembly " + id + " has no lifecycle in this organisation", "aggregate", SUBJECT, "value", id));
  }

  /** Whether assembly {@code id} runs through its lifecycle. */
  boolean hasLifecycle(OrganisationId organisation, String id) {
    return ports.aggregateStore().find(organisation, GeneralAssembly.Snapshot.class, id).isPresent();
  }

  /** The building of a stored assembly, or null for an organisation's assembly. */
  BuildingId building(OrganisationId organisation, String id) {
    return ports.assemblies().find(organisation, AssemblyId.of(id)).map(Assembly::building).orElse(null);
  }

  Meeting meeting(OrganisationId organisation, Stored<GeneralAssembly.Snapshot> stored) {
    return meeting(stored, building(organisation, stored.id()));
  }

  static Meeting meeting(Stored<GeneralAssembly.Snapshot> stored, BuildingId building) {
    return new Meeting(stored.id(), stored.version(), building == null ? null : building.value(), stored.aggregate());
  }

  /**
   * The voting body of {@code building}: the domain's {@link VotingBody} of its lots' owners.
   *
   * @throws KoproGoException {@code EMPTY_OWNERS} (field {@code building}) when it has none
   */
  List<Owner> owners(OrganisationId organisation, BuildingId building) {
    List<Owner> owners = VotingBody.of(holdings(organisation, building));
    if (owners.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS,
          "building " + building.value() + " has no owners to form the assembly", "field", "building",
          "value", building.value());
    }
    return owners;
  }

  List<VotingBody.Holding> holdings(OrganisationId organisation, BuildingId building) {
    List<VotingBody.Holding> holdings = new ArrayList<>();
    for (Lot lot : ports.lots().ofBuilding(organisation, building)) {
      for (Lot.Ownership o : lot.ownerships()) {
        holdings.add(new VotingBody.Holding(o.owner(), lot.shares(), o.fraction()));
      }
    }
    return holdings;
  }

  /** Stores a new assembly (a draft) with its {@link Assembly} and the audit entry. */
  Stored<GeneralAssembly.Snapshot> add(OrganisationId organisation, String actor, BuildingId building,
      LocalDate plannedOn, GeneralAssembly draft, String action) {
    String id = draft.id().value();
    return inTransaction(() -> {
      ports.assemblies().add(assembly(organisation, building, plannedOn, draft, 0));
      Stored<GeneralAssembly.Snapshot> added = ports.aggregateStore().add(organisation, id, draft.snapshot());
      audit(organisation, actor, id, action, null, draft, List.of());
      return added;
    });
  }

  /**
   * One step: reads the assembly at the version {@code ref} names, applies {@code step}, stores
   * the result, the {@link Assembly} and the audit entry, in one unit of work.
   */
  Stored<GeneralAssembly.Snapshot> change(AssemblyRef ref, String action,
      Function<GeneralAssembly, GeneralAssembly> step) {
    OrganisationId organisation = OrganisationId.of(ref.organisation());
    return inTransaction(() -> {
      Stored<GeneralAssembly.Snapshot> stored = at(stored(organisation, ref.assembly()), ref.version());
      GeneralAssembly before = GeneralAssembly.restore(stored.aggregate());
      GeneralAssembly after = step.apply(before);
      Stored<GeneralAssembly.Snapshot> updated = ports.aggregateStore().update(stored.with(after.snapshot()));
      sync(organisation, after);
      audit(organisation, ref.actor(), ref.assembly(), action, before, after,
          after.history().subList(before.history().size(), after.history().size()));
      return updated;
    });
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
  void sync(OrganisationId organisation, GeneralAssembly assembly) {
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

  private void audit(OrganisationId organisation, String actor, String id, String action, GeneralAssembly before,
      GeneralAssembly after, List<AssemblyEvent> raised) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("from", before == null ? "" : before.state().name());
    details.put("to", after.state().name());
    Set<String> events = new LinkedHashSet<>();
    raised.forEach(e -> events.add(e.getClass().getSimpleName()));
    details.put("events", String.join(",", events));
    ports.auditTrail().append(organisation, new AuditEvent(now(), actor, action, SUBJECT, id, details));
  }

  /** The general-assembly result of a calculation {@code input}. */
  Map<String, Object> calculate(Map<String, Object> input) {
    return calculations.calculate(new CalculateRuleFamily.Command("general-assembly", input));
  }

  /**
   * Runs {@code work}; a refusal naming a field relative to what {@code work} built (a domain
   * type's own field, {@code holder}) is re-rooted under {@code path} ({@code attendance[2].holder}).
   */
  static <T> T under(String path, Supplier<T> work) {
    try {
      return work.get();
    } catch (KoproGoException e) {
      throw reRooted(e, path);
    }
  }

  /** {@code e} with its field prefixed by {@code path} (unchanged when it names no field or path is empty). */
  static KoproGoException reRooted(KoproGoException e, String path) {
    Object field = e.details().get("field");
    if (path.isEmpty() || field == null) {
      return e;
    }
    List<Object> pairs = new ArrayList<>();
    e.details().forEach((k, v) -> {
      pairs.add(k);
      pairs.add(k.equals("field") ? path + "." + v : v);
    });
    KoproGoException rooted = KoproGoException.of(e.code(), e.reason(), pairs.toArray());
    rooted.setStackTrace(e.getStackTrace());
    return rooted;
  }
}
