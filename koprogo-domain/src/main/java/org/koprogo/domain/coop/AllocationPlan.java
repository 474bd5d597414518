/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.building.LotId;

/**
 * The result of an allocation round: each member's outcome (in the round's member order) and the
 * available lots nobody took (in the project's lot order). Immutable.
 *
 * @param members each member's outcome, in rank order
 * @param unallocatedLots the available lots left after the round, in the round's lot order
 */
public record AllocationPlan(List<MemberAllocation> members, List<LotId> unallocatedLots) {
  /**
   * Copies the lists.
   *
   * @param members each member's outcome, in rank order
   * @param unallocatedLots the available lots left after the round, in the round's lot order
   */
  public AllocationPlan {
    members = List.copyOf(members);
    unallocatedLots = List.copyOf(unallocatedLots);
  }

  /**
   * The outcome of one member, if they took part.
   *
   * @param member a member of the round
   * @return their outcome, or empty when they did not take part
   */
  public Optional<MemberAllocation> of(MemberId member) {
    for (MemberAllocation m : members) {
      if (m.member().equals(member)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The lots allotted, by member, in the round's member order.
   *
   * @return the lot of each allocated member
   */
  public Map<MemberId, LotId> allotments() {
    Map<MemberId, LotId> result = new LinkedHashMap<>();
    for (MemberAllocation m : members) {
      m.lot().ifPresent(lot -> result.put(m.member(), lot));
    }
    return result;
  }
}
