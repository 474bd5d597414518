/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;

/**
 * Validates bearer tokens (signature and claims, through Micronaut's JWT validator) and remembers
 * the tokens it found valid, so that a client sending the same token again is not verified again
 * until it expires: the signature check, the JSON parsing and the claims mapping are most of a
 * request's security cost.
 *
 * <p>Safe because a token is immutable and signed: the key is the exact token string, only a
 * token that passed every check is remembered, and a remembered token is refused once its {@code
 * exp} has passed (or before its {@code nbf}) as the full check would. A token without {@code
 * exp} is refused (Micronaut's validator accepts one); {@code nbf} and {@code iss} are checked by
 * Micronaut's claims validators ({@code micronaut.security.token.jwt.claims-validators} in
 * application.yml). The tokens of a disabled account ({@link DisabledAccounts}) are refused,
 * remembered or not; changing the signing secret needs a restart, which empties the memory. At most {@link #CAPACITY} tokens are remembered: when full, the expired ones are
 * dropped, then all if none had expired. Replaces Micronaut's reactive validator, switched off in
 * application.yml ({@code micronaut.security.token.jwt.nimbus.reactive-validator: false}).
 */
@Singleton
final class VerifiedTokens implements TokenValidator<HttpRequest<?>> {
  /** The most tokens remembered at once. */
  static final int CAPACITY = 1024;

  private record Verified(Authentication authentication, Instant notBefore, Instant expires) {
    boolean validAt(Instant now) {
      return now.isBefore(expires) && (notBefore == null || !now.isBefore(notBefore));
    }
  }

  private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
  private final JwtAuthenticationFactory authentications;
  private final Clock clock;
  private final java.util.function.Predicate<String> disabled;
  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

  @Inject
  VerifiedTokens(JsonWebTokenValidator<JWT, HttpRequest<?>> validator,
      JwtAuthenticationFactory authentications, DisabledAccounts disabledAccounts) {
    this(validator, authentications, Clock.systemUTC(), disabledAccounts::contains);
  }

  VerifiedTokens(
      JsonWebTokenValidator<JWT, HttpRequest<?>> validator, JwtAuthenticationFactory authentications,
      Clock clock) {
    this(validator, authentications, clock, username -> false);
  }

  VerifiedTokens(
      JsonWebTokenValidator<JWT, HttpRequest<?>> validator, JwtAuthenticationFactory authentications,
      Clock clock, java.util.function.Predicate<String> disabled) {
    this.validator = validator;
    this.authentications = authentications;
    this.clock = clock;
    this.disabled = disabled;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
    Optional<Authentication> authentication = authenticate(token, request);
    return authentication.isPresent() ? Publishers.just(authentication.get()) : Publishers.empty();
  }

  /** The caller the token names, if it is valid now. */
  Optional<Authentication> authenticate(String token, HttpRequest<?> request) {
    Instant now = clock.instant();
    Verified known = verified.get(token);
    if (known != null) {
      if (known.validAt(now) && !disabled.test(known.authentication().getName())) {
        return Optional.of(known.authentication());
      }
      verified.remove(token, known);
      return Optional.empty();
    }
    Optional<JWT> jwt = validator.validate(token, request);
    if (jwt.isEmpty()) {
      return Optional.empty();
    }
    if (expiry(jwt.get()) == null) {
      return Optional.empty();
    }
    Optional<Authentication> authentication = authentications.createAuthentication(jwt.get())
        .filter(a -> !disabled.test(a.getName()));
    authentication.ifPresent(a -> remember(token, jwt.get(), a, now));
    return authentication;
  }

  private static Date expiry(JWT jwt) {
    try {
      return jwt.getJWTClaimsSet().getExpirationTime();
    } catch (ParseException e) {
      return null;
    }
  }

  /** How many tokens are remembered (for tests). */
  int size() {
    return verified.size();
  }

  private void remember(String token, JWT jwt, Authentication authentication, Instant now) {
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return;
    }
    Date expires = claims.getExpirationTime();
    if (expires == null) {
      return;
    }
    Date notBefore = claims.getNotBeforeTime();
    Verified entry = new Verified(
        authentication, notBefore == null ? null : notBefore.toInstant(), expires.toInstant());
    if (!entry.validAt(now)) {
      return;
    }
    if (verified.size() >= CAPACITY) {
      verified.values().removeIf(v -> !v.validAt(now));
      if (verified.size() >= CAPACITY) {
        verified.clear();
      }
    }
    verified.put(token, entry);
  }
}
