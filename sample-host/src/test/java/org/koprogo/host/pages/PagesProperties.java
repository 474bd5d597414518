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
  void escapedTextNeverContainsAMarkupCharacterAndReadsBackAsTheText() {
    qt().forAll(strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(0, 40)).checkAssert(text -> {
      String escaped = Html.escape(text);

      assertThat(escaped).doesNotContain("<", ">", "\"", "'");
      assertThat(PageDocument.parse("<p title=\"" + escaped + "\">" + escaped + "</p>")
          .text("/p/@title")).isEqualTo(text.replaceAll("\\s+", " ").trim());
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
