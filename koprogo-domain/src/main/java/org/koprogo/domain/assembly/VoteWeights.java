/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;

/** Who votes, and with how many votes. */
public interface VoteWeights {
  /** The votes of {@code owner}, positive. */
  BigDecimal votesOf(Owner owner);

  /** False for an owner who is not part of the voting body at all. */
  boolean mayVote(Owner owner);
}
