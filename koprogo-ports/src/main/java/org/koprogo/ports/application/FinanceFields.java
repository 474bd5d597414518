/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Arrays;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** How the building's money use cases read their commands' fields: each refusal names its field. */
final class FinanceFields {
  private FinanceFields() {}

  /** {@code MISSING_FIELD} for {@code field}. */
  static KoproGoException missing(String field) {
    return KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
  }

  /** {@code value}, refused when null or blank. */
  static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw missing(field);
    }
    return value;
  }

  /** The constant named {@code value}, {@code fallback} when null; {@code INVALID_FIELD} otherwise. */
  static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback, String field) {
    if (value == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()), "field", field, "value", value);
    }
  }

  /** The constant named {@code text}, required; {@code INVALID_FIELD} naming the field otherwise. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    required(text, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          field + " '" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()),
          "field", field, "value", text);
    }
  }
}
