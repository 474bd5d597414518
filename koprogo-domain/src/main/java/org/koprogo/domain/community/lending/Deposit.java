/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.lending;

import java.util.Objects;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/** An optional deposit asked for a lent object: in euros or in time credits. */
public sealed interface Deposit {

  /**
   * A deposit in money.
   *
   * @param amount the amount, positive
   */
  record InMoney(Money amount) implements Deposit {
    /**
     * Checks the amount.
     *
     * @param amount the amount, positive
     * @throws KoproGoException {@code NEGATIVE_AMOUNT} for an amount that is not positive
     */
    public InMoney {
      Objects.requireNonNull(amount, "amount");
      if (!amount.isPositive()) {
        throw KoproGoException.of(ErrorCode.NEGATIVE_AMOUNT, "a deposit is positive, got " + amount, "value", amount.toPlainString());
      }
    }
  }

  /**
   * A deposit in time credits.
   *
   * @param credits the credits, positive
   */
  record InCredits(TimeCredits credits) implements Deposit {
    /**
     * Checks the credits.
     *
     * @param credits the credits, positive
     * @throws KoproGoException {@code INVALID_HOURS} for credits that are not positive
     */
    public InCredits {
      Objects.requireNonNull(credits, "credits");
      if (!credits.isPositive()) {
        throw KoproGoException.of(ErrorCode.INVALID_HOURS, "a deposit is positive, got " + credits, "value", credits.toString());
      }
    }
  }
}
