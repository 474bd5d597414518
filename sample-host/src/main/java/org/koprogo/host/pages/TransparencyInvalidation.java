/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import org.koprogo.host.security.Caller;

/**
 * Drops the cached transparency page after every successful write of a caller of the association
 * (its books, prices, surplus decisions, assemblies, name): the page's data are the association's.
 */
@ServerFilter("/api/**")
final class TransparencyInvalidation {
  private final TransparencyCache cache;
  private final TransparencySource source;

  TransparencyInvalidation(TransparencyCache cache, TransparencySource source) {
    this.cache = cache;
    this.source = source;
  }

  @ResponseFilter
  void afterWrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
        || response.code() >= 400) {
      return;
    }
    request.getUserPrincipal(Authentication.class)
        .map(a -> a.getAttributes().get(Caller.ORGANISATION_CLAIM))
        .filter(org -> source.association().value().equals(org))
        .ifPresent(org -> cache.invalidate());
  }
}
