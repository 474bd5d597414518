/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import org.koprogo.domain.shared.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value the library's records refused in their constructors (a blank id, a negative rank):
 * the client's input, so a 422 {@code INVALID_FIELD}, never a 500.
 */
@Produces
@Singleton
public final class IllegalArgumentHandler
    implements ExceptionHandler<IllegalArgumentException, HttpResponse<Map<String, Object>>> {
  private static final Logger LOG = LoggerFactory.getLogger(IllegalArgumentHandler.class);

  @Override
  public HttpResponse<Map<String, Object>> handle(
      @SuppressWarnings("rawtypes") HttpRequest request, IllegalArgumentException exception) {
    LOG.debug("refused argument on {}", request.getPath(), exception);
    return Problems.response(Problems.document(HttpStatus.UNPROCESSABLE_ENTITY,
        ErrorCode.INVALID_FIELD.name(), exception.getMessage()));
  }
}
