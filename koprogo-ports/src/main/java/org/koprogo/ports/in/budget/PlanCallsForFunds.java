/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

/**
 * The calls for funds of a yearly budget over a building's stored lots, without storing anything
 * (a simulation before the assembly adopts the budget).
 */
public interface PlanCallsForFunds {

  /**
   * The periodic calls for funds of every lot of the proposal's building, and the reserve fund's
   * 5% check when last year's ordinary charges are given.
   *
   * @param proposal the budget
   * @return the plan (no version: nothing is stored)
   * @throws org.koprogo.domain.shared.KoproGoException {@code NOT_FOUND} (building, assembly or
   *     item of the waiver), {@code MISSING_FIELD} / {@code INVALID_FIELD} / {@code
   *     INVALID_AMOUNT} naming the field, the domain's codes for a key that does not fit the lots
   */
  CallsForFundsPlan plan(BudgetProposal proposal);
}
