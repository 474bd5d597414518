/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the host refuses before the library sees it (unreadable body, wrong credentials):
 * becomes a problem document with a {@link HostErrorCode} or library code.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String code;
  private final transient Map<String, Object> extensions = new LinkedHashMap<>();

  /** A refusal with its status, stable code and human detail. */
  public ProblemException(HttpStatus status, String code, String detail) {
    super(code + ": " + detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** Adds an extension member ({@code field}, {@code value}) and returns this exception. */
  public ProblemException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  /** The problem document. */
  public Map<String, Object> problem() {
    Map<String, Object> problem =
        Problems.document(status, code, getMessage().substring(code.length() + 2));
    problem.putAll(extensions);
    return problem;
  }
}
