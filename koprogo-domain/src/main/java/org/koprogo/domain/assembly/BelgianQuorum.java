/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Civil Code art. 3.87 §5: the first session deliberates when more than half of the co-owners
 * are present or represented and hold at least half of the shares, or when those present or
 * represented hold more than three quarters of the shares; the second session deliberates
 * whatever the number present. Immutable.
 *
 * @param headCount whether "more than half of the co-owners" counts owners (default) or lots
 */
public record BelgianQuorum(HeadCount headCount) implements QuorumPolicy {
  /**
   * Checks the head count is given.
   *
   * @param headCount whether "more than half of the co-owners" counts owners (default) or lots
   */
  public BelgianQuorum {
    Objects.requireNonNull(headCount, "headCount");
  }

  @Override
  public Quorum check(Session session, Attendees a) {
    if (session == Session.SECOND) {
      return a.ownersPresent() > 0 ? Quorum.reached(QuorumRule.SECOND_SESSION, a) : Quorum.notReached(a);
    }
    int heads = headCount == HeadCount.OWNERS ? a.ownersPresent() : a.lotsPresent();
    int headsTotal = headCount == HeadCount.OWNERS ? a.ownersTotal() : a.lotsTotal();
    BigDecimal s = a.sharesPresent();
    BigDecimal t = a.sharesTotal();
    boolean moreThanHalfOfHeads = 2L * heads > headsTotal;
    boolean halfOfShares = s.multiply(BigDecimal.valueOf(2)).compareTo(t) >= 0;
    if (moreThanHalfOfHeads && halfOfShares) {
      return Quorum.reached(QuorumRule.HEADS_AND_HALF_SHARES, a);
    }
    if (s.multiply(BigDecimal.valueOf(4)).compareTo(t.multiply(BigDecimal.valueOf(3))) > 0) {
      return Quorum.reached(QuorumRule.THREE_QUARTERS_SHARES, a);
    }
    return Quorum.notReached(a);
  }
}
