/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.List;
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

  @Override
  default String kind() {
    return "quarter books";
  }
}
