/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyResult;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.calculation.RuleFamilies;

/** The published inputs give back the pages' figures through the rule families (the API's code). */
class CalculationInputsTest {

  @Test
  void theYearsInputGivesBackTheAllocationOfThePage() {
    TransparencyFigures figures = PagesFixtures.demoFigures();

    Map<String, Object> result =
        RuleFamilies.evaluate("surplus-allocation", TransparencyPage.data(figures));

    assertThat(result.get("surplus")).isEqualTo(figures.allocation().surplus().toPlainString());
    assertThat(result.get("marginPercent")).isEqualTo("72.09");
    assertThat(result.get("costPricePerMemberMonthly")).isEqualTo("1.26");
    assertThat(result.get("allocations")).isEqualTo(Map.of(
        "solidarity", "17447.25", "price_decrease", "14539.38", "features", "14539.38",
        "reserve", "8723.62", "research", "2907.87"));
    assertThat(result.get("priceDecrease")).isEqualTo(
        Map.of("perMemberMonthly", "0.80", "newMonthlyPrice", "4.20"));
  }

  @Test
  void anAssemblysInputGivesBackItsCount() {
    for (AssemblyRecord assembly : List.of(PagesFixtures.tilleuls(), PagesFixtures.association())) {
      String id = assembly.id();
      AssemblyResult counted = assembly.count();

      Map<String, Object> result =
          RuleFamilies.evaluate("general-assembly", AssemblyResultsPage.data(assembly));

      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> resolutions =
          (Map<String, Map<String, Object>>) result.get("resolutions");
      for (VoteCount c : counted.resolutions().values()) {
        Map<String, Object> r = resolutions.get(c.resolution().value());
        assertThat(r.get("outcome")).as(id + " " + c.resolution()).isEqualTo(c.outcome().name());
        assertThat(r.get("for")).isEqualTo(c.forVotes().toPlainString(4));
        assertThat(r.get("against")).isEqualTo(c.against().toPlainString(4));
        assertThat(r.get("abstained")).isEqualTo(c.abstained().toPlainString(4));
      }
    }
  }
}
