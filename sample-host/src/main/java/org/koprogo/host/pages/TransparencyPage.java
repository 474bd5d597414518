/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Fraction;

/**
 * {@code GET /transparency}: the association's year in figures, every one computed by the library
 * ({@link TransparencyFigures}): co-ownerships served, real costs by category, cost price per
 * co-ownership and month beside the price charged, surplus and margin, revenue against costs per
 * quarter (chart and table), how the assembly allocated the surplus with its vote, and what the
 * price brings at each scale. Laid out by {@code pages/templates/transparency.html}.
 */
final class TransparencyPage {
  /** The page's path. */
  static final String PATH = "/transparency";
  /** Where the page's inputs are published. */
  static final String DATA_PATH = "/transparency/data.json";
  /** A share of nothing. */
  private static final String NONE = "\u2014";

  private TransparencyPage() {}

  /**
   * A cost category with its share of the year's costs.
   *
   * @param line the category and its amount
   * @param share its share of the costs, written ("15.94%"), or a dash when the costs are zero
   */
  public record CostShare(CostLine line, String share) {}

  /**
   * A vote of the assembly that decided on the year, with what the page says of it.
   *
   * @param assembly the assembly
   * @param count the resolution's count
   * @param title the resolution's title (its id when the agenda has no title for it)
   * @param results the path of the assembly's results page
   */
  public record Vote(AssemblyRecord assembly, VoteCount count, String title, String results) {}

  /** The page in {@code language}. */
  static String render(TransparencyFigures f, PageLanguage language) {
    PageTexts t = PageTexts.of(language);
    PageFormats fmt = new PageFormats(language);
    AssociationAccounts accounts = f.accounts();
    SurplusAllocationResult allocation = f.allocation();
    String year = Integer.toString(f.year().year());
    QuarterlyTransparencyReport last = f.quarters().get(f.quarters().size() - 1);

    Map<String, Object> v = new HashMap<>();
    v.put("f", f);
    v.put("a", accounts);
    v.put("r", allocation);
    v.put("year", year);
    v.put("contributors", last.membersByRate().get(MembershipRate.CONTRIBUTOR));
    v.put("maintainers", last.membersByRate().get(MembershipRate.MAINTAINER));
    v.put("priceCovers", accounts.monthlyPrice().compareTo(accounts.costPricePerMemberMonthly()) >= 0);
    v.put("costs", costShares(fmt, accounts));
    v.put("allCosts", fmt.percent(Fraction.ONE));
    v.put("chart", CostRevenueChart.of(fmt, f.quarters()));
    v.put("allocationVote", f.assembly().flatMap(assembly -> f.allocationVote().map(vote -> new Vote(assembly, vote,
        assembly.item(vote.resolution()).map(AgendaItem::title).orElse(vote.resolution().value()),
        AssemblyResultsPage.path(assembly.organisation(), assembly.id())))).orElse(null));
    v.put("voted", f.year().decision().accounts());
    v.put("coverage", allocation.reserveCoverage().orElse(null));
    v.put("decrease", allocation.proposedPriceDecrease().orElse(null));
    MonthlyPrice.Period newPrice = f.newPrice().orElse(null);
    VoteCount priceVote = f.priceVote().orElse(null);
    v.put("newPrice", newPrice != null && priceVote != null ? newPrice : null);
    v.put("priceVote", newPrice != null && priceVote != null ? priceVote : null);
    v.put("firstTier", f.tiers().isEmpty() ? null : f.tiers().get(0));

    String title = t.get("transparency.title", "year", year);
    PageLayout.Frame frame = new PageLayout.Frame(language, title, PATH, nav(t, assemblyPath(f)), DATA_PATH);
    return PageTemplates.render("transparency", frame, v);
  }

  private static List<CostShare> costShares(PageFormats fmt, AssociationAccounts a) {
    Fraction total = a.totalCosts().toFraction();
    List<CostShare> shares = new ArrayList<>();
    for (CostLine c : a.costs()) {
      shares.add(new CostShare(c, total.isZero() ? NONE : fmt.percent(c.amount().toFraction().dividedBy(total))));
    }
    return shares;
  }

  /**
   * The site navigation: this page and, when its minutes are public, the assembly that decided on
   * the year ({@code assemblyPath}, or null).
   */
  static List<PageLayout.NavLink> nav(PageTexts t, String assemblyPath) {
    PageLayout.NavLink transparency = new PageLayout.NavLink(PATH, t.get("nav.transparency"));
    return assemblyPath == null
        ? List.of(transparency)
        : List.of(transparency, new PageLayout.NavLink(assemblyPath, t.get("nav.assembly")));
  }

  /** The page of the assembly that decided on the year, or null when its minutes are not public. */
  static String assemblyPath(TransparencyFigures f) {
    return f.assembly().map(a -> AssemblyResultsPage.path(a.organisation(), a.id())).orElse(null);
  }

  static Map<String, Object> data(TransparencyFigures f) {
    return CalculationInputs.surplusAllocation(f.year().decision().accounts(), f.year().plan());
  }
}
