/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.export;

import java.util.regex.Pattern;

/**
 * One cell of a CSV file as every export of the library writes it: RFC 4180 quoting, and
 * spreadsheet formula injection neutralised. A cell that begins with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return would be evaluated as a formula by a spreadsheet
 * (OWASP "CSV injection"): it is written with a leading apostrophe ({@code '=HYPERLINK(...)}),
 * which spreadsheets show as text. A plain decimal ({@code -180.00}, {@code +3}) is a number, not a
 * formula, and is written as is, so figures read back unchanged. The GDPR export and the CSV
 * exports of the documents adapter both write their cells through here. Stateless.
 */
public final class CsvCells {
  /** What a neutralised cell starts with. */
  public static final char NEUTRALISER = '\'';

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private CsvCells() {}

  /**
   * True when a spreadsheet would read {@code value} as a formula.
   *
   * @param value a cell's text
   * @return whether it is formula-like
   */
  public static boolean formulaLike(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char c = value.charAt(0);
    boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !PLAIN_DECIMAL.matcher(value).matches();
  }

  /**
   * {@code value} neutralised if formula-like, otherwise unchanged (null as empty).
   *
   * @param value a cell's text, or null
   * @return the neutralised text
   */
  public static String neutralised(String value) {
    if (value == null) {
      return "";
    }
    return formulaLike(value) ? NEUTRALISER + value : value;
  }

  /**
   * {@code value} as one RFC 4180 field: neutralised, then quoted (inner quotes doubled) when it
   * holds a comma, a quote, a line feed or a carriage return.
   *
   * @param value a cell's text, or null
   * @return the field, ready to write
   */
  public static String field(String value) {
    String v = neutralised(value);
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
