/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.host.pages.PagesFixtures.eur;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.MembershipPricing;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;

class TransparencyPageTest {
  private final TransparencyFigures demo = PagesFixtures.demoFigures();

  @Test
  void isAWellFormedPageInTheChosenLanguageWithLandmarksAndASkipLink() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.FR));

    assertThat(page.text("/html/@lang")).isEqualTo("fr");
    assertThat(page.text("//a[1]/@href")).isEqualTo("#main");
    assertThat(page.text("//a[@class='skip-link']")).isEqualTo("Aller au contenu principal");
    assertThat(page.count("//header")).isEqualTo(1);
    assertThat(page.count("//main[@id='main']")).isEqualTo(1);
    assertThat(page.count("//footer")).isEqualTo(1);
    assertThat(page.count("//nav[@aria-label]")).isEqualTo(2);
    assertThat(page.count("//h1")).isEqualTo(1);
    assertThat(page.texts("//h2")).hasSize(5);
    assertThat(page.text("//meta[@name='viewport']/@content")).contains("width=device-width");
  }

  @Test
  void offersTheFourLanguagesEachLinkInItsOwnLanguage() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.DE));

    assertThat(page.texts("//nav[@class='language-nav']//a/@href")).containsExactly(
        "/transparency?lang=fr", "/transparency?lang=nl", "/transparency?lang=de",
        "/transparency?lang=en");
    assertThat(page.texts("//nav[@class='language-nav']//a/@lang")).containsExactly("fr", "nl", "de", "en");
    assertThat(page.text("//nav[@class='language-nav']//a[@aria-current='true']")).isEqualTo("Deutsch");
  }

  @Test
  void showsTheYearsFiguresAsTheLibraryComputesThem() {
    AssociationAccounts year = demo.accounts();
    SurplusAllocationResult expected = SurplusAllocation.allocate(year, demo.year().plan());
    PageFormats en = new PageFormats(PageLanguage.EN);

    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.EN));

    assertThat(figure(page, "members")).isEqualTo("1,500");
    assertThat(figure(page, "costs")).isEqualTo(en.money(year.totalCosts())).isEqualTo("€22,520.00");
    assertThat(figure(page, "cost-price")).isEqualTo(en.money(expected.costPricePerMemberMonthly()))
        .isEqualTo("€1.26");
    assertThat(figure(page, "price")).isEqualTo("€5.00");
    assertThat(figure(page, "surplus")).isEqualTo(en.money(expected.surplus())).isEqualTo("€58,157.50");
    assertThat(figure(page, "margin")).isEqualTo(en.percent(expected.marginPercent())).isEqualTo("72.09%");
  }

  @Test
  void addsUpTheQuartersIntoTheYear() {
    List<QuarterlyTransparencyReport> quarters = demo.quarters();

    assertThat(quarters).hasSize(4);
    assertThat(quarters.stream().map(QuarterlyTransparencyReport::revenue).reduce(eur("0.00"), (a, b) -> a.plus(b)))
        .isEqualTo(demo.accounts().revenue()).isEqualTo(eur("80677.50"));
    assertThat(quarters.stream().map(QuarterlyTransparencyReport::totalCosts).reduce(eur("0.00"), (a, b) -> a.plus(b)))
        .isEqualTo(demo.accounts().totalCosts());
    assertThat(quarters.get(0).revenue()).isEqualTo(
        MembershipPricing.at(eur("5.00")).revenueOver(demo.year().quarters().get(0).memberships(), 3));
  }

  @Test
  void addsUpACategoryThatAppearsTwiceInAQuarter() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.EN));

    assertThat(page.texts("//table[@id='costs-table']//tr[@data-category='infrastructure']/td"))
        .containsExactly("€3,590.00", "15.94%");
    assertThat(page.count("//table[@id='costs-table']/tbody/tr")).isEqualTo(4);
  }

  @Test
  void drawsTheChartAsAnImageWithTitleAndDescriptionFollowedByItsTable() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.NL));

    assertThat(page.text("//svg/@role")).isEqualTo("img");
    assertThat(page.text("//svg/@aria-labelledby")).isEqualTo("chart-title chart-desc");
    assertThat(page.text("//svg/title")).isEqualTo("Ontvangsten en kosten per kwartaal, van K1 2025 tot K4 2025");
    assertThat(page.text("//svg/desc")).contains("€\u00a017.835,00").contains("€\u00a022.275,00");
    assertThat(page.count("//svg/rect[@class='bar-revenue']")).isEqualTo(4);
    assertThat(page.count("//svg/rect[@class='bar-costs']")).isEqualTo(4);
    assertThat(page.texts("//table[@id='quarters-table']/tbody/tr/@data-quarter"))
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
    assertThat(page.texts("//table[@id='quarters-table']/tbody/tr[1]/td"))
        .containsExactly("1.200", "€\u00a017.835,00", "€\u00a05.070,00", "€\u00a012.765,00", "71,57%",
            "€\u00a01,41", "€\u00a05,00");
  }

  @Test
  void drawsTallerBarsForLargerAmounts() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.EN));

    List<Integer> revenue = page.texts("//svg/rect[@class='bar-revenue']/@height").stream()
        .map(Integer::valueOf).toList();
    List<Integer> costs = page.texts("//svg/rect[@class='bar-costs']/@height").stream()
        .map(Integer::valueOf).toList();

    assertThat(revenue).isSorted();
    for (int i = 0; i < 4; i++) {
      assertThat(revenue.get(i)).isGreaterThan(costs.get(i));
    }
  }

  @Test
  void showsTheAllocationVotedByTheAssemblyWithItsVote() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.EN));

    assertThat(page.text("//p[@data-vote='allocation']")).startsWith(
        "On 21 March 2026, the association's general assembly voted on resolution surplus-2025, "
            + "\"Allocation of the 2025 surplus (participatory budget)\": adopted with 171 votes for, "
            + "32 against and 17 abstentions");
    assertThat(page.text("//p[@data-vote='allocation']/a/@href"))
        .isEqualTo("/assemblies/koprogo/ga-2026/results?lang=en");
    assertThat(page.texts("//table[@id='allocation-table']/tbody/tr/td[2]")).containsExactly(
        "€17,447.25", "€14,539.38", "€14,539.38", "€8,723.62", "€2,907.87");
    assertThat(page.text("//p[@data-vote='price']")).isEqualTo(
        "Resolution price-2026 was adopted (189 for, 21 against, 10 abstentions): the monthly price is "
            + "€4.20 from 1 April 2026.");
  }

  @Test
  void recomputesTheMissionsScaleTiersFromMembersTimesPriceTimesTwelve() {
    PageDocument page = PageDocument.parse(TransparencyPage.render(demo, PageLanguage.EN));

    assertThat(page.texts("//table[@id='scale-table']/tbody/tr[@data-tier='100']/td"))
        .containsExactly("€500.00", "€6,000.00", "-€16,520.00");
    assertThat(page.texts("//table[@id='scale-table']/tbody/tr/td[2]"))
        .containsExactly("€6,000.00", "€30,000.00", "€90,000.00", "€300,000.00");
  }

  @Test
  void escapesLabelsFromTheDataAndSaysWhenTheMinutesAreMissing() {
    TransparencyFigures figures = PagesFixtures.hostileLabels();

    String html = TransparencyPage.render(figures, PageLanguage.EN);

    assertThat(html).doesNotContain("<script>").doesNotContain("<b>Asso");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    PageDocument page = PageDocument.parse(html);
    assertThat(page.text("//p[@class='lead']")).startsWith("<b>Asso</b> & \"Co\", year 2025");
    assertThat(page.text("//section[@aria-labelledby='allocation']/p[1]"))
        .isEqualTo("The minutes of the assembly that decides on this surplus are not published yet.");
  }

  private static String figure(PageDocument page, String id) {
    return page.text("//div[@data-figure='" + id + "']//span[@class='value']");
  }
}
