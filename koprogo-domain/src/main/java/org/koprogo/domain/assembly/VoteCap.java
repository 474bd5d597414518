/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import org.koprogo.domain.shared.Fraction;

/** How much of a voting person's votes count on one resolution. */
public interface VoteCap {
  /**
   * The factor applied to every vote cast through a person, or null when they are not capped.
   *
   * @param personVotes the votes the person casts (their own and their principals')
   * @param othersVotes the votes of every other voting owner
   * @return the factor, or null
   */
  Fraction factor(BigDecimal personVotes, BigDecimal othersVotes);

  /**
   * The factor applied to the votes cast through a person, knowing also what they cast (FOR and
   * AGAINST), or null when they are not capped; by default {@link #factor(BigDecimal, BigDecimal)}
   * on all their votes.
   *
   * @param personVotes the votes of every voting owner voting through the person
   * @param personCast the part of {@code personVotes} cast FOR or AGAINST
   * @param othersVotes the votes of every other voting owner
   * @return the factor, or null
   */
  default Fraction factor(BigDecimal personVotes, BigDecimal personCast, BigDecimal othersVotes) {
    return factor(personVotes, othersVotes);
  }

  /**
   * True when the cap compares only the votes cast through a person (abstentions are then never scaled).
   *
   * @return whether the cap is over votes cast
   */
  default boolean overVotesCast() {
    return false;
  }
}
