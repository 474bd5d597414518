/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.ResolutionId;

class AssemblyResultsPageTest {
  private static final List<PageLayout.NavLink> NAV =
      List.of(new PageLayout.NavLink("/transparency", "Transparency"));
  private final AssemblyRecord building = PagesFixtures.tilleuls();

  @Test
  void showsEveryResolutionsOutcomeAsTheLibraryCountsIt() {
    AssemblyResult counted = building.count();

    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(building, NAV, PageLanguage.EN));

    for (String id : List.of("R1", "R2", "R3", "R4", "R5")) {
      Outcome outcome = counted.resolutions().get(ResolutionId.of(id)).outcome();
      assertThat(page.text("//article[@id='resolution-" + id + "']//span/@data-outcome"))
          .as(id).isEqualTo(outcome.name());
    }
    assertThat(page.texts("//article//span/@data-outcome")).containsExactly(
        "ADOPTED", "ADOPTED", "REJECTED", "REJECTED", "ADOPTED");
  }

  @Test
  void givesTheMajorityTheLegalBasisAndTheTotalsOfEachResolution() {
    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(building, NAV, PageLanguage.EN));

    assertThat(facts(page, "R2")).containsExactly(
        "two-thirds majority of the votes cast",
        "Civil Code art. 3.88 §1, 1°, b) (works on the common parts)",
        "685 shares (80.12% of the votes cast)",
        "170 shares (19.88% of the votes cast)",
        "70 shares");
    assertThat(facts(page, "R3").get(0)).isEqualTo("four-fifths majority of the votes cast");
    assertThat(facts(page, "R3").get(2)).isEqualTo("525 shares (61.40% of the votes cast)");
    assertThat(facts(page, "R4").subList(0, 2)).containsExactly(
        "unanimity of all co-owners",
        "Civil Code art. 3.88 §3 (a change of the distribution of the shares in the common parts)");
    assertThat(facts(page, "R3")).contains("61.40% of the votes cast were for; the majority needed is 4/5.");
    assertThat(facts(page, "R4")).contains("925 shares (100.00% of the votes cast)")
        .contains("Unanimity needs every co-owner of the building who is not excluded to vote for: "
            + "an absent co-owner prevents it.");
    assertThat(facts(page, "R5")).contains("1 co-owner(s), for a conflict of interest");
  }

  @Test
  void writesTheLegalBasisInThePagesLanguage() {
    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(building, NAV, PageLanguage.FR));

    assertThat(facts(page, "R2").get(1)).isEqualTo("Code civil, art. 3.88 §1, 1°, b) (travaux aux parties communes)");
    assertThat(facts(page, "R2").get(2)).isEqualTo("685 quotes-parts (80,12\u00a0% des voix exprimées)");
    assertThat(page.text("//article[@id='resolution-R2']//h3")).isEqualTo("R2 · Rénovation de la façade avant");
  }

  @Test
  void writesTheLibrarysExceptionAndAStatedMajorityInThePagesLanguage() {
    PageWords dutch = new PageWords(PageTexts.of(PageLanguage.NL), new PageFormats(PageLanguage.NL));

    assertThat(dutch.legalBasis(
        RequiredMajority.of(DecisionType.WORKS_IMPOSED_BY_LAW), false))
        .startsWith("Burgerlijk Wetboek, art. 3.88 §1, 1°, b) (uitzondering) (door de wet");
    assertThat(dutch.legalBasis(RequiredMajority.stated(Majority.TWO_THIRDS), false))
        .isEqualTo("Burgerlijk Wetboek, art. 3.88 §1, 1°");
    assertThat(dutch.legalBasis(RequiredMajority.overridden(
        DecisionType.WORKS_ON_COMMON_PARTS, Majority.FOUR_FIFTHS, "statuten art. 12"), false))
        .endsWith(", afwijking: statuten art. 12");
  }

  @Test
  void showsTheQuorumWithItsRule() {
    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(building, NAV, PageLanguage.NL));

    assertThat(page.text("//div[@data-figure='present']//span")).isEqualTo("9 van 10");
    assertThat(page.text("//div[@data-figure='shares']//span")).isEqualTo("925 van 1.000");
    assertThat(page.text("//p[@data-quorum]/@data-quorum")).isEqualTo("reached");
    assertThat(page.text("//p[@data-quorum]")).contains("art. 3.87 §5");
    assertThat(page.text("//time/@datetime")).isEqualTo("2026-05-12");
    assertThat(page.text("//time")).isEqualTo("12 mei 2026");
  }

  @Test
  void summarisesEveryResolutionInATableWithHeaders() {
    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(building, NAV, PageLanguage.EN));

    assertThat(page.count("//table[@id='results-table']/thead/tr/th[@scope='col']")).isEqualTo(6);
    assertThat(page.texts("//table[@id='results-table']/tbody/tr[@data-resolution='R1']/td"))
        .containsExactly("more than 1/2", "775", "80", "70", "Adopted");
    assertThat(page.text("//p[@id=//table[@id='results-table']/@aria-labelledby]"))
        .isEqualTo("Every resolution at a glance");
    assertThat(page.text("//div[@class='table-scroll']/@tabindex")).isEqualTo("0");
  }

  @Test
  void countsTheAssociationOneMemberOneVoteUnderItsStatutes() {
    AssemblyRecord association = PagesFixtures.association();

    PageDocument page = PageDocument.parse(AssemblyResultsPage.render(association, NAV, PageLanguage.DE));

    assertThat(facts(page, "surplus-2025").get(1)).isEqualTo("Satzung des Vereins: ein Mitglied, eine Stimme");
    assertThat(facts(page, "surplus-2025").get(2)).isEqualTo("171 Stimmen (84,24\u00a0% der abgegebenen Stimmen)");
    assertThat(page.text("//div[@data-figure='present']//span")).isEqualTo("220 von 1.500");
    assertThat(page.count("//div[@data-figure='shares']")).isZero();
  }

  @Test
  void saysNothingWasDeliberatedWithoutQuorumAndMarksATitleInAnotherLanguage() {
    AssemblyRecord record = PagesFixtures.withoutQuorum();

    String html = AssemblyResultsPage.render(record, NAV, PageLanguage.FR);

    PageDocument page = PageDocument.parse(html);
    assertThat(page.text("//p[@data-quorum]/@data-quorum")).isEqualTo("not-reached");
    assertThat(page.text("//article//span/@data-outcome")).isEqualTo("NO_QUORUM");
    assertThat(page.text("//article//h3/span/@lang")).isEqualTo("en");
    assertThat(page.text("//h1")).isEqualTo("Résultats de l'assemblée générale de Résidence <Test>");
    assertThat(html).contains("Résidence &lt;Test&gt;");
  }

  private static List<String> facts(PageDocument page, String id) {
    return page.texts("//article[@id='resolution-" + id + "']//dd");
  }
}
