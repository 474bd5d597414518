/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.RegisterBuilding.LotLine;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link AddLot}: checks the lot's ownership as the basic deed's registration does, then stores
 * the lot and the building's grown total of shares together.
 */
final class LotAddition implements AddLot {
  private final OutPorts ports;
  private final CommandValidation validation;

  LotAddition(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Added add(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    LotLine line = command.lot();
    return ports.transactions().inTransaction(() -> {
      Building building = ports.buildings().get(organisation, BuildingId.of(command.building()));
      if (command.buildingVersion() != null && command.buildingVersion() != building.version()) {
        throw StoreErrors.concurrentUpdate("building", building.id(), command.buildingVersion());
      }
      org.koprogo.domain.building.Lot.checkShares(line.shares(), "lot.shares");
      if (line.owners().isEmpty()) {
        throw KoproGoException.of(ErrorCode.MISSING_FIELD,
            "lot " + line.id() + " needs its owners, with fractions adding up to 1", "field", "lot.owners");
      }
      List<Lot.Ownership> ownerships = BuildingRegistration.ownerships(
          line, "lot", KnownOwners.among(ports.owners(), organisation, line.owners()));
      BigDecimal total = building.totalShares().add(line.shares());
      Building grown = ports.buildings().update(new Building(organisation, building.id(),
          building.name(), building.address(), total, building.currency(), building.version()));
      ports.lots().add(new Lot(organisation, building.id(), LotId.of(line.id()), line.label(),
          line.shares(), ownerships, 0));
      ports.auditTrail().append(organisation, new AuditEvent(
          ports.clock().now(), command.actor(), "LotAdded", "lot", line.id(),
          Map.of("building", building.id().value(), "shares", line.shares().toPlainString(),
              "totalShares", grown.totalShares().toPlainString(),
              "owners", String.valueOf(ownerships.size()))));
      return new Added(line.id(), building.id().value(), grown.totalShares().toPlainString(),
          grown.version());
    });
  }
}
