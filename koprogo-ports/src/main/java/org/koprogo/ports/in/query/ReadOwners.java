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
   * Every owner of the organisation, by id.
   *
   * @param organisation the tenant
   * @return the owners
   */
  List<Owner> owners(String organisation);

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
