/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Problem documents (RFC 9457, {@code application/problem+json}) carrying the stable error code.
 *
 * <p>Every error the host returns has this shape: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code code} (a library {@link ErrorCode} or a {@link HostErrorCode}) and, when
 * the library named them, the offending {@code field} and {@code value} plus any other detail of
 * the exception as extension members. A stack trace is never part of it.
 */
public final class Problems {
  /** The media type of problem documents. */
  public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private static final String TYPE_PREFIX = "urn:koprogo:problem:";
  private static final Set<String> RESERVED =
      Set.of("type", "title", "status", "detail", "code", "instance");

  /** The extension member giving the seconds to wait, copied to the {@code Retry-After} header. */
  public static final String RETRY_AFTER = "retryAfter";

  /** Seconds a client waits before retrying after a 503. */
  static final long UNAVAILABLE_RETRY_SECONDS = 5;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /**
   * The HTTP status of a library error code: a 4xx naming what the client should change, except
   * {@code STORE_FAILURE} (503: the database failed, the client may retry).
   */
  public static HttpStatus statusOf(ErrorCode code) {
    return switch (code) {
      case UNKNOWN_FAMILY, NOT_FOUND -> HttpStatus.NOT_FOUND;
      // a state the resource is in, not a field to change: a settled bank line, a closed year
      case CONCURRENT_UPDATE, ILLEGAL_TRANSITION, BANK_LINE_SETTLED, PERIOD_CLOSED -> HttpStatus.CONFLICT;
      case MODULE_DISABLED, NOT_PERMITTED -> HttpStatus.FORBIDDEN;
      case STORE_FAILURE -> HttpStatus.SERVICE_UNAVAILABLE;
      default -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
  }

  /** The problem document of a library exception. */
  public static Map<String, Object> of(KoproGoException e) {
    HttpStatus status = statusOf(e.code());
    if (status.getCode() >= 500) {
      // The reason and details of a store failure carry SQL, bound values and pool counters:
      // they go to the log under a correlation id, never to the client.
      String id = correlationId();
      LOG.warn("store failure [{}]: {}", id, e.getMessage(), e);
      return unavailable(e.code().name(), id);
    }
    Map<String, Object> problem = document(status, e.code().name(), e.reason());
    e.details().forEach((key, value) -> {
      if (!RESERVED.contains(key)) {
        problem.put(key, value);
      }
    });
    return problem;
  }

  /** A problem document. */
  public static Map<String, Object> document(HttpStatus status, String code, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE_PREFIX + code);
    problem.put("title", title(code));
    problem.put("status", status.getCode());
    if (detail != null && !detail.isBlank()) {
      problem.put("detail", detail);
    }
    problem.put("code", code);
    return problem;
  }

  /** The response of a library exception. */
  public static MutableHttpResponse<Map<String, Object>> response(KoproGoException e) {
    return response(of(e));
  }

  /**
   * The 503 problem document of a dependency that failed (the database): no detail of the
   * failure, a correlation id to find it in the log, and when to retry.
   */
  public static Map<String, Object> unavailable(String correlationId) {
    return unavailable("SERVICE_UNAVAILABLE", correlationId);
  }

  /** {@link #unavailable(String)} with the library's code ({@code STORE_FAILURE}). */
  public static Map<String, Object> unavailable(String code, String correlationId) {
    Map<String, Object> problem = document(HttpStatus.SERVICE_UNAVAILABLE,
        code, "a service the server depends on is not available; try again later");
    problem.put("correlationId", correlationId);
    problem.put(RETRY_AFTER, UNAVAILABLE_RETRY_SECONDS);
    return problem;
  }

  /** A new id naming one failure in the log and in its problem document. */
  public static String correlationId() {
    return java.util.UUID.randomUUID().toString();
  }

  /**
   * The response carrying a problem document (its status is the document's). A document with a
   * {@code retryAfter} member (seconds) also sets the {@code Retry-After} header, as every 503
   * and 429 does.
   */
  public static MutableHttpResponse<Map<String, Object>> response(Map<String, Object> problem) {
    int status = (Integer) problem.get("status");
    MutableHttpResponse<Map<String, Object>> response =
        HttpResponse.<Map<String, Object>>status(HttpStatus.valueOf(status))
            .contentType(PROBLEM_JSON)
            .body(problem);
    retryAfter(response, problem);
    return response;
  }

  /** Sets {@code Retry-After} from the document's {@code retryAfter}, or 5 s on a 503. */
  public static void retryAfter(MutableHttpResponse<?> response, Map<String, Object> problem) {
    Object seconds = problem.get(RETRY_AFTER);
    if (seconds == null && Integer.valueOf(503).equals(problem.get("status"))) {
      seconds = UNAVAILABLE_RETRY_SECONDS;
      problem.put(RETRY_AFTER, seconds);
    }
    if (seconds != null) {
      response.header(io.micronaut.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    }
  }

  /** {@code ZERO_TOTAL_WEIGHT} becomes {@code Zero total weight}. */
  static String title(String code) {
    String words = code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
