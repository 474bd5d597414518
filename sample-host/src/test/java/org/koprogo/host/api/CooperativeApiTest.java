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

/** The cooperative endpoints over HTTP: members and their contribution ledgers. */
@MicronautTest
class CooperativeApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String manager;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    manager = DemoLogins.token(calls, "manager@cailles");
  }

  @Test
  void listsTheDemoMembersWithTheirRanks() {
    Answer members = calls.get("/api/v1/members", manager);

    assertThat(members.status()).isEqualTo(200);
    assertThat(members.json()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(members.json().get(0).path("rank").asInt()).isEqualTo(1);
  }

  @Test
  void pagesTheMembersWithLimitAndAfter() {
    PagedLists.pagesTheWholeList(calls, "/api/v1/members", manager, 2);
  }

  @Test
  void pagesTheGroupsWithLimitAndAfter() {
    for (int i = 0; i < 3; i++) {
      Answer formed = calls.postJson("/api/v1/groups", "{\"id\":\"paged-" + i + "-" + System.nanoTime()
          + "\",\"name\":\"Paged\",\"fundingThreshold\":\"500.00\"}", manager);
      assertThat(formed.status()).as(formed.body()).isEqualTo(201);
    }

    PagedLists.pagesTheWholeList(calls, "/api/v1/groups", manager, 2);
  }

  @Test
  void showsWhatAMemberOwesCountingOnlyConfirmedPayments() {
    Answer paidUp = calls.get("/api/v1/members/m-amrani/ledger", manager);
    Answer rejected = calls.get("/api/v1/members/m-evrard/ledger", manager);

    assertThat(paidUp.json().path("balance").asText()).isEqualTo("0.00");
    assertThat(rejected.json().path("balance").asText()).isEqualTo("750.00");
  }

  @Test
  void pagesAMembersLedgerWithTheWholeBalanceOnEveryPage() {
    Answer whole = calls.get("/api/v1/members/m-evrard/ledger", manager);
    Answer first = calls.get("/api/v1/members/m-evrard/ledger?limit=1", manager);
    Answer second = calls.get("/api/v1/members/m-evrard/ledger?limit=1&after="
        + first.json().path("next").asText(), manager);
    Answer tooMany = calls.get("/api/v1/members/m-evrard/ledger?limit=1001", manager);

    assertThat(whole.json().path("entries").size()).isGreaterThanOrEqualTo(2);
    assertThat(whole.json().path("next").isMissingNode() || whole.json().path("next").isNull()).isTrue();
    assertThat(first.json().path("entries")).hasSize(1);
    assertThat(first.json().path("next").asText()).isEqualTo(whole.json().path("entries").get(0).path("id").asText());
    assertThat(second.json().path("entries").get(0).path("id").asText())
        .isEqualTo(whole.json().path("entries").get(1).path("id").asText());
    assertThat(first.json().path("balance").asText()).isEqualTo(whole.json().path("balance").asText());
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
  }

  @Test
  void registersAMemberPendingIdentityCheck() {
    Answer created = calls.postJson("/api/v1/members",
        "{\"id\":\"m-test-new\",\"name\":\"New Member\",\"rank\":7,\"joinedOn\":\"2026-04-01\"}", manager);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("status").asText()).isEqualTo("PENDING_KYC");
  }

  @Test
  void refusesAMemberWithANegativeRank() {
    Answer answer = calls.postJson("/api/v1/members",
        "{\"name\":\"Neg\",\"rank\":-1,\"joinedOn\":\"2026-04-01\"}", manager);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(answer.json().path("field").asText()).isEqualTo("rank");
  }

  @Test
  void recordsADueOnceWhateverTheRetries() {
    String body = "{\"amount\":\"20.00\",\"valueDate\":\"2026-04-01\",\"reason\":\"April\"}";

    Answer first = calls.exchange(HttpRequest.POST("/api/v1/members/m-costa/ledger/dues", body)
        .contentType("application/json").header("Idempotency-Key", "test-due-april").bearerAuth(manager));
    Answer retry = calls.exchange(HttpRequest.POST("/api/v1/members/m-costa/ledger/dues", body)
        .contentType("application/json").header("Idempotency-Key", "test-due-april").bearerAuth(manager));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().path("duplicate").asBoolean()).isTrue();
    assertThat(retry.json().path("entry").asText()).isEqualTo(first.json().path("entry").asText());
  }

  @Test
  void refusesALedgerEntryWithoutIdempotencyKey() {
    Answer answer = calls.postJson("/api/v1/members/m-costa/ledger/dues",
        "{\"amount\":\"20.00\",\"valueDate\":\"2026-04-01\"}", manager);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("field").asText()).isEqualTo("idempotencyKey");
  }

  @Test
  void letsAMemberDeclareTheirOwnPaymentWhichTheManagerConfirms() {
    String member = DemoLogins.token(calls, "member@cailles");

    Answer declared = calls.postJson("/api/v1/members/m-devos/ledger/payments",
        "{\"id\":\"test-pay-devos\",\"amount\":\"250.00\",\"valueDate\":\"2026-02-07\","
            + "\"idempotencyKey\":\"test-pay-devos\",\"reason\":\"bank ref 4411\"}", member);
    Answer confirmed = calls.postJson("/api/v1/ledger/test-pay-devos/confirmation",
        "{\"reason\":\"statement 12\"}", manager);
    Answer memberConfirms = calls.postJson("/api/v1/ledger/test-pay-devos/confirmation", "{}", member);
    Answer own = calls.get("/api/v1/members/m-devos/ledger", member);

    assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    assertThat(memberConfirms.status()).isEqualTo(403);
    assertThat(own.status()).isEqualTo(200);
  }

  @Test
  void refusesToConfirmARejectedPayment() {
    Answer answer = calls.postJson("/api/v1/ledger/pay-m-evrard-2026-01/confirmation", "{}", manager);

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void letsAMemberSeeNeitherOtherMembersNorTheirLedgers() {
    String member = DemoLogins.token(calls, "member@cailles");

    assertThat(calls.get("/api/v1/members", member).status()).isEqualTo(403);
    assertThat(calls.get("/api/v1/members/m-amrani/ledger", member).status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/ledger/due-m-amrani-2026-01", member).status()).isEqualTo(404);
    assertThat(calls.postJson("/api/v1/members/m-amrani/ledger/payments",
        "{\"amount\":\"1.00\",\"valueDate\":\"2026-01-01\",\"idempotencyKey\":\"x\"}", member).status())
        .isEqualTo(404);
  }

  @Test
  void exportsAMembersDataToThemselves() {
    Answer answer = calls.get("/api/v1/members/m-devos/personal-data",
        DemoLogins.token(calls, "member@cailles"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("Tom De Vos");
  }

  @Test
  void listsNoDeadLettersForAnAdmin() {
    Answer answer = calls.get("/api/v1/outbox/dead-letters", DemoLogins.token(calls, "admin@cailles"));
    Answer replay = calls.postJson("/api/v1/outbox/dead-letters/nope/replay", "{}",
        DemoLogins.token(calls, "admin@cailles"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().isArray()).isTrue();
    assertThat(replay.status()).isEqualTo(404);
  }

  @Test
  void pagesTheDeadLettersWithLimitAndAfterAndRefusesABadPage() {
    String admin = DemoLogins.token(calls, "admin@cailles");
    Answer page = calls.get("/api/v1/outbox/dead-letters?limit=1000&after=00000000-0000-0000-0000-000000000000",
        admin);
    Answer tooMany = calls.get("/api/v1/outbox/dead-letters?limit=1001", admin);
    Answer blank = calls.get("/api/v1/outbox/dead-letters?after=%20", admin);

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json()).isEmpty();
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.json().path("field").asText()).isEqualTo("after");
  }
}
