/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.MembershipPricing;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.association.BookedQuarter;

/**
 * Every figure of the transparency page, computed by the library from the stored {@link
 * AssociationYear} and the minutes of the assembly that decided on it. Nothing here is typed in.
 *
 * @param year the inputs
 * @param quarters each quarter's {@link QuarterlyTransparencyReport}, in order
 * @param accounts the year's accounts from the books: the quarters' revenues and costs added up,
 *     the members and the price at the year's end
 * @param allocation the voted plan applied by {@link SurplusAllocation} to the accounts the
 *     assembly decided on (the stored decision)
 * @param decidedOnTheBooks true when the decision's accounts are the books' accounts
 * @param assembly the assembly that decided, if its minutes are public
 * @param votes the assembly's counted result, if its minutes are public
 * @param tiers what the year-end price brings at each scale tier
 */
public record TransparencyFigures(
    AssociationYear year,
    List<QuarterlyTransparencyReport> quarters,
    AssociationAccounts accounts,
    SurplusAllocationResult allocation,
    boolean decidedOnTheBooks,
    Optional<AssemblyRecord> assembly,
    Optional<AssemblyResult> votes,
    List<ScaleTier> tiers) {

  /**
   * What {@code members} members at the standard rate pay.
   *
   * @param members the number of members
   * @param monthly what they pay together per month
   * @param yearly what they pay together per year (twelve months)
   */
  public record ScaleTier(long members, Money monthly, Money yearly) {}

  /** Computes the figures of {@code year}; {@code assembly} is the assembly that decided on it. */
  public static TransparencyFigures of(AssociationYear year, Optional<AssemblyRecord> assembly) {
    List<QuarterlyTransparencyReport> quarters = new ArrayList<>();
    Money revenue = null;
    Map<String, Money> costs = new LinkedHashMap<>();
    for (BookedQuarter q : year.quarters()) {
      QuarterlyTransparencyReport report = report(q, year.price());
      quarters.add(report);
      revenue = revenue == null ? report.revenue() : revenue.plus(report.revenue());
      for (CostLine c : q.costs()) {
        costs.merge(c.label(), c.amount(), Money::plus);
      }
    }
    QuarterlyTransparencyReport last = quarters.get(quarters.size() - 1);
    List<CostLine> yearCosts = new ArrayList<>();
    costs.forEach((label, amount) -> yearCosts.add(CostLine.of(label, amount)));
    AssociationAccounts accounts =
        new AssociationAccounts(revenue, yearCosts, last.members(), last.monthlyPrice());
    SurplusAllocationResult allocation =
        SurplusAllocation.allocate(year.decision().accounts(), year.decision().plan());
    Optional<AssemblyResult> votes = assembly.map(AssemblyRecord::count);

    MembershipPricing pricing = MembershipPricing.at(accounts.monthlyPrice());
    List<ScaleTier> tiers = new ArrayList<>();
    for (long members : year.scaleTiers()) {
      Money yearly = pricing.yearlyRevenue(members);
      tiers.add(new ScaleTier(
          members, pricing.monthlyFee(MembershipRate.STANDARD).times(members), yearly));
    }
    return new TransparencyFigures(year, quarters, accounts, allocation,
        year.decision().accounts().equals(accounts), assembly, votes, tiers);
  }

  /** The library's report of quarter {@code q} at the price in force on its first day. */
  public static QuarterlyTransparencyReport report(BookedQuarter q, MonthlyPrice price) {
    Money monthly = price.on(q.quarter().firstDay())
        .orElseThrow(() -> new IllegalStateException("no price on " + q.quarter().firstDay()));
    return QuarterlyTransparencyReport.of(
        q.quarter(), q.memberships(), q.costs(), MembershipPricing.at(monthly));
  }

  public TransparencyFigures {
    Objects.requireNonNull(year, "year");
    quarters = List.copyOf(quarters);
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(votes, "votes");
    tiers = List.copyOf(tiers);
  }

  /** The count of the resolution that voted the plan, if the minutes are public. */
  public Optional<VoteCount> allocationVote() {
    return year.allocationResolution() == null
        ? Optional.empty()
        : votes.map(v -> v.resolutions().get(year.allocationResolution()));
  }

  /**
   * The first price period that starts after the year, if the books have one: the price the
   * assembly that decided on the year set.
   */
  public Optional<MonthlyPrice.Period> newPrice() {
    LocalDate yearEnd = LocalDate.of(year.year(), 12, 31);
    return year.price().history().stream().filter(p -> p.effectiveFrom().isAfter(yearEnd)).findFirst();
  }

  /**
   * The count of the resolution that set {@link #newPrice()}, when its reference ({@code
   * assembly/resolution}) names the assembly that decided on the year and its minutes are public.
   */
  public Optional<VoteCount> priceVote() {
    return newPrice().flatMap(p -> {
      String[] reference = TransparencySource.reference(p.resolution().value());
      if (reference == null || !reference[0].equals(year.assemblyId())) {
        return Optional.empty();
      }
      return votes.map(v -> v.resolutions().get(ResolutionId.of(reference[1])));
    });
  }
}
