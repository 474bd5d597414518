/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** {@link RegisterOrganisation}: a new organisation at its first version, no audit entry. */
final class OrganisationRegistration implements RegisterOrganisation {
  private final OutPorts ports;
  private final CommandValidation validation;

  OrganisationRegistration(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Organisation register(Command command) {
    validation.check(command);
    Organisation organisation = new Organisation(OrganisationId.of(command.organisation()), command.name(),
        command.kind(), 0);
    return ports.transactions().inTransaction(() -> ports.organisations().add(organisation));
  }
}
