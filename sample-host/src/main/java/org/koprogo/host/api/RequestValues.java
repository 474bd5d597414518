/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Years, dates and times a request gives as text (path or query values, which no JSON reader parses),
 * parsed once for every controller: a malformed one is a coded error naming its field, with at
 * most 40 characters of the value.
 */
final class RequestValues {
  private static final int SHOWN = 40;

  private RequestValues() {}

  /**
   * The date {@code text} states ({@code yyyy-MM-dd}).
   *
   * @throws KoproGoException {@code INVALID_DATE} naming {@code field} when it is not a date
   */
  static LocalDate date(String text, String field) {
    return date(text, field, ErrorCode.INVALID_DATE);
  }

  /**
   * The date {@code text} states ({@code yyyy-MM-dd}), refused with {@code code}: a route whose
   * published refusal of a malformed date is {@code INVALID_FIELD} keeps it.
   *
   * @throws KoproGoException {@code code} naming {@code field} when it is not a date
   */
  static LocalDate date(String text, String field, ErrorCode code) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw KoproGoException.of(code, field + " '" + shown(text) + "' is not a date yyyy-MM-dd",
          "field", field, "value", shown(text));
    }
  }

  /**
   * The time {@code text} states ({@code HH:mm}), or null when it is null or blank.
   *
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code field} when it is not HH:mm
   */
  static LocalTime time(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      if (text.length() == 5) {
        return LocalTime.parse(text);
      }
    } catch (DateTimeParseException e) {
      // falls through to the refusal
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is HH:mm (19:30)", "field", field,
        "value", shown(text));
  }

  /**
   * The year {@code text} states: four digits.
   *
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code field} when null or not four digits
   */
  static int year(String text, String field) {
    if (text == null || text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is four digits (2025)", "field", field,
          "value", text == null ? "" : shown(text));
    }
    return Integer.parseInt(text);
  }

  /** {@code text}, cut to its first 40 characters. */
  static String shown(String text) {
    return text.length() > SHOWN ? text.substring(0, SHOWN) : text;
  }
}
