/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;

/** Association and cooperative statutes: one vote per member in good standing (paying member). */
public record OneVotePerMember() implements VoteWeights {
  @Override
  public BigDecimal votesOf(Owner owner) {
    return BigDecimal.ONE;
  }

  @Override
  public boolean mayVote(Owner owner) {
    return owner.inGoodStanding();
  }

  /** One vote per concerned member, whatever their part of the charge. */
  @Override
  public BigDecimal votesOnCharge(Owner owner, BigDecimal part) {
    return BigDecimal.ONE;
  }
}
