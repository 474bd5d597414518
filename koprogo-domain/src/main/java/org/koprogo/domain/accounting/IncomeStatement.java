/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * The income statement of a financial year: the charges (class 6) and the income (class 7) of
 * the year, closing entries left out, and the result ({@code income - expenses}; negative: the
 * year called less than it spent). Immutable.
 *
 * @param year the financial year
 * @param expenses the expense accounts (class 6), with their balance
 * @param income the income accounts (class 7), with their balance
 * @param totalExpenses the total of the expenses
 * @param totalIncome the total of the income
 */
public record IncomeStatement(FinancialYear year, List<AccountTotal> expenses, List<AccountTotal> income,
    Money totalExpenses, Money totalIncome) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param year the financial year
   * @param expenses the expense accounts (class 6), with their balance
   * @param income the income accounts (class 7), with their balance
   * @param totalExpenses the total of the expenses
   * @param totalIncome the total of the income
   */
  public IncomeStatement {
    Objects.requireNonNull(year, "year");
    expenses = List.copyOf(expenses);
    income = List.copyOf(income);
    Objects.requireNonNull(totalExpenses, "totalExpenses");
    Objects.requireNonNull(totalIncome, "totalIncome");
  }

  /**
   * {@code income - expenses}.
   *
   * @return the result, negative for a loss
   */
  public Money result() {
    return totalIncome.minus(totalExpenses);
  }
}
