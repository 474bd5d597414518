/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** A host refusal becomes its problem document. */
@Produces
@Singleton
public final class ProblemExceptionHandler
    implements ExceptionHandler<ProblemException, HttpResponse<Map<String, Object>>> {

  @Override
  public HttpResponse<Map<String, Object>> handle(
      @SuppressWarnings("rawtypes") HttpRequest request, ProblemException exception) {
    return Problems.response(exception.problem());
  }
}
