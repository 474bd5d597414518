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
 */
public record TrialBalance(LocalDate from, LocalDate to, List<AccountTotal> accounts, Money totalDebit, Money totalCredit) {
  public TrialBalance {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    accounts = List.copyOf(accounts);
    Objects.requireNonNull(totalDebit, "totalDebit");
    Objects.requireNonNull(totalCredit, "totalCredit");
  }

  /** True when the debits equal the credits. */
  public boolean balanced() {
    return totalDebit.equals(totalCredit);
  }
}
