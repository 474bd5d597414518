/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one exception type of the library: a refused input or command.
 *
 * <p>It carries a stable {@link ErrorCode} and the offending values ({@link #details()}, for
 * example {@code field -> "units[2]"} and {@code value -> "A1"}), so that a host can report them
 * without parsing the message. Business outcomes that are normal (a resolution rejected, a
 * member not eligible) are values, never this exception.
 *
 * <p>Immutable and thread-safe.
 */
public final class KoproGoException extends RuntimeException {
  /** The serial form's version. */
  private static final long serialVersionUID = 1L;

  /** The stable code of the failure. */
  private final ErrorCode code;
  private final transient Map<String, Object> details;

  private KoproGoException(ErrorCode code, String message, Map<String, Object> details) {
    super(code + ": " + message, null, false, true);
    this.code = code;
    this.details = Collections.unmodifiableMap(details);
  }

  /**
   * Creates an exception.
   *
   * @param code the stable code, never null
   * @param message a human explanation naming the offending value, never null
   * @param keysAndValues detail pairs: a key (String) then its value (may be null), repeated
   * @return the exception, never null
   * @throws KoproGoException {@code INVALID_FIELD} when {@code keysAndValues} does not come in
   *     pairs
   */
  public static KoproGoException of(ErrorCode code, String message, Object... keysAndValues) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (keysAndValues.length % 2 != 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "details come in key/value pairs", "field", "details");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      details.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return new KoproGoException(code, message, details);
  }

  /**
   * The stable code of the refusal.
   *
   * @return the code, never null
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * The offending values by name.
   *
   * @return the details in the order given (for example {@code field}, {@code value}), never
   *     null, unmodifiable
   */
  public Map<String, Object> details() {
    return details;
  }

  /**
   * The message without the code prefix.
   *
   * @return the human explanation given to {@link #of}
   */
  public String reason() {
    String m = getMessage();
    return m.substring(code.name().length() + 2);
  }
}
