/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
import java.util.Optional;
import org.koprogo.domain.association.Quarter;

/**
 * An association's books, one {@link QuarterBooks} per quarter: what its transparency report,
 * its public page and its surplus allocation are computed from (contract: {@link Aggregates},
 * keyed by quarter; {@link #all} is ordered by quarter).
 *
 * <p>A database adapter keeps the members and the cost lines in rows of their own; this port is
 * not part of {@link OutPorts}: a host builds it beside them on the same adapter ({@code
 * InMemoryAssociationBooks}, {@code JdbcAssociationBooks}), so its changes join the adapter's
 * transactions.
 */
public interface AssociationBooks extends Aggregates<Quarter, QuarterBooks> {

  /**
   * The quarters of {@code year} in {@code organisation}'s books, in order.
   *
   * @param organisation the tenant
   * @param year the year
   * @return the quarters with books, in order
   */
  List<QuarterBooks> year(OrganisationId organisation, int year);

  /**
   * A page of the quarters of {@code organisation}'s books in the order of {@link #all} (by
   * quarter): those after {@code after} (from the first when empty; {@code after} need not be
   * stored), at most {@code limit}. A database adapter reads along its key and stops at the limit;
   * this default reads the whole books.
   *
   * @param organisation the tenant
   * @param after the last quarter of the previous page, empty for the first page
   * @param limit at most this many, positive
   * @return the page
   * @throws IllegalArgumentException for a limit below 1
   */
  default List<QuarterBooks> all(OrganisationId organisation, Optional<Quarter> after, int limit) {
    return IdPages.after(all(organisation), after, QuarterBooks::quarter, limit);
  }

  @Override
  default String kind() {
    return "quarter books";
  }
}
