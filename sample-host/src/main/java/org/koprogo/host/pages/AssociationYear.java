/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.ports.in.association.BookedQuarter;

/**
 * What is stored for the association's last decided year: its books, its price history, and the
 * surplus allocation its assembly decided (with the accounts and the plan voted).
 *
 * @param organisation the association's organisation id
 * @param association the association's name
 * @param year the year reported on
 * @param price the monthly price's whole history (each period names the resolution that set it)
 * @param quarters the year's quarters from the books, in order, at least one; copied
 * @param decision the surplus allocation the assembly decided for the year
 * @param assemblyId the assembly that decided it, read from the decision's reference ({@code
 *     assembly/resolution}), or null when the reference names no assembly
 * @param allocationResolution the resolution that decided it, or null with {@code assemblyId}
 * @param scaleTiers member counts at which the page shows what the price brings (the mission's
 *     example tiers); copied
 */
public record AssociationYear(
    String organisation,
    String association,
    int year,
    MonthlyPrice price,
    List<BookedQuarter> quarters,
    DecidedSurplusAllocation decision,
    String assemblyId,
    ResolutionId allocationResolution,
    List<Long> scaleTiers) {
  public AssociationYear {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(price, "price");
    quarters = List.copyOf(quarters);
    if (quarters.isEmpty()) {
      throw new IllegalArgumentException("a year needs at least one quarter");
    }
    Objects.requireNonNull(decision, "decision");
    if ((assemblyId == null) != (allocationResolution == null)) {
      throw new IllegalArgumentException("an assembly and its resolution go together");
    }
    scaleTiers = List.copyOf(scaleTiers);
  }

  /** The plan the assembly voted. */
  public SurplusPlan plan() {
    return decision.plan();
  }
}
