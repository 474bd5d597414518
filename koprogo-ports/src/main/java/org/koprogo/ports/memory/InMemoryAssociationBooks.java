/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.util.List;
import org.koprogo.domain.association.Quarter;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.QuarterBooks;

/**
 * {@link AssociationBooks} in a {@link MemoryDatabase}: its quarters join the store's units of
 * work (a failed one restores them with every other table).
 */
public final class InMemoryAssociationBooks extends InMemoryAggregates<Quarter, QuarterBooks>
    implements AssociationBooks {

  /**
   * The books beside {@code db}'s other ports.
   *
   * @param db the store
   */
  public InMemoryAssociationBooks(MemoryDatabase db) {
    super(db, "quarter books", QuarterBooks::organisation, QuarterBooks::quarter,
        QuarterBooks::version, QuarterBooks::withVersion);
  }

  @Override
  public List<QuarterBooks> year(OrganisationId organisation, int year) {
    return where(organisation, q -> q.quarter().year() == year);
  }
}
