/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import java.util.Objects;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;

/**
 * The periodic calls for funds of every lot of a building for a yearly budget.
 *
 * @param building the building
 * @param budget the yearly budget
 * @param frequency how often funds are called
 * @param calls every lot's call of every period (working capital and reserve apart)
 * @param reserveCheck the reserve fund's 5% check, or null when last year's ordinary charges are
 *     not known
 * @param version the stored budget's version, or null for a budget that is not stored
 */
public record CallsForFundsPlan(BuildingId building, YearlyBudget budget, CallFrequency frequency,
    CallsForFunds calls, ReserveFundCheck reserveCheck, Long version) {

  /**
   * A plan.
   *
   * @param building the building
   * @param budget the yearly budget
   * @param frequency how often funds are called
   * @param calls every lot's call of every period (working capital and reserve apart)
   * @param reserveCheck the reserve fund's 5% check, or null when last year's ordinary charges are
   *     not known
   * @param version the stored budget's version, or null for a budget that is not stored
   * @throws NullPointerException when the building, the budget, the frequency or the calls are null
   */
  public CallsForFundsPlan {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(calls, "calls");
  }
}
