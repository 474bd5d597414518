/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MemberId;
import org.koprogo.domain.association.Quarter;

/**
 * What an association's books hold for one quarter: its members with the rate each pays, and its
 * real costs by category. Revenue, cost price, surplus and margin are never stored: the library
 * computes them ({@code QuarterlyTransparencyReport}).
 *
 * @param organisation the association
 * @param quarter the quarter
 * @param memberships the members during the quarter, each once; copied, order kept
 * @param costs the quarter's cost lines, in the order booked (a category may appear twice); copied
 * @param version the optimistic-lock version (0 before it is first stored)
 */
public record QuarterBooks(
    OrganisationId organisation,
    Quarter quarter,
    List<Membership> memberships,
    List<CostLine> costs,
    long version) {
  /**
   * Checks the books and copies the lists.
   *
   * @param organisation the association
   * @param quarter the quarter
   * @param memberships the members during the quarter, each once; copied, order kept
   * @param costs the quarter's cost lines, in the order booked (a category may appear twice);
   *     copied
   * @param version the optimistic-lock version (0 before it is first stored)
   * @throws IllegalArgumentException for a member listed twice
   */
  public QuarterBooks {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(quarter, "quarter");
    memberships = List.copyOf(memberships);
    costs = List.copyOf(costs);
    Set<MemberId> seen = new HashSet<>();
    for (Membership m : memberships) {
      if (!seen.add(m.member())) {
        throw new IllegalArgumentException("member " + m.member().value() + " is listed twice in " + quarter);
      }
    }
  }

  /**
   * These books at {@code version}.
   *
   * @param version the version
   * @return the books
   */
  public QuarterBooks withVersion(long version) {
    return new QuarterBooks(organisation, quarter, memberships, costs, version);
  }
}
