/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.generator.TokenGenerator;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.koprogo.host.problem.ProblemException;

/** Issue 20, finding 15: a login while the database is down is a 503 naming nothing of it. */
class LoginUnavailableTest {
  private static final DataSource DOWN = (DataSource) Proxy.newProxyInstance(
      LoginUnavailableTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
      (proxy, method, args) -> {
        throw new SQLException("Connection to 127.0.0.1:5432 refused (total=10, active=10)",
            "08001");
      });

  @Test
  void answers503WithRetryAfterAndNoDatabaseDetail() {
    TokenGenerator tokens = new TokenGenerator() {
      @Override
      public Optional<String> generateToken(
          io.micronaut.security.authentication.Authentication a, Integer expiration) {
        return Optional.of("t");
      }

      @Override
      public Optional<String> generateToken(Map<String, Object> claims) {
        return Optional.of("t");
      }
    };
    LoginController login = new LoginController(new Accounts(DOWN, null),
        new Argon2idPasswords(64, 1, 1, 2),
        new LoginThrottle(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15),
            java.time.Clock.systemUTC()),
        new RefreshTokens(DOWN, null, Duration.ofDays(1)), tokens, request -> "10.0.0.1", 900);

    ProblemException refused = catchThrowableOfType(ProblemException.class,
        () -> login.login(HttpRequest.POST("/api/v1/login", ""),
            new LoginController.Credentials("syndic@tilleuls", "koprogo-demo")));

    assertThat(refused.problem()).containsEntry("status", 503)
        .containsEntry("code", "SERVICE_UNAVAILABLE").containsKey("retryAfter");
    assertThat(refused.problem().toString()).doesNotContain("5432", "total=", "syndic");
  }
}
