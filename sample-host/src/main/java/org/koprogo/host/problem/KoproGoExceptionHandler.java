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
import org.koprogo.domain.shared.KoproGoException;

/** A library refusal becomes a 4xx problem document with its stable code and offending values. */
@Produces
@Singleton
public final class KoproGoExceptionHandler
    implements ExceptionHandler<KoproGoException, HttpResponse<Map<String, Object>>> {

  @Override
  public HttpResponse<Map<String, Object>> handle(
      @SuppressWarnings("rawtypes") HttpRequest request, KoproGoException exception) {
    return Problems.response(exception);
  }
}
