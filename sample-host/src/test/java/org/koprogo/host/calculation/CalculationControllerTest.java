/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

@MicronautTest
class CalculationControllerTest {
  private static final String URI = "/api/v1/calculations/charge-distribution";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  @Test
  void distributesAnExpenseWithoutAnyCredentials() {
    Answer answer =
        calls.postJson(URI, "{\"amount\":\"10.00\",\"units\":[\"A\",\"B\",\"C\"],"
            + "\"weights\":{\"A\":\"1\",\"B\":\"1\",\"C\":\"1\"}}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("allocations").path("A").asText()).isEqualTo("3.34");
    assertThat(answer.json().path("allocations").path("C").asText()).isEqualTo("3.33");
  }

  @Test
  void readsLongDecimalWeightsExactly() {
    Answer answer =
        calls.postJson(URI, "{\"amount\":\"1.00\",\"units\":[\"A\",\"B\"],"
            + "\"weights\":{\"A\":0.10000000000000000001,\"B\":0.1}}");

    assertThat(answer.status()).as(answer.body()).isIn(200, 422);
    if (answer.status() == 200) {
      assertThat(answer.json().path("allocations").path("A").asText()).isEqualTo("0.50");
    }
  }

  @Test
  void listsTheImplementedFamilies() {
    Answer answer = calls.get("/api/v1/calculations");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("charge-distribution");
  }

  @Test
  void refusesAnUnknownFamilyWith404() {
    Answer answer = calls.postJson("/api/v1/calculations/tea-brewing", "{}");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("UNKNOWN_FAMILY");
    assertThat(answer.json().path("value").asText()).isEqualTo("tea-brewing");
  }

  @Test
  void refusesMalformedJsonWith400() {
    Answer answer = calls.postJson(URI, "{\"amount\": \"10.00\", ");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void refusesDuplicateKeysAsMalformed() {
    Answer answer = calls.postJson(URI, "{\"amount\":\"1.00\",\"amount\":\"2.00\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void refusesAnEmptyBody() {
    Answer answer = calls.postJson(URI, "");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void refusesABodyThatIsNotAnObject() {
    Answer answer = calls.postJson(URI, "[1, 2]");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_FIELD");
  }

  @Test
  void namesTheOffendingFieldAndValueOfADomainError() {
    Answer answer =
        calls.postJson(URI, "{\"amount\":\"10.001\",\"units\":[\"A\"],\"weights\":{\"A\":\"1\"}}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_AMOUNT");
    assertThat(answer.json().path("field").asText()).isEqualTo("amount");
    assertThat(answer.json().path("value").asText()).isEqualTo("10.001");
  }

  @Test
  void refusesAWrongTypeWithTheFieldPath() {
    Answer answer = calls.postJson(URI, "{\"amount\":\"10.00\",\"units\":\"A\",\"weights\":{}}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("field").asText()).isEqualTo("units");
  }

  @Test
  void refusesAMissingFieldWithItsName() {
    Answer answer = calls.postJson(URI, "{\"units\":[\"A\"],\"weights\":{\"A\":\"1\"}}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("MISSING_FIELD");
    assertThat(answer.json().path("field").asText()).isEqualTo("amount");
  }

  @Test
  void refusesAnotherMediaTypeWith415() {
    Answer answer =
        calls.exchange(HttpRequest.POST(URI, "amount=1").contentType("text/plain"));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void refusesAnotherMethodWith405() {
    Answer answer = calls.exchange(HttpRequest.DELETE(URI));

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.code()).isEqualTo("METHOD_NOT_ALLOWED");
  }

  @Test
  void answersAnUnknownRouteWithAProblem() {
    Answer answer = calls.get("/api/v1/no-such-thing");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void neverShowsAStackTrace() {
    Answer answer = calls.postJson(URI, "{\"amount\":{\"deep\":[1,2,{}]},\"units\":[{}],\"weights\":[]}");

    assertThat(answer.status()).isBetween(400, 499);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
