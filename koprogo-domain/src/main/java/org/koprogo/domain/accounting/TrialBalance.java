/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * The trial balance of a period: every account moved, with its debits and credits; the totals of
 * the two columns are equal whenever every entry is balanced. Immutable.
 *
 * @param from the first day
 * @param to the last day
 * @param accounts every account moved, with its totals
 * @param totalDebit the total of the debits
 * @param totalCredit the total of the credits
 */
public record TrialBalance(LocalDate from, LocalDate to, List<AccountTotal> accounts, Money totalDebit, Money totalCredit) {
  /**
   * Checks that every part is given and copies the list.
   *
   * @param from the first day
   * @param to the last day
   * @param accounts every account moved, with its totals
   * @param totalDebit the total of the debits
   * @param totalCredit the total of the credits
   */
  public TrialBalance {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(totalDebit, "totalDebit");
    Objects.requireNonNull(totalCredit, "totalCredit");
  }

  /**
   * True when the debits equal the credits.
   *
   * @return whether it balances
   */
  public boolean balanced() {
    return totalDebit.equals(totalCredit);
  }
}
