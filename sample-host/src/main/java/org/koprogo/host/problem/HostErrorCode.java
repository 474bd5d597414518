/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

/**
 * The stable codes of errors that only HTTP can produce (the request itself, not its content).
 *
 * <p>Everything the library refuses carries the library's own {@link
 * org.koprogo.domain.shared.ErrorCode}; these complete them for the transport. Like the library's
 * codes, they are part of the public API: never renamed, only added.
 */
public enum HostErrorCode {
  /** The body is not one JSON value (syntax error, duplicate key, trailing garbage, empty). */
  MALFORMED_JSON,
  /** The request carries no valid bearer token where one is required. */
  UNAUTHENTICATED,
  /** The caller's roles do not allow this request. */
  FORBIDDEN,
  /** The user name or password is wrong. */
  INVALID_CREDENTIALS,
  /** The resource exists but not with this HTTP method. */
  METHOD_NOT_ALLOWED,
  /** The body's media type is not one the endpoint reads (send {@code application/json}). */
  UNSUPPORTED_MEDIA_TYPE,
  /** The client accepts no media type the endpoint can write. */
  NOT_ACCEPTABLE,
  /** The body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE,
  /** A request the server could not read for another reason (bad URI, bad header). */
  BAD_REQUEST,
  /** A failure of the server itself; never caused by what the client sent. */
  INTERNAL_ERROR,
  /** A dependency (the database) is not reachable. */
  SERVICE_UNAVAILABLE,
  /** Too many failed logins for this user name or from this address: wait {@code Retry-After}. */
  TOO_MANY_ATTEMPTS,
  /** The request's URI is longer than the server reads. */
  URI_TOO_LONG,
  /** The request's {@code Origin} is not one the server allows (CORS). */
  ORIGIN_NOT_ALLOWED
}
