/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(CsvCells.field("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvCells.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(CsvCells.field("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.field("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.field("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void keepsPlainDecimalsAndOrdinaryTextAsTheyAre() {
    assertThat(CsvCells.field("-180.00")).isEqualTo("-180.00");
    assertThat(CsvCells.field("+3")).isEqualTo("+3");
    assertThat(CsvCells.field("4200.00")).isEqualTo("4200.00");
    assertThat(CsvCells.field("Anne Peeters")).isEqualTo("Anne Peeters");
    assertThat(CsvCells.field("a=b")).isEqualTo("a=b");
    assertThat(CsvCells.field("")).isEmpty();
    assertThat(CsvCells.field(null)).isEmpty();
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
    assertThat(CsvCells.field("Rue des Tilleuls 12, 1000 Bruxelles")).isEqualTo("\"Rue des Tilleuls 12, 1000 Bruxelles\"");
    assertThat(CsvCells.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvCells.field("=a,b")).isEqualTo("\"'=a,b\"");
  }
}
