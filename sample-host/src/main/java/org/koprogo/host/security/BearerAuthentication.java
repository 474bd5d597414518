/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Finds the caller of a request from its bearer token: the token read as Micronaut reads it
 * ({@link TokenResolver}: the {@code Authorization: Bearer} header), checked by {@link
 * VerifiedTokens}, the host's only token validator (every check of the signature, expiry,
 * not-before, issuer and disabled accounts is there). Replaces Micronaut's {@link
 * TokenAuthenticationFetcher}, which runs the same validator through a reactive chain and, for
 * every request, resolves the server's host name and locale to publish a {@code
 * TokenValidatedEvent} that nothing in the host listens to: a few percent of a read's CPU
 * (docs/performance.md). The request keeps the token under {@link
 * SecurityFilter#TOKEN}, as Micronaut's fetcher sets it.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class BearerAuthentication implements AuthenticationFetcher<HttpRequest<?>> {
  private final TokenResolver<HttpRequest<?>> tokens;
  private final VerifiedTokens verified;

  BearerAuthentication(TokenResolver<HttpRequest<?>> tokens, VerifiedTokens verified) {
    this.tokens = tokens;
    this.verified = verified;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    for (String token : tokens.resolveTokens(request)) {
      Optional<Authentication> authentication = verified.authenticate(token, request);
      if (authentication.isPresent()) {
        request.setAttribute(SecurityFilter.TOKEN, token);
        return Publishers.just(authentication.get());
      }
    }
    return Publishers.empty();
  }

  @Override
  public int getOrder() {
    return TokenAuthenticationFetcher.ORDER;
  }
}
