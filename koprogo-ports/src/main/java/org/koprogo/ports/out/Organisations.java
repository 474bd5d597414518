/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;

/** The organisations (tenants). Optimistic locking as in {@link Aggregates}. */
public interface Organisations {
  /** Stores a new organisation (version 0); returns it at version 1. */
  Organisation add(Organisation organisation);

  /** Stores a changed organisation read at its version; returns it at the next version. */
  Organisation update(Organisation organisation);

  Optional<Organisation> find(OrganisationId id);

  /** Every organisation, ordered by id (an operator's view, not a tenant's). */
  List<Organisation> all();
}
