/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.List;
import java.util.Map;
import org.koprogo.ports.export.CsvCells;

/**
 * Writes a GDPR export as JSON (an object of record sets, each an array of objects) and as CSV
 * (RFC 4180, header {@code set,row,field,value}, one line per value, so every record set fits one
 * file whatever its columns; every cell through {@link CsvCells}, so a value that a spreadsheet
 * would run as a formula is neutralised).
 */
final class PersonalDataFormats {
  private PersonalDataFormats() {}

  static String json(Map<String, List<Map<String, Object>>> data) {
    StringBuilder out = new StringBuilder("{");
    boolean firstSet = true;
    for (Map.Entry<String, List<Map<String, Object>>> set : data.entrySet()) {
      out.append(firstSet ? "\n  " : ",\n  ");
      firstSet = false;
      string(out, set.getKey());
      out.append(": [");
      boolean firstRow = true;
      for (Map<String, Object> row : set.getValue()) {
        out.append(firstRow ? "\n    {" : ",\n    {");
        firstRow = false;
        boolean firstField = true;
        for (Map.Entry<String, Object> field : row.entrySet()) {
          out.append(firstField ? "" : ", ");
          firstField = false;
          string(out, field.getKey());
          out.append(": ");
          value(out, field.getValue());
        }
        out.append('}');
      }
      out.append(set.getValue().isEmpty() ? "]" : "\n  ]");
    }
    return out.append(data.isEmpty() ? "}" : "\n}").append('\n').toString();
  }

  static String csv(Map<String, List<Map<String, Object>>> data) {
    StringBuilder out = new StringBuilder("set,row,field,value\r\n");
    for (Map.Entry<String, List<Map<String, Object>>> set : data.entrySet()) {
      int row = 0;
      for (Map<String, Object> r : set.getValue()) {
        row++;
        for (Map.Entry<String, Object> field : r.entrySet()) {
          out.append(cell(set.getKey())).append(',').append(row).append(',')
              .append(cell(field.getKey())).append(',')
              .append(field.getValue() == null ? "" : cell(String.valueOf(field.getValue())))
              .append("\r\n");
        }
      }
    }
    return out.toString();
  }

  private static String cell(String s) {
    return CsvCells.field(s);
  }

  private static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else {
      string(out, String.valueOf(v));
    }
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
