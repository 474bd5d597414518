/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/** {@link RegisterMember}: a new member, PENDING_KYC, with an audit entry. */
final class MemberRegistration implements RegisterMember {
  private final OutPorts ports;
  private final CommandValidation validation;

  MemberRegistration(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Registered register(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    Member member =
        new Member(
            organisation, MemberId.of(command.member()),
            new PersonalDetails(command.name(), command.email(), command.phone(), command.postalAddress(),
                Language.ofStored(command.language())),
            command.rank(), Member.Status.PENDING_KYC, command.joinedOn(), null, 0);
    return ports.transactions().inTransaction(
        () -> {
          if (ports.organisations().find(organisation).isEmpty()) {
            throw org.koprogo.ports.out.StoreErrors.notFound("organisation", organisation);
          }
          Member stored = ports.members().add(member);
          ports.auditTrail().append(
              organisation,
              new AuditEvent(
                  ports.clock().now(), command.actor(), "MemberRegistered", "member", command.member(),
                  Map.of("rank", String.valueOf(command.rank()))));
          return new Registered(command.member(), stored);
        });
  }
}
