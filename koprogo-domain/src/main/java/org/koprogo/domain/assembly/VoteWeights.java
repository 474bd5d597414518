/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Who votes, and with how many votes. */
public interface VoteWeights {
  /**
   * The votes of {@code owner}, positive.
   *
   * @param owner an owner
   * @return their votes
   */
  BigDecimal votesOf(Owner owner);

  /**
   * False for an owner who is not part of the voting body at all.
   *
   * @param owner an owner
   * @return whether they may vote
   */
  boolean mayVote(Owner owner);

  /**
   * The votes of {@code owner} on a charge they bear a positive {@code part} of (Civil Code art.
   * 3.87 §6: in proportion to their part of that charge). One vote per member overrides this.
   *
   * @param owner an owner bearing part of the charge
   * @param part their part, positive
   * @return their votes on that charge
   */
  default BigDecimal votesOnCharge(Owner owner, BigDecimal part) {
    return part;
  }

  /**
   * The votes of every owner, in order: 0 for an owner who may not vote. A policy whose votes
   * depend on the other owners (a reduction above half of all votes) overrides this.
   *
   * @param owners the owners, in order
   * @return their votes, in the same order
   */
  default List<BigDecimal> weigh(List<Owner> owners) {
    List<BigDecimal> votes = new ArrayList<>(owners.size());
    for (Owner o : owners) {
      votes.add(mayVote(o) ? votesOf(o) : BigDecimal.ZERO);
    }
    return votes;
  }
}
