/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.List;
import org.koprogo.ports.out.Member;

/**
 * Use case: read the members of a cooperative or an association. Who may see whom is the host's
 * decision: these reads are scoped to the organisation only.
 */
public interface ReadMembers {

  /**
   * Every member of the organisation, by id.
   *
   * @param organisation the tenant
   * @return the members
   */
  List<Member> members(String organisation);

  /**
   * One member.
   *
   * @param organisation the tenant
   * @param member the member's id
   * @return the member as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Member member(String organisation, String member);
}
