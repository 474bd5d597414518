/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;

/**
 * {@code GET /transparency}: the association's year in figures, every one computed by the library
 * ({@link TransparencyFigures}): co-ownerships served, real costs by category, cost price per
 * co-ownership and month beside the price charged, surplus and margin, revenue against costs per
 * quarter (chart and table), how the assembly allocated the surplus with its vote, and what the
 * price brings at each scale.
 */
final class TransparencyPage {
  /** The page's path. */
  static final String PATH = "/transparency";
  /** Where the page's inputs are published. */
  static final String DATA_PATH = "/transparency/data.json";

  private TransparencyPage() {}

  /** The page in {@code language}. */
  static String render(TransparencyFigures f, PageLanguage language) {
    PageTexts t = PageTexts.of(language);
    PageFormats fmt = new PageFormats(language);
    AssociationAccounts accounts = f.accounts();
    SurplusAllocationResult allocation = f.allocation();
    String year = Integer.toString(f.year().year());
    Html h = PageLayout.open(
        t, t.get("transparency.title", "year", year), PATH, nav(t, assemblyPath(f)));

    h.element("h1", t.get("transparency.title", "year", year)).newline();
    h.element("p", t.get("transparency.lead", "association", f.year().association(), "year", year),
        "class", "lead").newline();

    keyFigures(h, t, fmt, f);
    costsByCategory(h, t, fmt, accounts, year);
    quarters(h, t, fmt, f.quarters());
    allocation(h, t, fmt, f);
    scale(h, t, fmt, f);

    return PageLayout.close(h, t, DATA_PATH);
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

  private static void keyFigures(Html h, PageTexts t, PageFormats fmt, TransparencyFigures f) {
    AssociationAccounts a = f.accounts();
    QuarterlyTransparencyReport last = f.quarters().get(f.quarters().size() - 1);
    h.open("section", "aria-labelledby", "key-figures").newline();
    h.element("h2", t.get("key.heading"), "id", "key-figures").newline();
    h.open("dl", "class", "figures").newline();
    figure(h, "members", Long.toString(a.members()), t.get("key.members"), fmt.integer(a.members()),
        t.get("key.members.detail",
            "contributors", fmt.integer(last.membersByRate().get(MembershipRate.CONTRIBUTOR)),
            "maintainers", fmt.integer(last.membersByRate().get(MembershipRate.MAINTAINER))));
    figure(h, "costs", a.totalCosts().toPlainString(), t.get("key.costs", "year", Integer.toString(f.year().year())),
        fmt.money(a.totalCosts()), null);
    figure(h, "cost-price", a.costPricePerMemberMonthly().toPlainString(), t.get("key.costPrice"), fmt.money(a.costPricePerMemberMonthly()),
        t.get("key.costPrice.detail"));
    figure(h, "price", a.monthlyPrice().toPlainString(), t.get("key.price"), fmt.money(a.monthlyPrice()),
        t.get(a.monthlyPrice().compareTo(a.costPricePerMemberMonthly()) >= 0
            ? "key.price.covers" : "key.price.short"));
    figure(h, "surplus", a.surplus().toPlainString(), t.get("key.surplus"), fmt.money(a.surplus()), null);
    figure(h, "margin", a.marginPercent().toPlainString(), t.get("key.margin"), fmt.percent(a.marginPercent()),
        t.get("key.margin.detail"));
    h.close("dl").newline();
    h.close("section").newline();
  }

  /**
   * One key figure; {@code plain} is its unformatted value (as the API writes it), kept in a
   * {@code data-value} attribute for the end-to-end test.
   */
  private static void figure(
      Html h, String id, String plain, String label, String value, String detail) {
    h.open("div", "class", "figure", "data-figure", id);
    h.element("dt", label);
    h.open("dd").element("span", value, "class", "value", "data-value", plain);
    if (detail != null) {
      h.element("span", detail, "class", "detail");
    }
    h.close("dd").close("div").newline();
  }

  private static void costsByCategory(
      Html h, PageTexts t, PageFormats fmt, AssociationAccounts a, String year) {
    h.open("section", "aria-labelledby", "costs").newline();
    h.element("h2", t.get("costs.heading"), "id", "costs").newline();
    tableStart(h, "costs-table", t.get("costs.caption", "year", year));
    h.open("thead").open("tr")
        .element("th", t.get("costs.category"), "scope", "col")
        .element("th", t.get("costs.amount"), "scope", "col", "class", "num")
        .element("th", t.get("costs.share"), "scope", "col", "class", "num")
        .close("tr").close("thead").newline();
    h.open("tbody").newline();
    Fraction total = a.totalCosts().toFraction();
    for (CostLine c : a.costs()) {
      h.open("tr", "data-category", c.label())
          .element("th", label(t, "cost.", c.label()), "scope", "row")
          .element("td", fmt.money(c.amount()), "class", "num")
          .element("td", total.isZero() ? "—" : fmt.percent(c.amount().toFraction().dividedBy(total)),
              "class", "num")
          .close("tr").newline();
    }
    h.close("tbody").newline();
    h.open("tfoot").open("tr")
        .element("th", t.get("costs.total"), "scope", "row")
        .element("td", fmt.money(a.totalCosts()), "class", "num")
        .element("td", fmt.percent(Fraction.ONE), "class", "num")
        .close("tr").close("tfoot").newline();
    tableEnd(h);
    h.close("section").newline();
  }

  private static void quarters(
      Html h, PageTexts t, PageFormats fmt, List<QuarterlyTransparencyReport> quarters) {
    h.open("section", "aria-labelledby", "quarters").newline();
    h.element("h2", t.get("quarters.heading"), "id", "quarters").newline();
    h.open("figure", "class", "chart-figure").newline();
    CostRevenueChart.write(h, t, fmt, quarters);
    h.open("figcaption").open("ul", "class", "legend")
        .open("li").element("span", "", "class", "swatch swatch-revenue", "aria-hidden", "true")
        .text(t.get("quarters.revenue")).close("li")
        .open("li").element("span", "", "class", "swatch swatch-costs", "aria-hidden", "true")
        .text(t.get("quarters.costs")).close("li")
        .close("ul").element("p", t.get("quarters.tableNote")).close("figcaption").newline();
    h.close("figure").newline();
    tableStart(h, "quarters-table", t.get("quarters.caption"));
    h.open("thead").open("tr")
        .element("th", t.get("quarters.quarter"), "scope", "col")
        .element("th", t.get("quarters.members"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.revenue"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.costs"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.surplus"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.margin"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.costPrice"), "scope", "col", "class", "num")
        .element("th", t.get("quarters.price"), "scope", "col", "class", "num")
        .close("tr").close("thead").newline();
    h.open("tbody").newline();
    for (QuarterlyTransparencyReport q : quarters) {
      h.open("tr", "data-quarter", q.quarter().toString())
          .element("th", CostRevenueChart.quarterLabel(t, q.quarter()), "scope", "row")
          .element("td", fmt.integer(q.members()), "class", "num")
          .element("td", fmt.money(q.revenue()), "class", "num")
          .element("td", fmt.money(q.totalCosts()), "class", "num")
          .element("td", fmt.money(q.surplus()), "class", "num")
          .element("td", q.margin().map(fmt::percent).orElse("—"), "class", "num")
          .element("td", fmt.money(q.costPricePerMemberMonthly()), "class", "num")
          .element("td", fmt.money(q.monthlyPrice()), "class", "num")
          .close("tr").newline();
    }
    h.close("tbody").newline();
    tableEnd(h);
    h.close("section").newline();
  }

  private static void allocation(Html h, PageTexts t, PageFormats fmt, TransparencyFigures f) {
    SurplusAllocationResult r = f.allocation();
    h.open("section", "aria-labelledby", "allocation").newline();
    h.element("h2", t.get("allocation.heading"), "id", "allocation").newline();
    Optional<VoteCount> vote = f.allocationVote();
    if (f.assembly().isPresent() && vote.isPresent()) {
      AssemblyRecord assembly = f.assembly().get();
      String title = assembly.item(vote.get().resolution()).map(AgendaItem::title)
          .orElse(vote.get().resolution().value());
      h.open("p", "data-vote", "allocation").text(t.get("allocation.vote",
          "date", fmt.date(assembly.date()),
          "resolution", vote.get().resolution().value(),
          "title", title,
          "outcome", t.get("outcome.sentence." + vote.get().outcome().name()),
          "for", fmt.votes(vote.get().forVotes()),
          "against", fmt.votes(vote.get().against()),
          "abstained", fmt.votes(vote.get().abstained()),
          "majority", AssemblyResultsPage.majorityText(t, "majority.", vote.get().majority().majority()))
          + " ")
          .element("a", t.get("allocation.results"),
              "href", PageLayout.href(AssemblyResultsPage.path(assembly.organisation(), assembly.id()), t.language()))
          .close("p").newline();
    } else {
      h.element("p", t.get("allocation.noMinutes")).newline();
    }
    if (!f.decidedOnTheBooks()) {
      AssociationAccounts voted = f.year().decision().accounts();
      h.element("p", t.get("allocation.notOnTheBooks",
          "revenue", fmt.money(voted.revenue()), "costs", fmt.money(voted.totalCosts()),
          "booksRevenue", fmt.money(f.accounts().revenue()),
          "booksCosts", fmt.money(f.accounts().totalCosts())),
          "class", "callout warning", "data-check", "not-on-the-books").newline();
    }
    tableStart(h, "allocation-table", t.get("allocation.caption", "surplus", fmt.money(r.surplus())));
    h.open("thead").open("tr")
        .element("th", t.get("allocation.destination"), "scope", "col")
        .element("th", t.get("allocation.percent"), "scope", "col", "class", "num")
        .element("th", t.get("allocation.amount"), "scope", "col", "class", "num")
        .close("tr").close("thead").newline();
    h.open("tbody").newline();
    for (Destination d : f.year().plan().destinations()) {
      h.open("tr", "data-destination", d.id())
          .element("th", label(t, "destination.", d.id()), "scope", "row")
          .element("td", fmt.percent(d.percent()), "class", "num")
          .element("td", fmt.money(r.allocationOf(d.id())), "class", "num",
              "data-value", r.allocationOf(d.id()).toPlainString())
          .close("tr").newline();
    }
    h.close("tbody").newline();
    tableEnd(h);

    r.reserveCoverage().ifPresent(c -> h.element("p", t.get(
        c.covered() ? "allocation.reserve.covered" : "allocation.reserve.short",
        "months", Integer.toString(f.year().plan().reserve().months()),
        "target", fmt.money(c.target()),
        "current", fmt.money(f.year().plan().reserve().current()),
        "shortfall", fmt.money(c.shortfall()),
        "share", fmt.money(r.allocationOf(f.year().plan().reserve().destination())))).newline());
    String threshold = fmt.percent(f.year().plan().thresholdPercent());
    if (r.priceDecreaseEligible()) {
      h.element("p", t.get("allocation.eligible",
          "margin", fmt.percent(r.marginPercent()), "threshold", threshold)).newline();
    } else {
      h.element("p", t.get("allocation.notEligible",
          "margin", fmt.percent(r.marginPercent()), "threshold", threshold)).newline();
    }
    r.proposedPriceDecrease().ifPresent(d -> h.element("p", t.get("allocation.decrease",
        "perMember", fmt.money(d.perMemberMonthly()),
        "price", fmt.money(f.accounts().monthlyPrice()),
        "newPrice", fmt.money(d.newMonthlyPrice()),
        "costPrice", fmt.money(r.costPricePerMemberMonthly()))).newline());
    Optional<MonthlyPrice.Period> newPrice = f.newPrice();
    Optional<VoteCount> priceVote = f.priceVote();
    if (newPrice.isPresent() && priceVote.isPresent()) {
      h.open("p", "class", "callout", "data-vote", "price").text(t.get("allocation.priceVoted",
          "resolution", priceVote.get().resolution().value(),
          "for", fmt.votes(priceVote.get().forVotes()),
          "against", fmt.votes(priceVote.get().against()),
          "abstained", fmt.votes(priceVote.get().abstained()),
          "newPrice", fmt.money(newPrice.get().price()),
          "from", fmt.date(newPrice.get().effectiveFrom()))).close("p").newline();
    }
    h.close("section").newline();
  }

  private static void scale(Html h, PageTexts t, PageFormats fmt, TransparencyFigures f) {
    if (f.tiers().isEmpty()) {
      return;
    }
    Money price = f.accounts().monthlyPrice();
    h.open("section", "aria-labelledby", "scale").newline();
    h.element("h2", t.get("scale.heading"), "id", "scale").newline();
    TransparencyFigures.ScaleTier first = f.tiers().get(0);
    h.element("p", t.get("scale.lead",
        "members", fmt.integer(first.members()), "price", fmt.money(price),
        "yearly", fmt.money(first.yearly()))).newline();
    tableStart(h, "scale-table", t.get("scale.caption", "price", fmt.money(price)));
    h.open("thead").open("tr")
        .element("th", t.get("scale.members"), "scope", "col", "class", "num")
        .element("th", t.get("scale.monthly"), "scope", "col", "class", "num")
        .element("th", t.get("scale.yearly"), "scope", "col", "class", "num")
        .element("th", t.get("scale.costs"), "scope", "col", "class", "num")
        .close("tr").close("thead").newline();
    h.open("tbody").newline();
    Money costs = f.accounts().totalCosts();
    for (TransparencyFigures.ScaleTier tier : f.tiers()) {
      h.open("tr", "data-tier", Long.toString(tier.members()))
          .element("th", fmt.integer(tier.members()), "scope", "row", "class", "num")
          .element("td", fmt.money(tier.monthly()), "class", "num")
          .element("td", fmt.money(tier.yearly()), "class", "num")
          .element("td", fmt.money(tier.yearly().minus(costs)), "class", "num")
          .close("tr").newline();
    }
    h.close("tbody").newline();
    tableEnd(h);
    h.element("p", t.get("scale.note", "costs", fmt.money(costs),
        "year", Integer.toString(f.year().year()))).newline();
    h.close("section").newline();
  }

  /**
   * A table in a keyboard-scrollable region, so that a wide table never breaks a 360 px page. Its
   * title stands above the region (a caption would be as wide as the table and scroll away with
   * it) and names both the region and the table.
   */
  static void tableStart(Html h, String id, String title) {
    h.element("p", title, "class", "table-title", "id", id + "-title").newline();
    h.open("div", "class", "table-scroll", "role", "region", "aria-labelledby", id + "-title",
        "tabindex", "0").newline();
    h.open("table", "id", id, "aria-labelledby", id + "-title").newline();
  }

  static void tableEnd(Html h) {
    h.close("table").close("div").newline();
  }

  /** The page text for a data label ({@code cost.staff}), or the label itself. */
  static String label(PageTexts t, String prefix, String label) {
    return t.find(prefix + label).orElse(label);
  }

  static Map<String, Object> data(TransparencyFigures f) {
    return CalculationInputs.surplusAllocation(f.year().decision().accounts(), f.year().plan());
  }
}
