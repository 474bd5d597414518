/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * One account's movements over a period: its debits, its credits and its balance ({@code debit
 * - credit}: positive is a debit balance). Immutable.
 *
 * @param account the account
 * @param debit the total of its debits
 * @param credit the total of its credits
 */
public record AccountTotal(Account account, Money debit, Money credit) {
  /**
   * Checks that every part is given.
   *
   * @param account the account
   * @param debit the total of its debits
   * @param credit the total of its credits
   */
  public AccountTotal {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
  }

  /**
   * {@code debit - credit}.
   *
   * @return the balance
   */
  public Money balance() {
    return debit.minus(credit);
  }
}
