/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.util.Objects;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusPlan;

/**
 * A surplus allocation as the association's assembly decided it: the year's accounts and the
 * plan it voted, stored under the deciding resolution's reference (the allocation itself is
 * computed again from them by {@code SurplusAllocation}).
 *
 * @param resolution the resolution that decided it
 * @param year the financial year
 * @param accounts the year's accounts
 * @param plan the plan voted
 */
public record DecidedSurplusAllocation(
    ResolutionReference resolution, int year, AssociationAccounts accounts, SurplusPlan plan) {
  public DecidedSurplusAllocation {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(plan, "plan");
  }
}
