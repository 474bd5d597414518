/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.koprogo.ports.out.Member;

/**
 * Use case: change a registered member's status in the organisation's register (PENDING_KYC on
 * registration, then ACTIVE, SUSPENDED, or WITHDRAWN for good). One unit of work: the member at
 * the next version and an audit entry {@code MemberStatusChanged} (subject {@code
 * member/<id>}, with the statuses before and after); a change to the status the member has
 * already stores nothing.
 *
 * <p>Refusals: {@code NOT_FOUND} (member), {@code ILLEGAL_TRANSITION} (a WITHDRAWN member: the
 * status is terminal), {@code CONCURRENT_UPDATE} (a stale version), {@code VALIDATION_FAILED}.
 */
public interface ChangeMemberStatus {

  /**
   * Changes the member's status.
   *
   * @param command the member and the new status
   * @return the member as stored after the command (unchanged when it had that status already)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}, {@code
   *     ILLEGAL_TRANSITION}, {@code CONCURRENT_UPDATE}, {@code VALIDATION_FAILED}
   */
  Member change(Command command);

  /**
   * The command.
   *
   * @param organisation the tenant
   * @param member the registered member's id
   * @param status the new status
   * @param version the version read, or null to change whatever the stored version
   * @param actor who changes it (for the audit trail)
   */
  record Command(
      @NotBlank String organisation,
      @NotBlank String member,
      @NotNull Member.Status status,
      Long version,
      @NotBlank String actor) {}
}
