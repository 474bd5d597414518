/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** No cell leaves formula-like; a figure leaves unchanged; neutralising only ever prepends. */
class CsvCellsProperties {

  @Test
  void noNeutralisedCellIsFormulaLikeAndTheOriginalFollowsTheApostrophe() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 20)).checkAssert(s -> {
      String n = CsvCells.neutralised(s);
      assertThat(CsvCells.formulaLike(n)).isFalse();
      assertThat(n).endsWith(s);
      assertThat(n.length() - s.length()).isIn(0, 1);
    });
  }

  @Test
  void everyDecimalFigureIsWrittenAsItIs() {
    qt().forAll(longs().all(), longs().between(0, 4)).checkAssert((unscaled, scale) -> {
      String figure = BigDecimal.valueOf(unscaled, scale.intValue()).toPlainString();
      assertThat(CsvCells.field(figure)).isEqualTo(figure);
    });
  }
}
