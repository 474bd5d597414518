/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.ChangeMemberStatus;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.StoreErrors;

/** {@link ChangeMemberStatus}: the member at its new status with an audit entry, in one unit of work. */
final class MemberStatusChange implements ChangeMemberStatus {
  private final OutPorts ports;
  private final CommandValidation validation;

  MemberStatusChange(OutPorts ports, CommandValidation validation) {
    this.ports = ports;
    this.validation = validation;
  }

  @Override
  public Member change(Command command) {
    validation.check(command);
    OrganisationId organisation = OrganisationId.of(command.organisation());
    return ports.transactions().inTransaction(() -> {
      Member member = ports.members().find(organisation, MemberId.of(command.member()))
          .orElseThrow(() -> StoreErrors.notFound("member", command.member()));
      if (command.version() != null && command.version() != member.version()) {
        throw StoreErrors.concurrentUpdate("member", command.member(), command.version());
      }
      if (member.status() == command.status()) {
        return member;
      }
      if (member.status() == Member.Status.WITHDRAWN) {
        throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION,
            "member " + command.member() + " has withdrawn: the status is terminal",
            "aggregate", "member", "value", command.member(), "from", member.status().name(),
            "to", command.status().name(), "guard", "a withdrawn member stays withdrawn");
      }
      Member updated = ports.members().update(new Member(member.organisation(), member.id(), member.details(),
          member.rank(), command.status(), member.joinedOn(), member.erasedAt(), member.version()));
      ports.auditTrail().append(organisation, new AuditEvent(ports.clock().now(), command.actor(),
          "MemberStatusChanged", "member", command.member(),
          Map.of("from", member.status().name(), "to", command.status().name())));
      return updated;
    });
  }
}
