/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * An id in the path that is only blanks is the client's input: a coded 422 naming the id (the
 * library's id records refuse it with {@code INVALID_FIELD}), not a server failure, now that no
 * catch-all turns every {@code IllegalArgumentException} into a 422.
 */
@MicronautTest
class BlankPathIdTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Test
  void aBlankMemberIdIsAnInvalidFieldNamingTheId() {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    String admin = DemoLogins.token(calls, "admin@cailles");

    Answer answer = calls.get("/api/v1/members/%20", admin);

    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_FIELD");
    assertThat(answer.json().path("field").asText()).isEqualTo("id");
  }
}
