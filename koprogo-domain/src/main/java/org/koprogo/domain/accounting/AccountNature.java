/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

/** Where an account's balance goes: the balance sheet (the first three) or the income statement. */
public enum AccountNature {
  /** Debit balance on the balance sheet (class 2, 3, receivables of class 4, class 5). */
  ASSET,
  /** Credit balance on the balance sheet: the funds of the association (class 1). */
  EQUITY,
  /** Credit balance on the balance sheet: debts (class 1 long-term, payables of class 4). */
  LIABILITY,
  /** Class 6: charges of the year. */
  EXPENSE,
  /** Class 7: income of the year. */
  INCOME;

  /**
   * True for the accounts that close into the result at the end of a year.
   *
   * @return whether the account closes at year end
   */
  public boolean closesAtYearEnd() {
    return this == EXPENSE || this == INCOME;
  }
}
