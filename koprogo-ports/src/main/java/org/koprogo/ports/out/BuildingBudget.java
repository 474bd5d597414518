/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.ReserveFundWaiver;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.shared.Money;

/**
 * A building's yearly budget as the assembly adopted it (Civil Code art. 3.86 §3), stored whole in
 * the aggregate store under {@link #idOf} and the stable name {@code building.budget} (see {@link
 * StoredNames}): its lines (working capital: ordinary charges; reserve fund: extraordinary ones)
 * with their keys, how often funds are called, and what the reserve fund's 5% check needs.
 * Immutable.
 *
 * @param building the building
 * @param frequency how often funds are called
 * @param budget the budget's lines
 * @param previousYearOrdinaryCharges last year's ordinary charges, or null (then the previous
 *     year's stored budget is the basis of the check, if there is one)
 * @param reserveWaiver the assembly's vote to call less than the minimum, or null
 */
public record BuildingBudget(BuildingId building, CallFrequency frequency, YearlyBudget budget,
    Money previousYearOrdinaryCharges, ReserveFundWaiver reserveWaiver) {

  /**
   * A stored budget.
   *
   * @param building the building
   * @param frequency how often funds are called
   * @param budget the budget's lines
   * @param previousYearOrdinaryCharges last year's ordinary charges, or null (then the previous
   *     year's stored budget is the basis of the check, if there is one)
   * @param reserveWaiver the assembly's vote to call less than the minimum, or null
   * @throws NullPointerException when the building, the frequency or the budget is null
   */
  public BuildingBudget {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(budget, "budget");
  }

  /**
   * The store id of a building's budget of one year.
   *
   * @param building the building
   * @param yearStart the first day of the financial year
   * @return {@code building/yearStart}, for example {@code B1/2027-01-01}
   */
  public static String idOf(BuildingId building, LocalDate yearStart) {
    return building.value() + "/" + yearStart;
  }
}
