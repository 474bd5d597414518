/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;

/** Civil Code art. 3.87 §6: each co-owner has as many votes as their shares in the common parts. */
public record SharesInCommonParts() implements VoteWeights {
  @Override
  public BigDecimal votesOf(Owner owner) {
    return owner.shares();
  }

  @Override
  public boolean mayVote(Owner owner) {
    return true;
  }
}
