/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.Quarter;

/**
 * One quarter of an association's books as stored: its members with the rate each pays, its cost
 * lines in the order booked, and the version a correction names. Immutable.
 *
 * @param quarter the quarter, never null
 * @param memberships the members during the quarter, each once, in the order booked; copied
 * @param costs the cost lines in the order booked (a category may appear twice); copied
 * @param version the stored version, from 1 (a stale one is refused with {@code
 *     CONCURRENT_UPDATE})
 */
public record BookedQuarter(Quarter quarter, List<Membership> memberships, List<CostLine> costs, long version) {

  /**
   * Copies the lists.
   *
   * @param quarter the quarter
   * @param memberships the members during the quarter
   * @param costs the cost lines
   * @param version the stored version
   * @throws NullPointerException when the quarter or a list is null
   */
  public BookedQuarter {
    Objects.requireNonNull(quarter, "quarter");
    memberships = List.copyOf(memberships);
    costs = List.copyOf(costs);
  }
}
