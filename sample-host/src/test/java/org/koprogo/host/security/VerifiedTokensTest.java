/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final AtomicInteger checks = new AtomicInteger();
  private final Map<String, JWT> valid = new HashMap<>();
  private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator = (token, request) -> {
    checks.incrementAndGet();
    return Optional.ofNullable(valid.get(token));
  };
  private final VerifiedTokens tokens = new VerifiedTokens(
      validator,
      jwt -> {
        try {
          return Optional.of(Authentication.build(jwt.getJWTClaimsSet().getSubject(), List.of("SYNDIC")));
        } catch (java.text.ParseException e) {
          throw new IllegalStateException(e);
        }
      },
      clock);

  private String token(String subject, Instant expires, Instant notBefore) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject);
    if (expires != null) {
      claims.expirationTime(Date.from(expires));
    }
    if (notBefore != null) {
      claims.notBeforeTime(Date.from(notBefore));
    }
    String token = subject + "-" + expires + "-" + notBefore;
    valid.put(token, new PlainJWT(claims.build()));
    return token;
  }

  @Test
  void checksAValidTokenOnceThenRemembersIt() {
    String token = token("syndic", NOW.plusSeconds(3600), null);

    Optional<Authentication> first = tokens.authenticate(token, null);
    Optional<Authentication> second = tokens.authenticate(token, null);

    assertThat(first).map(Authentication::getName).contains("syndic");
    assertThat(second).containsSame(first.get());
    assertThat(checks).hasValue(1);
  }

  @Test
  void refusesARememberedTokenOnceItExpired() {
    String token = token("syndic", NOW.plusSeconds(60), null);
    assertThat(tokens.authenticate(token, null)).isPresent();

    clock.now = NOW.plusSeconds(60);

    assertThat(tokens.authenticate(token, null)).isEmpty();
    assertThat(tokens.size()).isZero();
  }

  @Test
  void neverRemembersAnInvalidToken() {
    assertThat(tokens.authenticate("forged", null)).isEmpty();
    assertThat(tokens.authenticate("forged", null)).isEmpty();

    assertThat(checks).hasValue(2);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void refusesATokenWithoutExpiry() {
    String token = token("syndic", null, null);

    assertThat(tokens.authenticate(token, null)).isEmpty();
    assertThat(tokens.authenticate(token, null)).isEmpty();

    assertThat(tokens.size()).isZero();
  }

  @Test
  void refusesTheTokensOfADisabledAccountEvenRemembered() {
    java.util.Set<String> disabled = new java.util.HashSet<>();
    VerifiedTokens checked = new VerifiedTokens(validator,
        jwt -> Optional.of(Authentication.build("syndic", List.of("SYNDIC"))), clock,
        disabled::contains);
    String token = token("syndic", NOW.plusSeconds(3600), null);
    assertThat(checked.authenticate(token, null)).isPresent();

    disabled.add("syndic");

    assertThat(checked.authenticate(token, null)).isEmpty();
  }

  @Test
  void honoursNotBeforeOnARememberedToken() {
    String token = token("syndic", NOW.plusSeconds(3600), NOW.minusSeconds(1));
    assertThat(tokens.authenticate(token, null)).isPresent();

    clock.now = NOW.minusSeconds(10);

    assertThat(tokens.authenticate(token, null)).isEmpty();
  }

  @Test
  void remembersAtMostItsCapacity() {
    for (int i = 0; i <= VerifiedTokens.CAPACITY + 10; i++) {
      assertThat(tokens.authenticate(token("user" + i, NOW.plus(Duration.ofHours(1)), null), null)).isPresent();
      assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }
    String last = token("last", NOW.plusSeconds(3600), null);
    tokens.authenticate(last, null);
    int before = checks.get();

    assertThat(tokens.authenticate(last, null)).isPresent();
    assertThat(checks).hasValue(before);
  }
}
