/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

@MicronautTest
class HealthControllerTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void answersUpWhileTheProcessRuns() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/health");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void isReadyWhenTheDatabaseAnswers() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/health/readiness");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("checks").path("database").asText()).isEqualTo("UP");
  }

  @Test
  void answersLivenessForOrchestrators() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/health/liveness");

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void servesPrometheusMetricsWithRequestLatencyHistograms() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    calls.get("/health");

    Answer answer = calls.get("/prometheus", org.koprogo.host.DemoLogins.token(calls, "admin@koprogo"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("http_server_requests_seconds_bucket");
  }

  @Test
  void keepsPrometheusMetricsFromAnonymousAndOrdinaryCallers() {
    HttpCalls calls = new HttpCalls(client.toBlocking());

    Answer anonymous = calls.get("/prometheus");
    Answer owner = calls.get("/prometheus", org.koprogo.host.DemoLogins.token(calls, "owner@tilleuls"));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
    assertThat(owner.status()).isEqualTo(403);
  }
}
