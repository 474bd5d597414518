/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** A failure of the server itself is a problem document too, and tells nothing of its insides. */
@MicronautTest
@Property(name = "spec.name", value = "ServerFailureTest")
class ServerFailureTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void aDefectIsAn500ProblemWithoutItsMessageOrStackTrace() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/test-only/defect");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(answer.body()).doesNotContain("secret").doesNotContain("com.example")
        .doesNotContain("IllegalStateException");
  }

  @Test
  void anIllegalArgumentOfTheHostIsA500ProblemNotAFieldLess422() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/test-only/bad-argument");

    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("INTERNAL_ERROR");
    assertThat(answer.json().path("correlationId").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("secret").doesNotContain("com.example")
        .doesNotContain("IllegalArgumentException");
  }

  @Test
  void aStoreFailureIs503SoThatTheClientMayRetry() {
    Answer answer = new HttpCalls(client.toBlocking()).get("/test-only/store");

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.code()).isEqualTo("STORE_FAILURE");
  }
}
