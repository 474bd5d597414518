/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Loi du 10 juillet 1965 art. 22: each co-owner has as many votes as their shares of the common
 * parts, but an owner holding more than half of them has their votes reduced to the sum of the
 * other co-owners' votes. Immutable.
 */
public record ReducedAboveHalf() implements VoteWeights {
  @Override
  public BigDecimal votesOf(Owner owner) {
    return owner.shares();
  }

  @Override
  public boolean mayVote(Owner owner) {
    return true;
  }

  @Override
  public List<BigDecimal> weigh(List<Owner> owners) {
    BigDecimal total = BigDecimal.ZERO;
    for (Owner o : owners) {
      total = total.add(o.shares());
    }
    List<BigDecimal> votes = new ArrayList<>(owners.size());
    for (Owner o : owners) {
      BigDecimal others = total.subtract(o.shares());
      votes.add(o.shares().compareTo(others) > 0 ? others : o.shares());
    }
    return votes;
  }
}
