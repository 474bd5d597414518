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
   * Every member of the organisation, by id, at once: its cost grows with the organisation; a host
   * answering requests reads {@link #members(String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @return the members
   */
  List<Member> members(String organisation);

  /**
   * A page of the organisation's members by id: at most {@code limit} after the member {@code
   * after} (the last of the previous page; it need not still be stored). The cost follows the
   * page, not the organisation.
   *
   * @param organisation the tenant
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last member of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<Member> members(String organisation, Integer limit, String after);

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
