/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.validation.Valid;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** POST /login: one demo account, a signed JWT (HS256) in return. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {
  private final TokenGenerator tokens;
  private final int seconds;

  LoginController(TokenGenerator tokens, @Value("${floor.access-token-seconds:7200}") int seconds) {
    this.tokens = tokens;
    this.seconds = seconds;
  }

  @Post("/login")
  HttpResponse<?> login(@Valid @Body Credentials credentials) {
    boolean known = credentials.username().equals("floor")
        && MessageDigest.isEqual(credentials.password().getBytes(StandardCharsets.UTF_8),
            "floor-demo".getBytes(StandardCharsets.UTF_8));
    if (!known) {
      return HttpResponse.unauthorized();
    }
    Authentication who = Authentication.build("floor", List.of("OWNER"), Map.of("org", "floor"));
    return tokens.generateToken(who, seconds)
        .<HttpResponse<?>>map(token -> HttpResponse.ok(Map.of("access_token", token, "token_type", "Bearer")))
        .orElseGet(HttpResponse::serverError);
  }
}
