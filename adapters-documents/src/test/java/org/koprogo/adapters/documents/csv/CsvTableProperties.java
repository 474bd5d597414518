/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.export.CsvCells;

/** Whatever the cells, an RFC 4180 parser reads back the cells (neutralised) and nothing else. */
class CsvTableProperties {

  @Test
  void roundTripsThroughARfc4180Parser() {
    qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 12)).ofSizeBetween(1, 9))
        .checkAssert(cells -> {
          List<List<String>> rows = new ArrayList<>();
          for (int i = 0; i + 3 <= cells.size(); i += 3) {
            rows.add(cells.subList(i, i + 3));
          }
          CsvTable table = new CsvTable(List.of("a", "b", "c"), rows);

          List<CSVRecord> read;
          try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
              .parse(new StringReader(table.text()))) {
            read = p.getRecords();
          } catch (IOException e) {
            throw new AssertionError(e);
          }

          assertThat(read).hasSize(rows.size());
          for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
              String parsed = read.get(r).get(c);
              assertThat(parsed).isEqualTo(CsvCells.neutralised(rows.get(r).get(c)));
              assertThat(CsvCells.formulaLike(parsed)).isFalse();
            }
          }
        });
  }
}
