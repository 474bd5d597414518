/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.time.ZoneOffset;
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
import org.koprogo.domain.association.PriceChangeDecision;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.association.VotingBasis;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Money;

/**
 * Every figure of the transparency page, computed by the library from an {@link AssociationYear}
 * and the minutes of the assembly that voted on it. Nothing here is typed in.
 *
 * @param year the inputs
 * @param quarters each quarter's {@link QuarterlyTransparencyReport}, in order
 * @param accounts the year's accounts: the quarters' revenues and costs added up, the members and
 *     the price at the year's end
 * @param allocation the plan applied to the year's accounts by {@link SurplusAllocation}
 * @param assembly the assembly that voted on the year, if the source has its minutes
 * @param votes the assembly's counted result, if the source has its minutes
 * @param priceAfterVote the price's history after the assembly's price resolution, when adopted
 * @param tiers what the year-end price brings at each scale tier
 */
public record TransparencyFigures(
    AssociationYear year,
    List<QuarterlyTransparencyReport> quarters,
    AssociationAccounts accounts,
    SurplusAllocationResult allocation,
    Optional<AssemblyRecord> assembly,
    Optional<AssemblyResult> votes,
    MonthlyPrice priceAfterVote,
    List<ScaleTier> tiers) {

  /**
   * What {@code members} members at the standard rate pay.
   *
   * @param members the number of members
   * @param monthly what they pay together per month
   * @param yearly what they pay together per year (twelve months)
   */
  public record ScaleTier(long members, Money monthly, Money yearly) {}

  /** Computes the figures of {@code year} from {@code source}. */
  public static TransparencyFigures of(TransparencySource source) {
    AssociationYear year = source.associationYear();
    List<QuarterlyTransparencyReport> quarters = new ArrayList<>();
    Money revenue = null;
    Map<String, Money> costs = new LinkedHashMap<>();
    for (QuarterRecord q : year.quarters()) {
      Money price = year.price().on(q.quarter().firstDay())
          .orElseThrow(() -> new IllegalStateException("no price on " + q.quarter().firstDay()));
      QuarterlyTransparencyReport report = QuarterlyTransparencyReport.of(
          q.quarter(), q.memberships(), q.costs(), MembershipPricing.at(price));
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
    SurplusAllocationResult allocation = SurplusAllocation.allocate(accounts, year.plan());

    Optional<AssemblyRecord> assembly = source.assembly(year.assemblyId());
    Optional<AssemblyResult> votes = assembly.map(AssemblyRecord::count);
    MonthlyPrice price = year.price();
    if (assembly.isPresent() && year.priceResolution() != null
        && allocation.proposedPriceDecrease().isPresent()) {
      VoteCount vote = votes.orElseThrow().resolutions().get(year.priceResolution());
      if (vote != null && vote.adopted()) {
        VotingBasis basis = assembly.get().rules().name().equals(OneMemberOneVote.NAME)
            ? VotingBasis.ONE_MEMBER_ONE_VOTE
            : VotingBasis.WEIGHTED_BY_SHARES;
        price = price.change(
            new PriceChangeDecision(
                ResolutionReference.of(year.priceResolution().value()), basis, true,
                allocation.priceDecrease().newMonthlyPrice(), year.newPriceFrom()),
            assembly.get().date().atStartOfDay().toInstant(ZoneOffset.UTC)).price();
      }
    }

    MembershipPricing pricing = MembershipPricing.at(accounts.monthlyPrice());
    List<ScaleTier> tiers = new ArrayList<>();
    for (long members : year.scaleTiers()) {
      Money yearly = pricing.yearlyRevenue(members);
      tiers.add(new ScaleTier(
          members, pricing.monthlyFee(MembershipRate.STANDARD).times(members), yearly));
    }
    return new TransparencyFigures(
        year, quarters, accounts, allocation, assembly, votes, price, tiers);
  }

  public TransparencyFigures {
    Objects.requireNonNull(year, "year");
    quarters = List.copyOf(quarters);
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(priceAfterVote, "priceAfterVote");
    tiers = List.copyOf(tiers);
  }

  /** The count of the resolution that voted the plan, if the minutes are known. */
  public Optional<VoteCount> allocationVote() {
    return votes.map(v -> v.resolutions().get(year.allocationResolution()));
  }

  /** The count of the resolution on the price, if there is one and the minutes are known. */
  public Optional<VoteCount> priceVote() {
    return year.priceResolution() == null
        ? Optional.empty()
        : votes.map(v -> v.resolutions().get(year.priceResolution()));
  }

  /** The price's new period set by the assembly, when its price resolution was adopted. */
  public Optional<MonthlyPrice.Period> newPrice() {
    List<MonthlyPrice.Period> before = year.price().history();
    List<MonthlyPrice.Period> after = priceAfterVote.history();
    return after.size() > before.size() ? Optional.of(after.get(after.size() - 1)) : Optional.empty();
  }
}
