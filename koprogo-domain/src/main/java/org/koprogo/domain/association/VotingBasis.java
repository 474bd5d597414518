/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

/** How the votes of the assembly that took a decision were counted. */
public enum VotingBasis {
  /** Every member has one vote, whatever its size or rate (the association's assembly). */
  ONE_MEMBER_ONE_VOTE,
  /** Votes weighted by shares (a co-ownership's general assembly, Civil Code art. 3.87 §6). */
  WEIGHTED_BY_SHARES
}
