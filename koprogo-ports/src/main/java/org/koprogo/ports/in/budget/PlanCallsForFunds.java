/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

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

  /**
   * A yearly budget as a client sends it, to plan its calls for funds.
   *
   * @param yearStart the first day of the financial year
   * @param frequency MONTHLY, QUARTERLY (default), HALF_YEARLY or YEARLY
   * @param lines the budget lines
   * @param previousYearOrdinaryCharges last year's ordinary charges, to check the reserve fund's
   *     5% minimum (optional)
   * @param reserveWaiver the assembly's four-fifths vote to call less (optional)
   */
  record Budget(LocalDate yearStart, @Nullable String frequency, List<BudgetProposal.Line> lines,
      @Nullable String previousYearOrdinaryCharges, @Nullable BudgetProposal.WaiverRef reserveWaiver) {
    /**
     * The budget as a building's proposal.
     *
     * @param organisation the tenant
     * @param building the building's id
     * @return the proposal
     */
    public BudgetProposal proposal(String organisation, String building) {
      return new BudgetProposal(organisation, building, yearStart, frequency, lines, previousYearOrdinaryCharges,
          reserveWaiver);
    }
  }
}
