/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.List;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.Attendees;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.MajorityRule;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.Quorum;
import org.koprogo.domain.assembly.RejectedProxy;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Fraction;

/**
 * {@code GET /assemblies/{organisation}/{assembly}/results}: an assembly's quorum and, for every resolution, the
 * majority it needed with its legal basis, the totals and the outcome, all counted by the
 * library's {@link org.koprogo.domain.assembly.AssemblyTally} from the minutes. Owners' names and
 * individual ballots are not shown: only totals.
 */
final class AssemblyResultsPage {
  /** How the library's articles start ("Civil Code art. 3.88 §1, 1°"). */
  private static final String CIVIL_CODE = "Civil Code art. ";
  /** The outcome shown for an item left unvoted at the closing (not one of the library's). */
  static final String POSTPONED = "POSTPONED";
  /** A figure an item that was not voted does not have. */
  private static final String NONE = "\u2014";

  private AssemblyResultsPage() {}

  /** The page's path for assembly {@code id} of {@code organisation}. */
  static String path(String organisation, String id) {
    return "/assemblies/" + Html.pathSegment(organisation) + "/" + Html.pathSegment(id) + "/results";
  }

  /** Where the assembly's inputs are published. */
  static String dataPath(String organisation, String id) {
    return "/assemblies/" + Html.pathSegment(organisation) + "/" + Html.pathSegment(id) + "/data.json";
  }

  /** The page in {@code language}. */
  static String render(AssemblyRecord assembly, List<PageLayout.NavLink> nav, PageLanguage language) {
    PageTexts t = PageTexts.of(language);
    PageFormats fmt = new PageFormats(language);
    AssemblyResult result = assembly.count();
    boolean members = assembly.rules().name().equals(OneMemberOneVote.NAME);
    String unit = members ? "votes.members" : "votes.shares";
    String path = path(assembly.organisation(), assembly.id());
    Html h = PageLayout.open(t, t.get("assembly.title", "body", assembly.body()), path, nav);

    h.element("h1", t.get("assembly.title", "body", assembly.body())).newline();
    h.open("p", "class", "lead").text(t.get("assembly.lead." + (members ? "members" : "owners"),
        "body", assembly.body(), "session", t.get("session." + assembly.session().name())) + " ")
        .element("time", fmt.date(assembly.date()), "datetime", PageFormats.iso(assembly.date()))
        .text(".").close("p").newline();
    h.element("p", t.find("rules." + assembly.rules().name()).orElse(assembly.rules().name()))
        .newline();

    quorum(h, t, fmt, result.quorum(), members);
    rejectedProxies(h, t, result.rejectedProxies());

    h.open("section", "aria-labelledby", "resolutions").newline();
    h.element("h2", t.get("assembly.resolutions"), "id", "resolutions").newline();
    summary(h, t, fmt, assembly, result, unit);
    for (AgendaItem item : assembly.agenda()) {
      if (item.postponed()) {
        postponed(h, t, item);
      } else {
        resolution(h, t, fmt, item, result.resolutions().get(item.resolution().id()), unit, members);
      }
    }
    h.close("section").newline();
    return PageLayout.close(h, t, dataPath(assembly.organisation(), assembly.id()));
  }

  private static void quorum(Html h, PageTexts t, PageFormats fmt, Quorum q, boolean members) {
    Attendees a = q.attendees();
    h.open("section", "aria-labelledby", "quorum").newline();
    h.element("h2", t.get("quorum.heading"), "id", "quorum").newline();
    h.open("dl", "class", "figures").newline();
    h.open("div", "class", "figure", "data-figure", "present")
        .element("dt", t.get(members ? "quorum.members" : "quorum.owners"))
        .open("dd").element("span", t.get("quorum.outOf",
            "part", fmt.integer(a.ownersPresent()), "whole", fmt.integer(a.ownersTotal())),
            "class", "value").close("dd").close("div").newline();
    if (!members) {
      h.open("div", "class", "figure", "data-figure", "shares")
          .element("dt", t.get("quorum.shares"))
          .open("dd").element("span", t.get("quorum.outOf",
              "part", fmt.votes(Fraction.of(a.sharesPresent())),
              "whole", fmt.votes(Fraction.of(a.sharesTotal()))), "class", "value")
          .close("dd").close("div").newline();
    }
    h.close("dl").newline();
    String outcome = q.reached() ? "quorum.reached." + q.rule().name() : "quorum.notReached";
    h.element("p", t.get(outcome), "class", q.reached() ? "callout" : "callout warning",
        "data-quorum", q.reached() ? "reached" : "not-reached").newline();
    h.close("section").newline();
  }

  private static void rejectedProxies(Html h, PageTexts t, List<RejectedProxy> rejected) {
    if (rejected.isEmpty()) {
      return;
    }
    h.open("section", "aria-labelledby", "proxies").newline();
    h.element("h2", t.get("proxies.heading"), "id", "proxies").newline();
    h.open("ul").newline();
    for (RejectedProxy r : rejected) {
      h.element("li", t.get("proxies.refused", "reason", t.get("proxies." + r.reason().name())))
          .newline();
    }
    h.close("ul").newline().close("section").newline();
  }

  private static void summary(Html h, PageTexts t, PageFormats fmt, AssemblyRecord assembly,
      AssemblyResult result, String unit) {
    TransparencyPage.tableStart(h, "results-table", t.get("assembly.summary"));
    h.open("thead").open("tr")
        .element("th", t.get("assembly.resolution"), "scope", "col")
        .element("th", t.get("assembly.majority"), "scope", "col")
        .element("th", t.get("assembly.for"), "scope", "col", "class", "num")
        .element("th", t.get("assembly.against"), "scope", "col", "class", "num")
        .element("th", t.get("assembly.abstained"), "scope", "col", "class", "num")
        .element("th", t.get("assembly.outcome"), "scope", "col")
        .close("tr").close("thead").newline();
    h.open("tbody").newline();
    for (AgendaItem item : assembly.agenda()) {
      if (item.postponed()) {
        String id = item.resolution().id().value();
        h.open("tr", "data-resolution", id)
            .open("th", "scope", "row").element("a", id, "href", "#resolution-" + id).close("th")
            .element("td", majorityText(t, "majority.short.", item.resolution().majority().majority()))
            .element("td", NONE, "class", "num").element("td", NONE, "class", "num")
            .element("td", NONE, "class", "num")
            .open("td").element("span", t.get("outcome.POSTPONED"), "class", "badge badge-postponed",
                "data-outcome", POSTPONED)
            .close("td")
            .close("tr").newline();
        continue;
      }
      VoteCount c = result.resolutions().get(item.resolution().id());
      h.open("tr", "data-resolution", c.resolution().value())
          .open("th", "scope", "row")
          .element("a", c.resolution().value(), "href", "#resolution-" + c.resolution().value())
          .close("th")
          .element("td", majorityText(t, "majority.short.", c.majority().majority()))
          .element("td", fmt.votes(c.forVotes()), "class", "num",
              "data-value", c.forVotes().toPlainString(4))
          .element("td", fmt.votes(c.against()), "class", "num",
              "data-value", c.against().toPlainString(4))
          .element("td", fmt.votes(c.abstained()), "class", "num",
              "data-value", c.abstained().toPlainString(4))
          .open("td").element("span", t.get("outcome." + c.outcome().name()),
              "class", "badge badge-" + c.outcome().name().toLowerCase(java.util.Locale.ROOT),
              "data-outcome", c.outcome().name())
          .close("td")
          .close("tr").newline();
    }
    h.close("tbody").newline();
    TransparencyPage.tableEnd(h);
    h.element("p", t.get(unit + ".note")).newline();
  }

  /** An item left unvoted at the closing: its title, "not voted (postponed)", no figures. */
  private static void postponed(Html h, PageTexts t, AgendaItem item) {
    String id = item.resolution().id().value();
    PageLanguage titleLanguage = item.language();
    h.open("article", "class", "resolution", "id", "resolution-" + id,
        "aria-labelledby", "resolution-" + id + "-title").newline();
    h.open("h3", "id", "resolution-" + id + "-title").text(id + " · ")
        .element("span", item.title(),
            "lang", titleLanguage == null || titleLanguage == t.language() ? null : titleLanguage.tag())
        .close("h3").newline();
    h.open("p").element("span", t.get("outcome.POSTPONED"), "class", "badge badge-postponed",
        "data-outcome", POSTPONED).close("p").newline();
    h.element("p", t.get("assembly.postponed")).newline();
    h.close("article").newline();
  }

  private static void resolution(Html h, PageTexts t, PageFormats fmt, AgendaItem item,
      VoteCount c, String unit, boolean members) {
    String id = c.resolution().value();
    PageLanguage titleLanguage = item.language();
    h.open("article", "class", "resolution", "id", "resolution-" + id,
        "aria-labelledby", "resolution-" + id + "-title").newline();
    h.open("h3", "id", "resolution-" + id + "-title").text(id + " · ")
        .element("span", item.title(),
            "lang", titleLanguage == null || titleLanguage == t.language() ? null : titleLanguage.tag())
        .close("h3").newline();
    h.open("p").element("span", t.get("outcome." + c.outcome().name()),
        "class", "badge badge-" + c.outcome().name().toLowerCase(java.util.Locale.ROOT),
        "data-outcome", c.outcome().name()).close("p").newline();
    h.open("dl", "class", "facts").newline();
    fact(h, t.get("assembly.majority"), majorityText(t, "majority.", c.majority().majority()));
    fact(h, t.get("assembly.basis"), legalBasis(t, c.majority(), members));
    Fraction cast = c.cast();
    fact(h, t.get("assembly.for"), t.get(unit, "votes", fmt.votes(c.forVotes()))
        + (cast.isZero() ? "" : " (" + t.get("assembly.ofCast",
            "percent", fmt.percent(c.forVotes().dividedBy(cast))) + ")"));
    fact(h, t.get("assembly.against"), t.get(unit, "votes", fmt.votes(c.against()))
        + (cast.isZero() ? "" : " (" + t.get("assembly.ofCast",
            "percent", fmt.percent(c.against().dividedBy(cast))) + ")"));
    fact(h, t.get("assembly.abstained"), t.get(unit, "votes", fmt.votes(c.abstained())));
    if (c.outcome() == Outcome.REJECTED) {
      fact(h, t.get("assembly.why"), whyRejected(t, fmt, c));
    }
    if (!item.resolution().excluded().isEmpty()) {
      fact(h, t.get("assembly.excluded"), t.get("assembly.excluded.count",
          "count", fmt.integer(item.resolution().excluded().size())));
    }
    if (!c.capped().isEmpty()) {
      fact(h, t.get("assembly.capped"), t.get("assembly.capped.count",
          "count", fmt.integer(c.capped().size())));
    }
    h.close("dl").newline();
    h.close("article").newline();
  }

  /** Why a resolution with a quorum was rejected, from its majority and its count. */
  static String whyRejected(PageTexts t, PageFormats fmt, VoteCount c) {
    MajorityRule majority = c.majority().majority();
    if (majority == Majority.UNANIMITY) {
      return t.get("why.UNANIMITY");
    }
    if (majority == Majority.UNANIMITY_OF_PRESENT) {
      return t.get("why.UNANIMITY_OF_PRESENT");
    }
    if (c.cast().isZero()) {
      return t.get("why.noVoteCast");
    }
    return t.get("why.ratio", "percent", fmt.percent(c.forVotes().dividedBy(c.cast())),
        "needed", majorityText(t, "majority.short.", majority));
  }

  /**
   * The page's text for a majority ({@code majority.TWO_THIRDS}); a majority rule the pages have
   * no text for (a jurisdiction added later) is written with the statute the library names.
   */
  static String majorityText(PageTexts t, String prefix, MajorityRule majority) {
    return t.find(prefix + majority.name()).orElseGet(majority::legalBasis);
  }

  private static void fact(Html h, String term, String value) {
    h.open("div").element("dt", term).element("dd", value).close("div").newline();
  }

  /**
   * The legal basis in the page's language: the article the library names for the decision
   * type ({@link DecisionType#article()}, "Civil Code art. 3.88 §1, 1°") written with the
   * language's name of the code, the decision described, the statutes for an association, and an
   * override's reason as the minutes give it.
   */
  static String legalBasis(PageTexts t, RequiredMajority majority, boolean members) {
    if (members) {
      return t.get("basis.statutes");
    }
    DecisionType type = majority.decisionType();
    String article = type == null ? majority.majority().legalBasis() : type.article();
    String basis = article.startsWith(CIVIL_CODE)
        ? t.get("basis.article", "article", article.substring(CIVIL_CODE.length()))
        : article;
    basis = basis.replace("(exception)", "(" + t.get("basis.exception") + ")");
    if (type != null) {
      basis = basis + " (" + t.get("decision." + type.name()) + ")";
    }
    if (majority.isOverridden()) {
      basis = basis + ", " + t.get("basis.overridden", "reason", majority.overrideReason());
    }
    return basis;
  }

  static java.util.Map<String, Object> data(AssemblyRecord assembly) {
    return CalculationInputs.generalAssembly(assembly);
  }
}
