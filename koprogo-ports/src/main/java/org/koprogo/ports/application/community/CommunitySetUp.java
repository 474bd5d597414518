/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.bazaar.SwapBazaar;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.community.CommunityWork.Outcome;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.community.CommunityBuilding;

/** {@link ManageCommunity}: set-up and switches, each with its audit entry, in one transaction. */
final class CommunitySetUp implements ManageCommunity {
  private final CommunityWork work;

  CommunitySetUp(CommunityWork work) {
    this.work = work;
  }

  @Override
  public Settings setUp(SetUp command) {
    work.validation.check(command);
    OrganisationId org = OrganisationId.of(command.organisation());
    BuildingId building = BuildingId.of(command.building());
    Set<NeighbourId> council = ids(command.council());
    Set<NeighbourId> neighbours = ids(command.neighbours());
    neighbours.addAll(council);
    TimeCredits floor = command.floorHours() == null ? null : TimeCredits.ofHours(new BigDecimal(command.floorHours()));
    if (floor != null && floor.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_HOURS, "a balance floor is zero or negative, got " + floor,
          "field", "floorHours", "value", command.floorHours());
    }
    Duration lifetime =
        command.bazaarLifetimeDays() == null ? SwapBazaar.DEFAULT_LIFETIME : Duration.ofDays(command.bazaarLifetimeDays());
    return work.upsert(
        command.organisation(), command.building(),
        current -> {
          work.ports.buildings().get(org, building);
          CommunityBuilding next =
              current
                  .map(c -> c.withPeople(neighbours, new CommunitySettings(building, council, c.settings().enabled()), floor, lifetime))
                  .orElseGet(() -> CommunityBuilding.empty(org, CommunitySettings.allOff(building, council), neighbours, floor, lifetime));
          Instant now = work.ports.clock().now();
          work.ports.auditTrail().append(
              org,
              new AuditEvent(
                  now, command.actor(), "CommunitySetUp", "building", building.value(),
                  Map.of("council", String.join(",", sorted(council)), "neighbours", String.valueOf(neighbours.size()))));
          return new Outcome<>(next, view(next.withVersion(next.version() + 1)));
        });
  }

  @Override
  public Settings switchModule(Switch command) {
    work.validation.check(command);
    CommunityModule module = CommunityModule.valueOf(command.module());
    return work.change(
        command.organisation(), command.building(),
        current -> {
          Instant now = work.ports.clock().now();
          CommunitySettings.Switched switched =
              current.settings().switchModule(module, command.on(), NeighbourId.of(command.decidedBy()), command.decisionReference(), now);
          var event = switched.event();
          work.ports.auditTrail().append(
              current.organisation(),
              new AuditEvent(
                  event.occurredAt(), command.actor(), "CommunityModuleSwitched", "building", event.building().value(),
                  Map.of(
                      "module", event.module().name(), "on", String.valueOf(event.on()),
                      "decidedBy", event.decidedBy().value(), "decisionReference", event.decisionReference())));
          CommunityBuilding next = current.with(switched.settings());
          return new Outcome<>(next, view(next.withVersion(next.version() + 1)));
        });
  }

  @Override
  public Settings settings(CommunityRef query) {
    return view(work.read(query));
  }

  static Settings view(CommunityBuilding c) {
    return new Settings(
        c.building().value(),
        c.settings().enabledModules().stream().map(Enum::name).toList(),
        sorted(c.settings().council()),
        sorted(c.neighbours()),
        c.floor() == null ? null : c.floor().hours().toPlainString(),
        c.bazaarLifetime().toDays(),
        c.version());
  }

  private static Set<NeighbourId> ids(java.util.List<String> values) {
    Set<NeighbourId> ids = new LinkedHashSet<>();
    values.forEach(v -> ids.add(NeighbourId.of(v.strip())));
    return ids;
  }

  private static java.util.List<String> sorted(Set<NeighbourId> ids) {
    Map<String, Boolean> s = new TreeMap<>();
    ids.forEach(i -> s.put(i.value(), true));
    return java.util.List.copyOf(s.keySet());
  }
}
