/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.koprogo.domain.building.LotId;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.RegisterBuilding.LotLine;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** {@link ChangeLotOwnership}: the new fractions must add up to the whole lot. */
final class LotOwnershipChange implements ChangeLotOwnership {
  private final OutPorts ports;
  private final CommandValidation validation;

  LotOwnershipChange(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Changed change(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    return ports.transactions().inTransaction(() -> {
      Lot lot = ports.lots().get(organisation, LotId.of(command.lot()));
      LotLine line = new LotLine(command.lot(), lot.label(), lot.shares(), command.owners());
      List<Lot.Ownership> ownerships = BuildingRegistration.ownerships(
          line, "", KnownOwners.among(ports.owners(), organisation, command.owners()));
      Lot stored = ports.lots().update(new Lot(organisation, lot.building(), lot.id(), lot.label(),
          lot.shares(), ownerships, command.version()));
      ports.auditTrail().append(organisation, new AuditEvent(
          ports.clock().now(), command.actor(), "LotOwnershipChanged", "lot", command.lot(),
          Map.of("from", describe(lot.ownerships()), "to", describe(ownerships),
              "version", String.valueOf(stored.version()))));
      return new Changed(command.lot(), stored.version(), stored);
    });
  }

  private static String describe(List<Lot.Ownership> ownerships) {
    return ownerships.stream().map(o -> o.owner().value() + "=" + o.fraction())
        .collect(Collectors.joining(","));
  }
}
