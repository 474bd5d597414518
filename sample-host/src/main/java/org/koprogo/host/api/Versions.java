/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.HttpStatus;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.host.problem.ProblemException;

/** The optimistic-lock version a change must carry: the version the client read. */
final class Versions {
  private Versions() {}

  /** {@code version}, or a {@code MISSING_FIELD} problem naming {@code version}. */
  static long required(Long version) {
    if (version == null) {
      throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, ErrorCode.MISSING_FIELD.name(),
          "version is required: the version read").with("field", "version");
    }
    return version;
  }
}
