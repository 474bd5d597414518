/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.budget;

import java.util.Objects;
import org.koprogo.domain.budget.ReserveFundCheck;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.BuildingBudget;

/**
 * A stored yearly budget with what its reserve fund's check was based on.
 *
 * @param id its store id ({@code building/yearStart})
 * @param version its optimistic-lock version
 * @param budget the budget
 * @param previousYearOrdinaryCharges the basis of the 5% check: given with the budget, else the
 *     previous year's stored budget's ordinary charges, else null
 * @param basis where that basis comes from, or null when there is none
 * @param reserveCheck the reserve fund's check, or null when there is no basis
 */
public record StoredBudget(String id, long version, BuildingBudget budget, Money previousYearOrdinaryCharges,
    Basis basis, ReserveFundCheck reserveCheck) {

  /**
   * A stored budget as read.
   *
   * @param id its store id ({@code building/yearStart})
   * @param version its optimistic-lock version
   * @param budget the budget
   * @param previousYearOrdinaryCharges the basis of the 5% check: given with the budget, else the
   *     previous year's stored budget's ordinary charges, else null
   * @param basis where that basis comes from, or null when there is none
   * @param reserveCheck the reserve fund's check, or null when there is no basis
   * @throws NullPointerException when the id or the budget is null
   */
  public StoredBudget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(budget, "budget");
  }

  /** Where last year's ordinary charges come from. */
  public enum Basis {
    /** Given with the budget. */
    GIVEN,
    /** The ordinary charges of the previous year's stored budget. */
    PREVIOUS_BUDGET
  }
}
