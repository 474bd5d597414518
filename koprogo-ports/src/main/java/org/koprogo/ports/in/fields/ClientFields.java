/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.fields;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The in-ports' client commands as a client sends them (text from a wire format), read into the
 * domain's values: a required field missing or blank is {@code MISSING_FIELD}, an unknown name of
 * an enum {@code INVALID_FIELD}, each naming the field (and the value); the id of what a client
 * creates (the one it chose, or a new random one), a text it may leave out, the version it read;
 * a date, a time or a year a client gives as text (a path or query value, which no JSON reader
 * parses), refused with a coded error naming the field and showing at most {@value #SHOWN}
 * characters of the value.
 */
public final class ClientFields {
  /** The most characters of a refused value an error shows. */
  public static final int SHOWN = 40;

  private ClientFields() {}

  /**
   * {@code value}, refused when null or blank.
   *
   * @throws KoproGoException {@code MISSING_FIELD} naming {@code field}
   */
  public static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }

  /**
   * The constant of {@code type} named {@code text}.
   *
   * @throws KoproGoException {@code MISSING_FIELD} when {@code text} is null or blank, {@code
   *     INVALID_FIELD} when it names no constant, each naming {@code field}
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    required(text, field);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD,
        field + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()),
        "field", field, "value", text);
  }


  /**
   * {@code id}, or a new random UUID when it is null or blank.
   *
   * @param id the id the client chose, or null
   * @return the id to store under
   */
  public static String orNew(String id) {
    return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
  }

  /**
   * {@code value}, or empty when it is null.
   *
   * @param value a text the client may leave out
   * @return the text
   */
  public static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /**
   * The version a client read, which a change must name.
   *
   * @param version the version, or null
   * @return the version
   * @throws KoproGoException {@code MISSING_FIELD} naming {@code version} when it is null
   */
  public static long versionRead(Long version) {
    if (version == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "version is required: the version read", "field", "version");
    }
    return version;
  }

  /**
   * The date {@code text} states ({@code yyyy-MM-dd}), required.
   *
   * @param text the text sent, or null
   * @param field the field's name in the client's request
   * @return the date
   * @throws KoproGoException {@code MISSING_FIELD} when {@code text} is null or blank, {@code
   *     INVALID_DATE} when it is not a date, each naming {@code field}
   */
  public static LocalDate date(String text, String field) {
    return date(required(text, field), field, ErrorCode.INVALID_DATE);
  }

  /**
   * The date {@code text} states ({@code yyyy-MM-dd}), refused with {@code code}: a route whose
   * published refusal of a malformed date is {@code INVALID_FIELD} keeps it. Null and blank are
   * malformed too.
   *
   * @param text the text sent, or null
   * @param field the field's name in the client's request
   * @param code the code of the refusal
   * @return the date
   * @throws KoproGoException {@code code} naming {@code field} (and the value, {@link #shown cut})
   *     when it is not a date
   */
  public static LocalDate date(String text, String field, ErrorCode code) {
    try {
      if (text != null) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // falls through to the refusal
    }
    throw KoproGoException.of(code, field + " '" + shown(text) + "' is not a date yyyy-MM-dd",
        "field", field, "value", shown(text));
  }

  /**
   * The time {@code text} states ({@code HH:mm}), or null when it is null or blank.
   *
   * @param text the text sent, or null
   * @param field the field's name in the client's request
   * @return the time, or null
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code field} when it is not {@code HH:mm}
   */
  public static LocalTime time(String text, String field) {
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
   * @param text the text sent, or null
   * @param field the field's name in the client's request
   * @return the year
   * @throws KoproGoException {@code INVALID_FIELD} naming {@code field} when it is null or not four
   *     digits
   */
  public static int year(String text, String field) {
    if (text == null || text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, field + " is four digits (2025)", "field", field,
          "value", shown(text));
    }
    return Integer.parseInt(text);
  }

  /**
   * What a refusal shows of a value a client sent: its first {@value #SHOWN} characters.
   *
   * @param text the value, or null
   * @return the value cut to {@value #SHOWN} characters; empty when it is null
   */
  public static String shown(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > SHOWN ? text.substring(0, SHOWN) : text;
  }
}
