/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ChangeOwnerDetails;
import org.koprogo.ports.in.RegisterBuilding.OwnerLine;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/**
 * {@link ChangeOwnerDetails}: replaces the details at the version read; an erased owner stays
 * erased (GDPR art. 17: the data is not collected again under the old id).
 */
final class OwnerDetailsChange implements ChangeOwnerDetails {
  private final OutPorts ports;
  private final CommandValidation validation;

  OwnerDetailsChange(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Changed change(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    OwnerLine d = command.details();
    return ports.transactions().inTransaction(() -> {
      Owner current = ports.owners().get(organisation, OwnerId.of(d.id()));
      if (current.erasedAt() != null) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            "owner " + d.id() + " cannot change from ERASED to REGISTERED: the guard"
                + " 'personal data not erased' failed",
            "from", "ERASED", "to", "REGISTERED", "guard", "personal data not erased",
            "value", d.id());
      }
      Owner stored = ports.owners().update(new Owner(organisation, current.id(),
          new PersonalDetails(d.name(), d.email(), d.phone(), d.postalAddress(),
              d.language() == null ? current.details().language() : Language.ofStored(d.language())), null,
          command.version()));
      ports.auditTrail().append(organisation, new AuditEvent(
          ports.clock().now(), command.actor(), "OwnerDetailsChanged", "owner", d.id(),
          Map.of("version", String.valueOf(stored.version()))));
      return new Changed(d.id(), stored.version(), stored);
    });
  }
}
