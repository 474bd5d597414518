/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.Fraction;

/**
 * A person whose votes on one resolution were capped (Civil Code art. 3.87 §7): they held {@code
 * votes} (their own and their principals') against {@code othersVotes} for all the other voting
 * owners, and voted for {@code othersVotes} only.
 *
 * @param voter the capped person
 * @param votes the votes they held, above {@code othersVotes}
 * @param othersVotes the votes of every other voting owner, positive
 */
public record CappedVoter(HolderId voter, BigDecimal votes, BigDecimal othersVotes) {
  /**
   * Checks that every part is given.
   *
   * @param voter the capped person
   * @param votes the votes they held, above {@code othersVotes}
   * @param othersVotes the votes of every other voting owner, positive
   */
  public CappedVoter {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(othersVotes, "othersVotes");
  }

  /**
   * The factor applied to each vote cast through the person: {@code othersVotes / votes}.
   *
   * @return the factor, below 1
   */
  public Fraction factor() {
    return Fraction.of(othersVotes).dividedBy(Fraction.of(votes));
  }

  /**
   * The votes that counted: the others' votes.
   *
   * @return the effective votes
   */
  public Fraction effectiveVotes() {
    return Fraction.of(votes).times(factor());
  }
}
