/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import java.util.Arrays;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * How the association's and the solidarity fund's use cases read a caller's texts: each refusal
 * is coded and names the field.
 */
final class AssociationInputs {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private AssociationInputs() {}

  /** {@code value}, refused with {@code MISSING_FIELD} when null or blank. */
  static <T> T required(T value, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
    return value;
  }

  /** The currency named, EUR when null. */
  static Currency currency(String code) {
    return Money.currency(code == null ? "EUR" : code);
  }

  /** A quarter written {@code yyyy-Qn}; {@code INVALID_FIELD} (field {@code quarter}) otherwise. */
  static Quarter quarter(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.matches()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "quarter '" + text + "' is not yyyy-Qn",
          "field", "quarter", "value", text);
    }
    return Quarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** A page's cursor written {@code yyyy-Qn}; {@code INVALID_FIELD} (field {@code after}) otherwise. */
  static Quarter afterQuarter(String text) {
    if (!QUARTER.matcher(text).matches()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "after '" + text + "' is not a quarter (yyyy-Qn)",
          "field", "after", "value", text);
    }
    return quarter(text);
  }

  /** The constant named {@code value}, {@code fallback} when null; {@code INVALID_FIELD} otherwise. */
  static <E extends Enum<E>> E enumOf(Class<E> type, String value, E fallback, String field) {
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw KoproGoException.of(ErrorCode.INVALID_FIELD,
        "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()),
        "field", field, "value", value);
  }
}
