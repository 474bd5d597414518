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
  FOR,
  AGAINST,
  ABSTAIN,
  BLANK,
  NULL;

  /** True for FOR and AGAINST: the votes over which a majority is computed. */
  public boolean isCast() {
    return this == FOR || this == AGAINST;
  }
}
