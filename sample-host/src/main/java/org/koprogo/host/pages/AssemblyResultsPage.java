/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.Attendees;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.shared.Fraction;

/**
 * {@code GET /assemblies/{organisation}/{assembly}/results}: an assembly's quorum and, for every resolution, the
 * majority it needed with its legal basis, the totals and the outcome, all counted by the
 * library's {@link org.koprogo.domain.assembly.AssemblyTally} from the minutes. Owners' names and
 * individual ballots are not shown: only totals. Laid out by {@code
 * pages/templates/assembly-results.html}.
 */
final class AssemblyResultsPage {
  /** The outcome shown for an item left unvoted at the closing (not one of the library's). */
  static final String POSTPONED = "POSTPONED";

  private AssemblyResultsPage() {}

  /**
   * One item of the agenda as the page shows it.
   *
   * @param item the item, its title and the language of the title
   * @param count its count, or null when it was postponed
   * @param titleLanguage the {@code lang} of the title when it differs from the page's, else null
   */
  public record Row(AgendaItem item, VoteCount count, String titleLanguage) {
    /** The resolution's id ("R1"). */
    public String id() {
      return item.resolution().id().value();
    }

    /** True when the item was left unvoted at the closing. */
    public boolean postponed() {
      return count == null;
    }

    /** The outcome's name ({@code ADOPTED}, {@code REJECTED}, {@code NO_QUORUM}, {@code POSTPONED}). */
    public String outcome() {
      return count == null ? POSTPONED : count.outcome().name();
    }

    /** The outcome for a class name ({@code adopted}). */
    public String outcomeClass() {
      return outcome().toLowerCase(Locale.ROOT);
    }

    /** True when the resolution was put to the vote and rejected. */
    public boolean rejected() {
      return count != null && count.outcome() == Outcome.REJECTED;
    }
  }

  /** The page's path for assembly {@code id} of {@code organisation}. */
  static String path(String organisation, String id) {
    return "/assemblies/" + pathSegment(organisation) + "/" + pathSegment(id) + "/results";
  }

  /** Where the assembly's inputs are published. */
  static String dataPath(String organisation, String id) {
    return "/assemblies/" + pathSegment(organisation) + "/" + pathSegment(id) + "/data.json";
  }

  /**
   * {@code text} as one segment of a URL path: UTF-8 percent-encoded, a space as {@code %20},
   * so that an id holding {@code /}, {@code ?} or {@code #} stays one segment.
   */
  static String pathSegment(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The page in {@code language}. */
  static String render(AssemblyRecord assembly, List<PageLayout.NavLink> nav, PageLanguage language) {
    PageTexts t = PageTexts.of(language);
    PageFormats fmt = new PageFormats(language);
    AssemblyResult result = assembly.count();
    boolean members = assembly.rules().name().equals(OneMemberOneVote.NAME);
    Attendees a = result.quorum().attendees();
    List<Row> rows = new ArrayList<>();
    for (AgendaItem item : assembly.agenda()) {
      PageLanguage titleLanguage = item.language();
      rows.add(new Row(item,
          item.postponed() ? null : result.resolutions().get(item.resolution().id()),
          titleLanguage == null || titleLanguage == language ? null : titleLanguage.tag()));
    }
    String title = t.get("assembly.title", "body", assembly.body());
    PageLayout.Frame frame = new PageLayout.Frame(language, title,
        path(assembly.organisation(), assembly.id()), nav, dataPath(assembly.organisation(), assembly.id()));
    return PageTemplates.render("assembly-results", frame, Map.of(
        "assembly", assembly,
        "result", result,
        "members", members,
        "unit", members ? "votes.members" : "votes.shares",
        "rules", t.find("rules." + assembly.rules().name()).orElse(assembly.rules().name()),
        "sharesPresent", fmt.votes(Fraction.of(a.sharesPresent())),
        "sharesTotal", fmt.votes(Fraction.of(a.sharesTotal())),
        "rows", rows));
  }

  static java.util.Map<String, Object> data(AssemblyRecord assembly) {
    return CalculationInputs.generalAssembly(assembly);
  }
}
