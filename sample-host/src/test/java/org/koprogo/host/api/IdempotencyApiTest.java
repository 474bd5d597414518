/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Issue 20, finding 13: an idempotency key is bound to its request and to its caller. */
@MicronautTest
class IdempotencyApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  private Answer pay(String token, String member, String key, String amount) {
    return calls.exchange(HttpRequest.POST("/api/v1/members/" + member + "/ledger/payments",
            "{\"amount\":\"" + amount + "\",\"valueDate\":\"2026-02-05\",\"reason\":\"February\"}")
        .contentType("application/json").bearerAuth(token).header("Idempotency-Key", key));
  }

  @Test
  void refusesAnotherMembersKeyWithoutRevealingItsEntry() {
    String member = DemoLogins.token(calls, "member@cailles");

    Answer answer = pay(member, "m-devos", "pay:m-amrani:2026-02", "250.00");

    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(answer.body()).doesNotContain("m-amrani", "pay-m-amrani", "PAYMENT_DECLARED");
  }

  @Test
  void answersARetryOfTheSameRequestAsADuplicateAndAnotherBodyAs422() {
    String member = DemoLogins.token(calls, "member@cailles");

    Answer first = pay(member, "m-devos", "pay:m-devos:idem-test", "40.00");
    Answer retry = pay(member, "m-devos", "pay:m-devos:idem-test", "40.00");
    Answer otherBody = pay(member, "m-devos", "pay:m-devos:idem-test", "41.00");

    assertThat(first.status()).as(first.body()).isIn(200, 201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().path("duplicate").asBoolean()).isTrue();
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }
}
