/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Issue 20, finding 10: headers, CORS refusals and long URIs as problem documents. */
@MicronautTest
@Property(name = "koprogo.http.cors.allowed-origins", value = "https://app.example.org")
class HttpHardeningTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  EmbeddedServer server;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  private HttpResponse<String> raw(io.micronaut.http.MutableHttpRequest<?> request) {
    try {
      return client.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
      return response;
    }
  }

  @Test
  void marksApiResponsesNoStoreAndNosniff() {
    HttpResponse<String> ok = raw(HttpRequest.GET("/api/v1/calculations"));
    HttpResponse<String> refused = raw(HttpRequest.GET("/api/v1/me"));

    assertThat(ok.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    assertThat(ok.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(refused.getHeaders().get("Cache-Control")).isEqualTo("no-store");
    assertThat(refused.getHeaders().get("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void refusesAForeignOriginWithAProblemDocument() {
    Answer read = calls.exchange(HttpRequest.GET("/api/v1/calculations")
        .header("Origin", "https://evil.example"));
    Answer login = calls.exchange(HttpRequest.POST("/api/v1/login",
            "{\"username\":\"syndic@tilleuls\",\"password\":\"koprogo-demo\"}")
        .contentType("application/json").header("Origin", "https://evil.example"));

    assertThat(read.status()).isEqualTo(403);
    assertThat(read.contentType()).isEqualTo("application/problem+json");
    assertThat(read.code()).isEqualTo("ORIGIN_NOT_ALLOWED");
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.code()).isEqualTo("ORIGIN_NOT_ALLOWED");
  }

  @Test
  void servesTheSameOriginAndTheConfiguredOnes() {
    Answer same = calls.exchange(HttpRequest.GET("/api/v1/calculations")
        .header("Origin", "http://localhost:" + server.getPort()));
    HttpResponse<String> allowed = raw(HttpRequest.GET("/api/v1/calculations")
        .header("Origin", "https://app.example.org"));
    HttpResponse<String> preflight = raw(HttpRequest.OPTIONS("/api/v1/login")
        .header("Origin", "https://app.example.org")
        .header("Access-Control-Request-Method", "POST"));

    assertThat(same.status()).isEqualTo(200);
    assertThat(allowed.code()).isEqualTo(200);
    assertThat(allowed.getHeaders().get("Access-Control-Allow-Origin"))
        .isEqualTo("https://app.example.org");
    assertThat(preflight.code()).isEqualTo(204);
    assertThat(preflight.getHeaders().get("Access-Control-Allow-Methods")).contains("POST");
  }

  @Test
  void answers414ForAnOverLongUri() {
    Answer answer = calls.get("/api/v1/owners/" + "x".repeat(5000));

    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("URI_TOO_LONG");
  }
}
