/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

/**
 * What a voting owner put in the ballot box. Only {@link #FOR} and {@link #AGAINST} are votes
 * cast; abstentions, blank and null votes are not (Civil Code art. 3.87).
 */
public enum Ballot {
  /** A vote for the resolution. */
  FOR,
  /** A vote against the resolution. */
  AGAINST,
  /** An abstention: not a vote cast. */
  ABSTAIN,
  /** A blank vote: not a vote cast. */
  BLANK,
  /** A null (spoilt) vote: not a vote cast. */
  NULL;

  /**
   * True for FOR and AGAINST: the votes over which a majority is computed.
   *
   * @return whether it is a vote cast
   */
  public boolean isCast() {
    return this == FOR || this == AGAINST;
  }
}
