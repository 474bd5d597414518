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
 *
 * @param reading how the cap reads a person's votes
 */
public record BelgianVoteCap(CapReading reading) implements VoteCap {
  /**
   * Checks the reading is given.
   *
   * @param reading how the cap reads a person's votes
   */
  public BelgianVoteCap {
    java.util.Objects.requireNonNull(reading, "reading");
  }

  /** The cap as RULES.md reads it ({@link CapReading#ALL_VOTES_THROUGH_THE_PERSON}). */
  public BelgianVoteCap() {
    this(CapReading.ALL_VOTES_THROUGH_THE_PERSON);
  }

  @Override
  public Fraction factor(BigDecimal personVotes, BigDecimal personCast, BigDecimal othersVotes) {
    return factor(reading == CapReading.VOTES_CAST_THROUGH_THE_PERSON ? personCast : personVotes, othersVotes);
  }

  @Override
  public boolean overVotesCast() {
    return reading == CapReading.VOTES_CAST_THROUGH_THE_PERSON;
  }

  @Override
  public Fraction factor(BigDecimal personVotes, BigDecimal othersVotes) {
    if (othersVotes.signum() > 0 && personVotes.compareTo(othersVotes) > 0) {
      return Fraction.of(othersVotes).dividedBy(Fraction.of(personVotes));
    }
    return null;
  }
}
