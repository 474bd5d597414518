/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.allocation;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.coop.Applicant;
import org.koprogo.domain.coop.MemberId;

/**
 * A household is housed once: a member who holds a lot from an earlier round of the group
 * (proposed, validated or assigned, and not rejected) takes no part in a later round, so the
 * FIFO rules never propose them a second lot (the cooperative's statutes may allow more: the
 * round then says so, and this policy is not applied). A member whose proposal was rejected takes
 * part again.
 */
public final class OneLotPerMember {
  private OneLotPerMember() {}

  /**
   * The members who hold a lot: the members of every allocation not rejected.
   *
   * @param earlier the allocations of earlier rounds
   * @return the members housed
   */
  public static Set<MemberId> housed(Collection<Allocation> earlier) {
    java.util.LinkedHashSet<MemberId> result = new java.util.LinkedHashSet<>();
    for (Allocation a : earlier) {
      if (a.status() != AllocationStatus.REJECTED) {
        result.add(a.member());
      }
    }
    return Set.copyOf(result);
  }

  /**
   * The applicants of a round without those who already hold a lot, in the order given.
   *
   * @param applicants the round's applicants
   * @param housed the members who already hold a lot
   * @return the applicants left
   */
  public static List<Applicant> applicants(List<Applicant> applicants, Set<MemberId> housed) {
    Objects.requireNonNull(housed, "housed");
    return applicants.stream().filter(a -> !housed.contains(a.id())).toList();
  }
}
