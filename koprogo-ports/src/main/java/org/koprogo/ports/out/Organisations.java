/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;

/** The organisations (tenants). Optimistic locking as in {@link Aggregates}. */
public interface Organisations {
  /**
   * Stores a new organisation (version 0); returns it at version 1.
   *
   * @param organisation the new organisation
   * @return the organisation, version 1
   */
  Organisation add(Organisation organisation);

  /**
   * Stores a changed organisation read at its version; returns it at the next version.
   *
   * @param organisation the changed organisation
   * @return the organisation, next version
   */
  Organisation update(Organisation organisation);

  /**
   * The organisation {@code id}.
   *
   * @param id the organisation's id
   * @return the organisation, or empty
   */
  Optional<Organisation> find(OrganisationId id);

  /**
   * Every organisation, ordered by id (an operator's view, not a tenant's).
   *
   * @return the organisations
   */
  List<Organisation> all();
}
