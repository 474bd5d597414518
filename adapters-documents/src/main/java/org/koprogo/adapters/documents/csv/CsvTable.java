/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.ports.export.CsvCells;

/**
 * A table written as CSV: RFC 4180 (comma separated, CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break), UTF-8 without a byte order mark, a header row first. Every
 * cell goes through {@link CsvCells}: a cell that a spreadsheet would run as a formula starts
 * with an apostrophe; a decimal figure is written as plain text ({@code -180.00}). Knows nothing of
 * the domain: {@link CsvExports} turns records into rows. Immutable.
 *
 * @param header the column names
 * @param rows the rows, each with as many cells as the header (null cells are empty)
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
  /** The media type of the text, as the HTTP host announces it. */
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";

  public CsvTable {
    header = List.copyOf(header);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV table has at least one column");
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    int n = 0;
    for (List<String> row : rows) {
      n++;
      Objects.requireNonNull(row, "row");
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row " + n + " has " + row.size() + " cells for " + header.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** A table with {@code header} and no row yet. */
  public static CsvTable of(String... header) {
    return new CsvTable(List.of(header), List.of());
  }

  /** This table with one more row. */
  public CsvTable with(Object... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(c == null ? null : String.valueOf(c));
    }
    List<List<String>> all = new ArrayList<>(rows);
    all.add(row);
    return new CsvTable(header, all);
  }

  /** The CSV text. */
  public String text() {
    StringBuilder out = new StringBuilder(64 * (rows.size() + 1));
    line(out, header);
    for (List<String> row : rows) {
      line(out, row);
    }
    return out.toString();
  }

  /** The CSV text as UTF-8 bytes, no byte order mark. */
  public byte[] utf8() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(CsvCells.field(cells.get(i)));
    }
    out.append("\r\n");
  }
}
