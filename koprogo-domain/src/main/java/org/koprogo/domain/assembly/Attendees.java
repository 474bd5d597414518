/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.math.BigDecimal;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The figures a quorum is checked on: the members of the voting body present or validly
 * represented, against all of them, counted as owners, as lots and as shares (votes).
 *
 * @param ownersPresent owners present or represented
 * @param ownersTotal all owners
 * @param lotsPresent lots of the owners present or represented
 * @param lotsTotal all lots
 * @param sharesPresent shares (votes) of the owners present or represented
 * @param sharesTotal all shares (votes)
 */
public record Attendees(
    int ownersPresent, int ownersTotal, int lotsPresent, int lotsTotal,
    BigDecimal sharesPresent, BigDecimal sharesTotal) {
  /**
   * Checks the figures.
   *
   * @param ownersPresent owners present or represented
   * @param ownersTotal all owners
   * @param lotsPresent lots of the owners present or represented
   * @param lotsTotal all lots
   * @param sharesPresent shares (votes) of the owners present or represented
   * @param sharesTotal all shares (votes)
   * @throws KoproGoException {@code INVALID_FIELD} for a negative figure or one above its total
   */
  public Attendees {
    Objects.requireNonNull(sharesPresent, "sharesPresent");
    Objects.requireNonNull(sharesTotal, "sharesTotal");
    if (ownersPresent < 0 || ownersPresent > ownersTotal || lotsPresent < 0 || lotsPresent > lotsTotal
        || sharesPresent.signum() < 0 || sharesPresent.compareTo(sharesTotal) > 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "attendance above the total: " + ownersPresent + "/"
          + ownersTotal + " owners, " + lotsPresent + "/" + lotsTotal + " lots, "
          + sharesPresent + "/" + sharesTotal + " shares", "field", "ownersPresent");
    }
  }
}
