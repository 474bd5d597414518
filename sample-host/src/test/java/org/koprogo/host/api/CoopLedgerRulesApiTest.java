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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * One ledger rule for the whole product (the domain's {@code Ledger}): reversing a confirmed
 * payment marks that payment reversed, never another of the same amount; and a member who holds
 * a lot is not proposed a second one by default (issue 20, finding 11).
 */
@MicronautTest
class CoopLedgerRulesApiTest {

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

  private String groupWithMembers(String suffix, List<String> members, String... lots) {
    String id = "rules-" + suffix;
    String g = "/api/v1/groups/" + id;
    calls.postJson("/api/v1/groups", "{\"id\":\"" + id + "\",\"name\":\"Rules\",\"fundingThreshold\":\"5000.00\"}",
        manager);
    for (String m : members) {
      Answer registered = calls.postJson("/api/v1/members", "{\"id\":\"" + m + "\",\"name\":\"Member " + m
          + "\",\"rank\":1,\"joinedOn\":\"2025-12-01\"}", manager);
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
      calls.postJson(g + "/members", "{\"member\":\"" + m + "\"}", manager);
      calls.postJson(g + "/members/" + m + "/status", "{\"status\":\"ACTIVE\"}", manager);
    }
    calls.postJson(g + "/project", "{\"id\":\"p-" + suffix + "\"}", manager);
    for (String lot : lots) {
      calls.postJson(g + "/project/lots", "{\"id\":\"" + lot + "\",\"type\":\"APARTMENT\",\"surface\":\"70\"}", manager);
    }
    return g;
  }

  private void post(String path, String body) {
    Answer answer = calls.postJson(path, body, manager);
    assertThat(answer.status()).as(answer.body()).isIn(200, 201);
  }

  @Test
  void reversingTheMarchPaymentLeavesTheJanuaryOnePayingTheJanuaryDue() {
    String s = String.valueOf(System.nanoTime());
    String m = "m-rev-" + s;
    String g = groupWithMembers(s, List.of(m), "R1");
    String ledger = "/api/v1/members/" + m + "/ledger/";
    post(ledger + "dues", "{\"id\":\"due-" + s + "\",\"amount\":\"100.00\",\"valueDate\":\"2026-01-15\","
        + "\"idempotencyKey\":\"due-" + s + "\",\"reason\":\"2026-01\"}");
    for (String day : List.of("01-01", "03-01")) {
      post(ledger + "payments", "{\"id\":\"pay-" + day + "-" + s + "\",\"amount\":\"100.00\",\"valueDate\":\"2026-"
          + day + "\",\"idempotencyKey\":\"pay-" + day + "-" + s + "\",\"reason\":\"bank " + day + "\"}");
      post("/api/v1/ledger/pay-" + day + "-" + s + "/confirmation", "{}");
    }

    Answer reversed = calls.postJson("/api/v1/ledger/pay-03-01-" + s + "/reversal",
        "{\"reason\":\"returned by the bank\"}", manager);
    Answer noReason = calls.postJson("/api/v1/ledger/pay-01-01-" + s + "/reversal", "{}", manager);
    Answer round = calls.postJson(g + "/allocation-rounds", "{\"round\":\"2026-R1\",\"cutoff\":\"2026-02-15\"}",
        manager);

    assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
    assertThat(reversed.json().path("kind").asText()).isEqualTo("PAYMENT_REVERSED");
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.code()).isEqualTo("MISSING_FIELD");
    assertThat(round.status()).as(round.body()).isEqualTo(201);
    assertThat(round.json().path("members").get(0).path("outcome").asText()).isEqualTo("ALLOCATED");
    assertThat(round.json().path("members").get(0).path("lot").asText()).isEqualTo("R1");
  }

  @Test
  void aMemberWhoseLotWasValidatedIsNotProposedAnotherInTheNextRound() {
    String s = String.valueOf(System.nanoTime());
    String m = "m-one-" + s;
    String g = groupWithMembers("one-" + s, List.of(m), "A3", "B1");
    post(g + "/allocation-rounds", "{\"round\":\"2026-R1\",\"cutoff\":\"2026-04-30\",\"preferences\":{\"" + m
        + "\":[\"A3\"]}}");
    post(g + "/allocations/2026-R1/" + m + "/validation", "{\"minutesReference\":\"PV-1\",\"decidedOn\":\"2026-05-02\"}");

    Answer second = calls.postJson(g + "/allocation-rounds", "{\"round\":\"2026-R2\",\"cutoff\":\"2026-06-30\"}",
        manager);
    Answer allowed = calls.postJson(g + "/allocation-rounds",
        "{\"round\":\"2026-R3\",\"cutoff\":\"2026-06-30\",\"secondLotAllowed\":true}", manager);

    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().path("proposals")).isEmpty();
    assertThat(second.json().path("unallocatedLots").toString()).contains("B1");
    List<String> offered = new ArrayList<>();
    allowed.json().path("proposals").forEach(p -> offered.add(p.path("member").asText() + "=" + p.path("lot").asText()));
    assertThat(offered).containsExactly(m + "=B1");
  }
}
