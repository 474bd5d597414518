/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.util.Objects;

/**
 * A surplus allocation as the association's assembly decided it: the year's accounts and the
 * plan it voted, under the deciding resolution's reference. The allocation itself is never
 * stored: {@link #allocation()} computes it again from the accounts and the plan, so a stored
 * decision always answers what the library's rules answer. Immutable.
 *
 * @param resolution the resolution that decided it, never null
 * @param year the financial year
 * @param accounts the year's accounts, never null
 * @param plan the plan voted, never null
 */
public record DecidedSurplusAllocation(
    ResolutionReference resolution, int year, AssociationAccounts accounts, SurplusPlan plan) {

  /**
   * Checks that every part is given.
   *
   * @param resolution the resolution that decided it
   * @param year the financial year
   * @param accounts the year's accounts
   * @param plan the plan voted
   * @throws NullPointerException when the resolution, the accounts or the plan is null
   */
  public DecidedSurplusAllocation {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * The allocation the decision gives: {@link SurplusAllocation#allocate} on the accounts and
   * the plan.
   *
   * @return the surplus, its margin, the amount of each destination, the reserve's coverage and
   *     the price decrease proposed, if any
   */
  public SurplusAllocationResult allocation() {
    return SurplusAllocation.allocate(accounts, plan);
  }
}
