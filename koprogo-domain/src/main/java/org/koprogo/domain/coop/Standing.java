/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * What a member owed and had paid at a cut-off date.
 *
 * @param owed dues due and penalties charged on or before the cut-off
 * @param paid confirmed payments with a value date on or before the cut-off
 * @param member the member
 */
public record Standing(MemberId member, Money owed, Money paid) {
  /**
   * Checks the standing.
   *
   * @param member the member
   * @param owed dues due and penalties charged on or before the cut-off
   * @param paid confirmed payments with a value date on or before the cut-off
   * @throws org.koprogo.domain.shared.KoproGoException {@code CURRENCY_MISMATCH} when owed and paid are in different
   *     currencies
   */
  public Standing {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(owed, "owed");
    Objects.requireNonNull(paid, "paid");
    owed.minus(paid); // same currency
  }

  /**
   * {@code owed - paid}: positive when the member is behind, negative when ahead.
   *
   * @return the balance
   */
  public Money balance() {
    return owed.minus(paid);
  }

  /**
   * {@code max(0, owed - paid)}.
   *
   * @return the arrears, zero when the member is up to date
   */
  public Money arrears() {
    Money balance = balance();
    return balance.isNegative() ? Money.zero(balance.currency()) : balance;
  }
}
