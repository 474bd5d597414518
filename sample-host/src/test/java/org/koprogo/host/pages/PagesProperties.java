/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Invariants of the pages' building blocks over arbitrary inputs. */
class PagesProperties {

  @Test
  void theTemplatesEscapeAnyTextSoThePageReadsItBackAsWritten() {
    AssemblyRecord r = PagesFixtures.withoutQuorum();
    PageTexts t = PageTexts.of(PageLanguage.EN);
    qt().withExamples(100).forAll(strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 40)).checkAssert(text -> {
      AssemblyRecord named = new AssemblyRecord(r.organisation(), r.id(), text, r.date(), r.rules(), r.session(),
          r.owners(), r.syndic(), r.attendance(), r.agenda());

      String html = AssemblyResultsPage.render(named, TransparencyPage.nav(t, null), PageLanguage.EN);

      PageDocument page = PageDocument.parse(html);
      assertThat(page.text("//h1")).isEqualTo(t.get("assembly.title", "body", text).replaceAll("\\s+", " ").trim());
      assertThat(page.text("/html/head/title")).isEqualTo(
          (t.get("assembly.title", "body", text) + " · KoproGo").replaceAll("\\s+", " ").trim());
      assertThat(page.count("//script") + page.count("//*[@onclick]")).isZero();
    });
  }

  @Test
  void everyHeaderAndSwitchGivesOneOfTheFourLanguages() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 30), strings().ascii().ofLengthBetween(0, 60))
        .checkAssert((lang, header) -> assertThat(PageLanguage.choose(lang, header)).isNotNull());
  }

  @Test
  void theChartsGridStepDrawsAtMostFiveStepsAboveTheLargestAmount() {
    qt().forAll(longs().between(1, 1_000_000_000_000L)).checkAssert(max -> {
      long step = CostRevenueChart.niceStep(max);

      assertThat(step % 100).isZero();
      assertThat(-Math.floorDiv(-max, step)).isBetween(1L, 5L);
    });
  }
}
