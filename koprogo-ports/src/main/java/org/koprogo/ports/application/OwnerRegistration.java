/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.in.RegisterBuilding.OwnerLine;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/** {@link RegisterOwner}: stores the owner and its audit entry (by id only) in one transaction. */
final class OwnerRegistration implements RegisterOwner {
  private final OutPorts ports;
  private final CommandValidation validation;

  OwnerRegistration(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Registered register(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    OwnerLine o = command.owner();
    Owner owner = new Owner(organisation, OwnerId.of(o.id()),
        new PersonalDetails(o.name(), o.email(), o.phone(), o.postalAddress(),
            Language.ofStored(o.language())), null, 0);
    return ports.transactions().inTransaction(() -> {
      Owner stored = ports.owners().add(owner);
      ports.auditTrail().append(organisation, new AuditEvent(
          ports.clock().now(), command.actor(), "OwnerRegistered", "owner", o.id(), Map.of()));
      return new Registered(o.id(), stored.version(), stored);
    });
  }
}
