/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

/**
 * The use cases of a building's budget (Civil Code art. 3.86 §3): the yearly budget the assembly
 * adopts, working capital and reserve fund kept apart, the reserve fund's 5% minimum and the
 * assembly's four-fifths waiver, and the periodic calls for funds of every lot.
 *
 * <p>Entry points: {@link org.koprogo.ports.in.budget.KeepBuildingBudgets} (stored budgets and the
 * calls for funds derived from them) and {@link org.koprogo.ports.in.budget.PlanCallsForFunds} (a
 * calculation on the stored lots, nothing stored). A budget is proposed as a {@link
 * org.koprogo.ports.in.budget.BudgetProposal} and comes back as a {@link
 * org.koprogo.ports.in.budget.StoredBudget} or a {@link
 * org.koprogo.ports.in.budget.CallsForFundsPlan}.
 */
package org.koprogo.ports.in.budget;
