/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.fields;

import java.util.Arrays;
import java.util.UUID;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The in-ports' client commands as a client sends them (text from a wire format), read into the
 * domain's values: a required field missing or blank is {@code MISSING_FIELD}, an unknown name of
 * an enum {@code INVALID_FIELD}, each naming the field (and the value); the id of what a client
 * creates (the one it chose, or a new random one), a text it may leave out, the version it read.
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
}
