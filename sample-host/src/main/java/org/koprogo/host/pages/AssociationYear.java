/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.assembly.ResolutionId;

/**
 * What the association's books hold for one closed year, and which assembly decided on it.
 *
 * @param association the association's name
 * @param year the year reported on
 * @param price the monthly price's history (each period names the resolution that set it)
 * @param quarters the year's quarters in order, at least one; copied
 * @param plan the participatory budget put to the assembly
 * @param assemblyId the id of the assembly that voted on the year (see {@link TransparencySource#assembly})
 * @param allocationResolution the resolution that voted the plan
 * @param priceResolution the resolution that voted the proposed price decrease, or null
 * @param newPriceFrom the day a price voted by {@code priceResolution} applies from, or null
 * @param scaleTiers member counts at which the page shows what the price brings (the mission's
 *     example tiers); copied
 */
public record AssociationYear(
    String association,
    int year,
    MonthlyPrice price,
    List<QuarterRecord> quarters,
    SurplusPlan plan,
    String assemblyId,
    ResolutionId allocationResolution,
    ResolutionId priceResolution,
    LocalDate newPriceFrom,
    List<Long> scaleTiers) {
  public AssociationYear {
    Objects.requireNonNull(association, "association");
    Objects.requireNonNull(price, "price");
    quarters = List.copyOf(quarters);
    if (quarters.isEmpty()) {
      throw new IllegalArgumentException("a year needs at least one quarter");
    }
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(assemblyId, "assemblyId");
    Objects.requireNonNull(allocationResolution, "allocationResolution");
    if (priceResolution != null) {
      Objects.requireNonNull(newPriceFrom, "newPriceFrom");
    }
    scaleTiers = List.copyOf(scaleTiers);
  }
}
