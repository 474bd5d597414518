/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.util.List;
import org.koprogo.ports.out.Owner;

/**
 * Use case: read the co-owners (their personal fields as the erasure left them). Who may see
 * whom is the host's decision: these reads are scoped to the organisation only.
 */
public interface ReadOwners {

  /**
   * Every owner of the organisation, by id, at once: its cost grows with the organisation; a host
   * answering requests reads {@link #owners(String, Integer, String) a page}.
   *
   * @param organisation the tenant
   * @return the owners
   */
  List<Owner> owners(String organisation);

  /**
   * A page of the organisation's owners by id: at most {@code limit} after the owner {@code
   * after} (the last of the previous page; it need not still be stored). The cost follows the
   * page, not the organisation.
   *
   * @param organisation the tenant
   * @param limit 1 to 1000; null for 100
   * @param after the id of the last owner of the previous page, null for the first page
   * @return the page
   * @throws org.koprogo.domain.shared.KoproGoException {@code INVALID_FIELD} naming {@code limit}
   *     (out of bounds) or {@code after} (blank or longer than 100 characters)
   */
  List<Owner> owners(String organisation, Integer limit, String after);

  /**
   * One owner.
   *
   * @param organisation the tenant
   * @param owner the owner's id
   * @return the owner as stored
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND}
   */
  Owner owner(String organisation, String owner);
}
