/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Decimals;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One member of the voting body: a co-owner with their shares in the common parts (their votes
 * under Civil Code art. 3.87), or a member of an association or a cooperative.
 *
 * @param id the owner
 * @param shares the owner's shares in the common parts, positive (a member's is 1)
 * @param lots how many lots the owner holds, at least 1 (used only when the head count counts
 *     lots, see {@link HeadCount#LOTS})
 * @param inGoodStanding false for a member who is behind with their contributions (used only by
 *     {@link OneMemberOneVote}, where such a member does not vote)
 */
public record Owner(OwnerId id, BigDecimal shares, int lots, boolean inGoodStanding) {
  /**
   * Checks the owner.
   *
   * @param id the owner
   * @param shares the owner's shares in the common parts, positive (a member's is 1)
   * @param lots how many lots the owner holds, at least 1 (used only when the head count counts
   *     lots, see {@link HeadCount#LOTS})
   * @param inGoodStanding false for a member who is behind with their contributions (used only by
   *     {@link OneMemberOneVote}, where such a member does not vote)
   * @throws KoproGoException {@code NONPOSITIVE_SHARES} for shares of zero or less, {@code
   *     INVALID_FIELD} for fewer than 1 lot
   */
  public Owner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shares, "shares");
    if (shares.signum() <= 0) {
      throw KoproGoException.of(
          ErrorCode.NONPOSITIVE_SHARES,
          "shares " + shares.toPlainString() + " of owner '" + id + "' are not positive",
          "field", "shares", "value", shares.toPlainString());
    }
    if (lots < 1) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "owner '" + id + "' holds " + lots + " lots, not at least 1",
          "field", "lots", "value", lots);
    }
  }

  /**
   * A co-owner holding one lot, with shares in plain decimal text ({@code "125.5"}).
   *
   * @param id the owner's id
   * @param shares the shares, as a plain decimal
   * @return the owner
   * @throws KoproGoException {@code INVALID_NUMBER} for text that is not a plain decimal, {@code
   *     NONPOSITIVE_SHARES} for shares of zero or less
   */
  public static Owner of(String id, String shares) {
    return new Owner(OwnerId.of(id), Decimals.parse(shares, "shares"), 1, true);
  }

  /**
   * A co-owner holding one lot.
   *
   * @param id the owner's id
   * @param shares the shares, positive
   * @return the owner
   * @throws KoproGoException {@code NONPOSITIVE_SHARES} for shares of zero or less
   */
  public static Owner of(OwnerId id, BigDecimal shares) {
    return new Owner(id, shares, 1, true);
  }

  /**
   * A member of an association or cooperative, in good standing (one vote).
   *
   * @param id the member's id
   * @return the member, with one vote
   */
  public static Owner member(String id) {
    return new Owner(OwnerId.of(id), BigDecimal.ONE, 1, true);
  }

  /**
   * A member who is behind with their contributions (no vote under one member one vote).
   *
   * @param id the member's id
   * @return the member, without a vote
   */
  public static Owner memberInArrears(String id) {
    return new Owner(OwnerId.of(id), BigDecimal.ONE, 1, false);
  }

  /**
   * The same owner holding {@code count} lots.
   *
   * @param count the number of lots, at least 1
   * @return the owner
   * @throws KoproGoException {@code INVALID_FIELD} for fewer than 1 lot
   */
  public Owner holdingLots(int count) {
    return new Owner(id, shares, count, inGoodStanding);
  }
}
