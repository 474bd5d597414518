/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Issue 20, finding 5: wrong logins are throttled per user name and per client address. */
@MicronautTest
@Property(name = "koprogo.security.login.account-failures", value = "3")
@Property(name = "koprogo.security.login.address-failures", value = "8")
class LoginThrottleApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  private Answer login(HttpCalls calls, String username, String password) {
    return calls.postJson("/api/v1/login",
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  private String retryAfter(String username, String password) {
    try {
      client.toBlocking().exchange(HttpRequest.POST("/api/v1/login",
          "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
          .contentType("application/json"), String.class);
      return null;
    } catch (HttpClientResponseException e) {
      return e.getResponse().getHeaders().get("Retry-After");
    }
  }

  @Test
  void locksANameAfterRepeatedFailuresWhetherOrNotItExistsThenTheAddress() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    for (int i = 0; i < 3; i++) {
      assertThat(login(calls, "syndic@tilleuls", "guess" + i).status()).isEqualTo(401);
      assertThat(login(calls, "ghost@nowhere", "guess" + i).status()).isEqualTo(401);
    }

    Answer known = login(calls, "syndic@tilleuls", "koprogo-demo");
    Answer unknown = login(calls, "ghost@nowhere", "koprogo-demo");
    String wait = retryAfter("syndic@tilleuls", "koprogo-demo");
    Answer other = login(calls, "auditor@tilleuls", "koprogo-demo");
    login(calls, "a@nowhere", "x");
    login(calls, "b@nowhere", "x");
    Answer fromAddress = login(calls, "owner@tilleuls", "koprogo-demo");

    assertThat(known.status()).isEqualTo(429);
    assertThat(known.contentType()).isEqualTo("application/problem+json");
    assertThat(known.code()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(unknown.status()).isEqualTo(429);
    assertThat(unknown.json().path("detail").asText().replaceAll("[0-9]+", "N"))
        .isEqualTo(known.json().path("detail").asText().replaceAll("[0-9]+", "N"));
    assertThat(Long.parseLong(wait)).isBetween(1L, 900L);
    assertThat(other.status()).isEqualTo(200);
    assertThat(fromAddress.status()).isEqualTo(429);
  }
}
