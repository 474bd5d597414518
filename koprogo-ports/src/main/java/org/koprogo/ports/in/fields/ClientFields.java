/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.fields;

import java.util.Arrays;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The in-ports' client commands as a client sends them (text from a wire format; the cooperative's
 * and the general assembly's), read into the
 * domain's values: a required field missing or blank is {@code MISSING_FIELD}, an unknown name of
 * an enum {@code INVALID_FIELD}, each naming the field (and the value).
 */
public final class ClientFields {
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
}
