/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The proxies one holder brought to the assembly, in attendance order, for a {@link ProxyPolicy}
 * to review.
 *
 * @param holder the holder
 * @param isSyndic true when the holder is the building's syndic
 * @param ownVotes the holder's own votes, 0 when the holder is not an owner
 * @param principalVotes the votes of each principal, in attendance order
 * @param allVotes the votes of the whole building
 */
public record ProxyHolding(
    HolderId holder, boolean isSyndic, BigDecimal ownVotes, List<BigDecimal> principalVotes,
    BigDecimal allVotes) {
  /**
   * Checks that every part is given and copies the principals' votes.
   *
   * @param holder the holder
   * @param isSyndic true when the holder is the building's syndic
   * @param ownVotes the holder's own votes, 0 when the holder is not an owner
   * @param principalVotes the votes of each principal, in attendance order
   * @param allVotes the votes of the whole building
   */
  public ProxyHolding {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(ownVotes, "ownVotes");
    principalVotes = List.copyOf(principalVotes);
    Objects.requireNonNull(allVotes, "allVotes");
  }

  /**
   * The holder's own votes plus all the principals' votes.
   *
   * @return the total
   */
  public BigDecimal totalVotes() {
    BigDecimal total = ownVotes;
    for (BigDecimal v : principalVotes) {
      total = total.add(v);
    }
    return total;
  }
}
