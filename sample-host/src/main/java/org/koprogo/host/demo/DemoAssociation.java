/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.DecidedSurplusAllocation;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MembershipPricing;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.PriceChangeDecision;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.association.VotingBasis;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.RegisterOrganisation;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.RegisterConvenedAssembly;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.QuarterBooks;
import org.koprogo.ports.out.RecordedVotes;

/**
 * The demo association ({@value #ORGANISATION}), stored through the library's use cases as an
 * embedder would: its books for 2025 (members growing from 1,200 to 1,500 co-ownerships, contributors at
 * half price and maintainers free, real costs by category), its price history (5.00 EUR a month
 * since 2024), its general assembly of 21 March 2026 with the votes of its members, the surplus
 * allocation that assembly decided, and the price decrease it adopted.
 *
 * <p>Only inputs are typed in (members, rates, cost lines, the plan, attendance and ballots).
 * The accounts the assembly decided on are computed from the books by the library, the
 * outcomes are counted by the library, and the new price is the one {@link SurplusAllocation}
 * proposes, set through {@link MonthlyPrice#change} because the assembly adopted it.
 */
public final class DemoAssociation {
  /** The association's organisation id (the host's {@code koprogo.association.organisation}). */
  public static final String ORGANISATION = "koprogo";
  /** Its name. */
  public static final String NAME = "KoproGo ASBL";
  /** Its assembly that decided on 2025. */
  public static final String ASSEMBLY = "ga-2026";
  /** The resolution approving the accounts. */
  public static final String ACCOUNTS = "accounts-2025";
  /** The resolution allocating the surplus. */
  public static final String SURPLUS = "surplus-2025";
  /** The resolution lowering the price. */
  public static final String PRICE = "price-2026";

  private static final String ACTOR = "demo";
  private static final int MAINTAINERS = 8;
  private static final int CONTRIBUTORS = 14;

  private DemoAssociation() {}

  static void load(DemoUseCases uses) {
    uses.organisations().register(new RegisterOrganisation.Command(ORGANISATION, NAME,
        Organisation.Kind.ASSOCIATION));
    MonthlyPrice price = initialPrice();
    MonthlyPrice.Period first = price.history().get(0);
    uses.prices().start(new KeepMonthlyPrice.FirstPrice(ORGANISATION, first.price().toPlainString(),
        first.price().currency().getCurrencyCode(), first.effectiveFrom(), first.resolution().value(), ACTOR));
    List<QuarterBooks> quarters = books();
    for (QuarterBooks q : quarters) {
      List<KeepAssociationBooks.MemberRate> members = new ArrayList<>();
      for (Membership m : q.memberships()) {
        members.add(new KeepAssociationBooks.MemberRate(m.member().value(), m.rate().name()));
      }
      List<CostEntry> costs = new ArrayList<>();
      for (CostLine c : q.costs()) {
        costs.add(new CostEntry(c.label(), c.amount().toPlainString()));
      }
      uses.associationBooks().record(new KeepAssociationBooks.QuarterEntry(ORGANISATION, q.quarter().toString(),
          "EUR", members, costs, null, ACTOR));
    }
    Assembly convened = assembly();
    List<RegisterConvenedAssembly.Item> items = new ArrayList<>();
    for (Assembly.Resolution r : convened.resolutions()) {
      items.add(new RegisterConvenedAssembly.Item(r.id(), r.title(), r.majority()));
    }
    uses.convenedAssemblies().register(new RegisterConvenedAssembly.Command(ORGANISATION, ASSEMBLY, null,
        convened.heldOn(), convened.session(), convened.rules(), items, ACTOR));
    KeepAssemblyMinutes.Counted counted =
        uses.minutes().record(new AssemblyRef(ORGANISATION, ASSEMBLY, null, ACTOR), votes());

    DecidedSurplusAllocation decision = decision(accounts(quarters, price));
    uses.surplus().decide(surplusDecision(decision));
    boolean adopted = counted.assembly().resolutions().stream()
        .anyMatch(r -> r.id().equals(PRICE) && "ADOPTED".equals(r.outcome()));
    MonthlyPrice after = priceAfter(price, decision, adopted);
    if (after != price) {
      MonthlyPrice.Period latest = after.history().get(after.history().size() - 1);
      uses.prices().change(new KeepMonthlyPrice.PriceDecision(ORGANISATION, latest.resolution().value(),
          VotingBasis.ONE_MEMBER_ONE_VOTE.name(), true, latest.price().toPlainString(), latest.effectiveFrom(),
          ACTOR));
    }
  }

  /** The decision as the surplus use case takes it: the accounts and the plan, as text. */
  private static AllocateSurplus.SurplusDecision surplusDecision(DecidedSurplusAllocation decision) {
    AssociationAccounts accounts = decision.accounts();
    SurplusPlan plan = decision.plan();
    List<CostEntry> costs = new ArrayList<>();
    for (CostLine c : accounts.costs()) {
      costs.add(new CostEntry(c.label(), c.amount().toPlainString()));
    }
    List<AllocateSurplus.Share> shares = new ArrayList<>();
    for (Destination d : plan.destinations()) {
      shares.add(new AllocateSurplus.Share(d.id(), d.percent().toPlainString()));
    }
    ReservePolicy reserve = plan.reserve();
    return new AllocateSurplus.SurplusDecision(ORGANISATION, decision.resolution().value(), decision.year(),
        accounts.revenue().currency().getCurrencyCode(), accounts.revenue().toPlainString(), costs,
        accounts.members(), accounts.monthlyPrice().toPlainString(), shares,
        plan.thresholdPercent().toPlainString(), plan.priceDecreaseDestination(),
        reserve == null ? null : new AllocateSurplus.Reserve(reserve.current().toPlainString(), reserve.months(),
            reserve.destination()),
        ACTOR);
  }

  /** The price since the association's founding: 5.00 EUR a month. */
  public static MonthlyPrice initialPrice() {
    return MonthlyPrice.initial(
        eur("5.00"), LocalDate.of(2024, 1, 1), ResolutionReference.of("founding-2024"));
  }

  /**
   * The books of 2025: members m0001..m0008 are maintainers, m0009..m0022 contributors, the
   * others standard; each quarter's roster is the first members who had joined by then.
   */
  public static List<QuarterBooks> books() {
    OrganisationId org = OrganisationId.of(ORGANISATION);
    return List.of(
        quarter(org, 1, 6, 10, 1184, "infrastructure", "540.00", "staff", "3960.00",
            "accounting", "450.00", "insurance", "120.00"),
        quarter(org, 2, 6, 12, 1302, "infrastructure", "585.00", "staff", "3960.00",
            "accounting", "300.00", "insurance", "120.00"),
        quarter(org, 3, 7, 13, 1390, "infrastructure", "610.00", "staff", "4290.00",
            "accounting", "300.00", "insurance", "120.00"),
        quarter(org, 4, 8, 14, 1478, "infrastructure", "655.00", "staff", "4290.00",
            "accounting", "900.00", "insurance", "120.00", "infrastructure", "1200.00"));
  }

  /** The assembly of 21 March 2026 as convened (version 0, no outcome yet). */
  public static Assembly assembly() {
    return new Assembly(OrganisationId.of(ORGANISATION), AssemblyId.of(ASSEMBLY), null,
        LocalDate.of(2026, 3, 21), "FIRST", "ONE_MEMBER_ONE_VOTE", "CONVENED",
        List.of(
            new Assembly.Resolution(ACCOUNTS, "Approval of the 2025 accounts", "ABSOLUTE", null),
            new Assembly.Resolution(SURPLUS, "Allocation of the 2025 surplus (participatory budget)",
                "ABSOLUTE", null),
            new Assembly.Resolution(PRICE, "Lower monthly price from 1 April 2026", "ABSOLUTE", null)),
        0);
  }

  /** The participatory budget the assembly voted, on {@code accounts} (the books' 2025 accounts). */
  public static DecidedSurplusAllocation decision(AssociationAccounts accounts) {
    SurplusPlan plan = new SurplusPlan(
        List.of(
            Destination.of("solidarity", "30"),
            Destination.of("price_decrease", "25"),
            Destination.of("features", "25"),
            Destination.of("reserve", "15"),
            Destination.of("research", "5")),
        SurplusPlan.DEFAULT_THRESHOLD_PERCENT,
        "price_decrease",
        ReservePolicy.of(eur("2000.00"), 3));
    ResolutionReference surplus = ResolutionReference.of(ASSEMBLY + "/" + SURPLUS);
    return new DecidedSurplusAllocation(surplus, 2025, accounts, plan);
  }

  /**
   * The price after the assembly: the decrease {@link SurplusAllocation} proposes, from 1 April
   * 2026, when the assembly adopted it; {@code price} itself otherwise.
   */
  public static MonthlyPrice priceAfter(MonthlyPrice price, DecidedSurplusAllocation decision,
      boolean adopted) {
    SurplusAllocationResult allocation = SurplusAllocation.allocate(decision.accounts(), decision.plan());
    if (!adopted || allocation.proposedPriceDecrease().isEmpty()) {
      return price;
    }
    return price.change(new PriceChangeDecision(
        ResolutionReference.of(ASSEMBLY + "/" + PRICE), VotingBasis.ONE_MEMBER_ONE_VOTE, true,
        allocation.proposedPriceDecrease().get().newMonthlyPrice(), LocalDate.of(2026, 4, 1)),
        Instant.parse("2026-03-21T18:00:00Z")).price();
  }

  /** The year's accounts from its quarters' reports: revenues and costs added up, year-end members and price. */
  public static AssociationAccounts accounts(List<QuarterBooks> quarters, MonthlyPrice price) {
    Money revenue = null;
    Map<String, Money> costs = new LinkedHashMap<>();
    QuarterlyTransparencyReport last = null;
    for (QuarterBooks q : quarters) {
      last = QuarterlyTransparencyReport.of(q.quarter(), q.memberships(), q.costs(),
          MembershipPricing.at(price.on(q.quarter().firstDay()).orElseThrow()));
      revenue = revenue == null ? last.revenue() : revenue.plus(last.revenue());
      for (CostLine c : q.costs()) {
        costs.merge(c.label(), c.amount(), Money::plus);
      }
    }
    List<CostLine> lines = new ArrayList<>();
    costs.forEach((label, amount) -> lines.add(CostLine.of(label, amount)));
    return new AssociationAccounts(revenue, lines, last.members(), last.monthlyPrice());
  }

  /**
   * The assembly's votes: every year-end member may vote; members 1 to 180 came, 181 to 220 gave
   * a proxy to member {@code n - 180}; on the accounts 198 for and 6 against, on the surplus 171
   * and 32, on the price 189 and 21, the others abstaining.
   */
  public static RecordedVotes votes() {
    List<QuarterBooks> quarters = books();
    List<RecordedVotes.Voter> owners = new ArrayList<>();
    for (Membership m : quarters.get(quarters.size() - 1).memberships()) {
      owners.add(new RecordedVotes.Voter(m.member().value(), BigDecimal.ONE));
    }
    List<RecordedVotes.Presence> attendance = new ArrayList<>();
    for (int n = 1; n <= 220; n++) {
      attendance.add(n <= 180
          ? new RecordedVotes.Presence(memberId(n), "PRESENT", null)
          : new RecordedVotes.Presence(memberId(n), "PROXY", memberId(n - 180)));
    }
    return new RecordedVotes("en", owners, null, attendance, List.of(
        vote(ACCOUNTS, 198, 6), vote(SURPLUS, 171, 32), vote(PRICE, 189, 21)));
  }

  private static RecordedVotes.Vote vote(String resolution, int forVotes, int against) {
    Map<String, String> ballots = new LinkedHashMap<>();
    for (int n = 1; n <= 220; n++) {
      ballots.put(memberId(n), n <= forVotes ? "FOR" : n <= forVotes + against ? "AGAINST" : "ABSTAIN");
    }
    return new RecordedVotes.Vote(resolution, ballots, List.of());
  }

  /**
   * Quarter {@code number} of 2025: the first {@code maintainers} maintainers, the first {@code
   * contributors} contributors and the first {@code standard} other members, and the cost lines
   * given as label, amount pairs.
   */
  private static QuarterBooks quarter(OrganisationId org, int number, int maintainers,
      int contributors, int standard, String... costs) {
    List<Membership> roster = new ArrayList<>();
    for (int n = 1; n <= maintainers; n++) {
      roster.add(Membership.maintainer(memberId(n)));
    }
    for (int n = 1; n <= contributors; n++) {
      roster.add(Membership.contributor(memberId(MAINTAINERS + n)));
    }
    for (int n = 1; n <= standard; n++) {
      roster.add(Membership.standard(memberId(MAINTAINERS + CONTRIBUTORS + n)));
    }
    List<CostLine> lines = new ArrayList<>();
    for (int i = 0; i < costs.length; i += 2) {
      lines.add(CostLine.of(costs[i], eur(costs[i + 1])));
    }
    return new QuarterBooks(org, Quarter.of(2025, number), roster, lines, 0);
  }

  private static String memberId(int n) {
    return String.format("m%04d", n);
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }
}
