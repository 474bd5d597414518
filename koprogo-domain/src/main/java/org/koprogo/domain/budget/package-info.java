/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * Yearly budgets and calls for funds (Civil Code art. 3.86 §3 and 3.89 §5): the working and
 * reserve funds kept apart, and the reserve fund's 5% minimum.
 *
 * <p>Entry points: {@link org.koprogo.domain.budget.YearlyBudget} (its {@link
 * org.koprogo.domain.budget.BudgetLine}s), {@link org.koprogo.domain.budget.CallsForFunds} which
 * derives the periodic {@link org.koprogo.domain.budget.CallForFunds} per lot, and {@link
 * org.koprogo.domain.budget.ReserveFundMinimum} whose answer is a {@link
 * org.koprogo.domain.budget.ReserveFundCheck} value.
 */
package org.koprogo.domain.budget;
