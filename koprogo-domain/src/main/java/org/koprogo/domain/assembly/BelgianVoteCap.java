/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import org.koprogo.domain.shared.Fraction;

/**
 * Civil Code art. 3.87 §7: nobody votes, even as proxy holder, for more votes than all the other
 * owners present or represented together. A person whose votes {@code W} exceed the others'
 * {@code O > 0} has each vote cast through them multiplied by {@code O / W}; with {@code O = 0}
 * (nobody else votes) nothing is capped. Immutable.
 */
public record BelgianVoteCap() implements VoteCap {
  @Override
  public Fraction factor(BigDecimal personVotes, BigDecimal othersVotes) {
    if (othersVotes.signum() > 0 && personVotes.compareTo(othersVotes) > 0) {
      return Fraction.of(othersVotes).dividedBy(Fraction.of(personVotes));
    }
    return null;
  }
}
