/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.group;

import java.util.Objects;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * What the group's guards need to know from the other aggregates at the time of a transition.
 *
 * @param confirmedContributions the ledger's confirmed contributions net of reversals
 * @param projectLots how many lots the project has
 */
public record FundingFacts(Money confirmedContributions, int projectLots) {
  /**
   * Checks the facts.
   *
   * @param confirmedContributions the ledger's confirmed contributions net of reversals
   * @param projectLots how many lots the project has
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code projectLots}) when the number of
   *     lots is negative
   */
  public FundingFacts {
    Objects.requireNonNull(confirmedContributions, "confirmedContributions");
    if (projectLots < 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "projectLots is not negative", "field", "projectLots");
    }
  }
}
