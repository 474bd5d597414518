/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.Quarter;

/**
 * What the association's books hold for one quarter: its members (with their rates) and its real
 * costs by category. Revenue, cost price, surplus and margin are computed, never stored.
 *
 * @param quarter the quarter
 * @param memberships the members during the quarter, at least one; copied
 * @param costs the quarter's costs; copied
 */
public record QuarterRecord(Quarter quarter, List<Membership> memberships, List<CostLine> costs) {
  public QuarterRecord {
    Objects.requireNonNull(quarter, "quarter");
    memberships = List.copyOf(memberships);
    costs = List.copyOf(costs);
  }
}
