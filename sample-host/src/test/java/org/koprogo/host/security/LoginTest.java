/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

@MicronautTest
class LoginTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  java.util.Collection<io.micronaut.security.token.validator.TokenValidator<?>> validators;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  private Answer login(String username, String password) {
    return calls.postJson("/api/v1/login",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  @Test
  void givesADemoUserABearerTokenNamingTheirOrganisation() {
    Answer login = login("syndic@tilleuls", "koprogo-demo");
    String token = login.json().path("access_token").asText();

    Answer me = calls.get("/api/v1/me", token);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.json().path("token_type").asText()).isEqualTo("Bearer");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("organisation").asText()).isEqualTo("demo-tilleuls");
    assertThat(me.json().path("roles").get(0).asText()).isEqualTo("SYNDIC");
  }

  @Test
  void refusesAWrongPasswordWithAProblem() {
    Answer login = login("syndic@tilleuls", "guess");

    assertThat(login.status()).isEqualTo(401);
    assertThat(login.contentType()).isEqualTo("application/problem+json");
    assertThat(login.code()).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void refusesAnUnknownUserTheSameWay() {
    Answer login = login("nobody@nowhere", "koprogo-demo");

    assertThat(login.status()).isEqualTo(401);
    assertThat(login.code()).isEqualTo("INVALID_CREDENTIALS");
  }

  @Test
  void refusesARequestWithoutToken() {
    Answer me = calls.get("/api/v1/me");

    assertThat(me.status()).isEqualTo(401);
    assertThat(me.code()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void refusesATamperedToken() {
    String token = login("owner@tilleuls", "koprogo-demo").json().path("access_token").asText();
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "x." + parts[2];

    Answer me = calls.get("/api/v1/me", forged);

    assertThat(me.status()).isEqualTo(401);
    assertThat(me.code()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void checksEveryVariantOfATokenItAlreadyAccepted() {
    String token = login("owner@tilleuls", "koprogo-demo").json().path("access_token").asText();
    String[] parts = token.split("\\.");

    Answer first = calls.get("/api/v1/me", token);
    Answer again = calls.get("/api/v1/me", token);
    Answer resigned = calls.get("/api/v1/me", parts[0] + "." + parts[1] + "." + parts[2].substring(1));
    Answer unsigned = calls.get("/api/v1/me", parts[0] + "." + parts[1] + ".");

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("username").asText()).isEqualTo("owner@tilleuls");
    assertThat(resigned.status()).isEqualTo(401);
    assertThat(unsigned.status()).isEqualTo(401);
  }

  @Test
  void validatesTokensOnlyThroughTheRememberingValidator() {
    assertThat(validators).hasSize(1).allMatch(VerifiedTokens.class::isInstance);
  }

  @Test
  void refusesMalformedLoginJson() {
    Answer login = calls.postJson("/api/v1/login", "{\"username\":");

    assertThat(login.status()).isBetween(400, 499);
    assertThat(login.contentType()).isEqualTo("application/problem+json");
  }
}
