/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Owner statements over HTTP: installments, payments, penalties, balance and reminders. */
@MicronautTest
class OwnerStatementApiTest {
  private static final String DUPONT = "/api/v1/owners/o-dupont/statement?asOf=2026-06-30";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String syndic;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
  }

  @Test
  void showsTheDemoOwnersLateRoofInstallmentWithItsPenaltyAndAReminder() {
    Answer statement = calls.get(DUPONT, syndic);

    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    JsonNode roof = statement.json().path("lines").get(0);
    assertThat(roof.path("installment").asText()).isEqualTo("roof-2026");
    assertThat(roof.path("dueDate").asText()).isEqualTo("2026-04-01");
    assertThat(roof.path("paid").asText()).isEqualTo("100.00");
    assertThat(roof.path("late").asBoolean()).isTrue();
    assertThat(new BigDecimal(roof.path("penalty").asText())).isPositive();
    assertThat(statement.json().path("reminder").path("installments").get(0).asText()).isEqualTo("roof-2026");
  }

  @Test
  void balanceIsCalledPlusPenaltiesMinusPaid() {
    JsonNode s = calls.get(DUPONT, syndic).json();

    BigDecimal expected = new BigDecimal(s.path("totalCalled").asText())
        .add(new BigDecimal(s.path("totalPenalties").asText()))
        .subtract(new BigDecimal(s.path("totalPaid").asText()));
    assertThat(new BigDecimal(s.path("balance").asText())).isEqualByComparingTo(expected);
    assertThat(s.path("totalPaid").asText()).isEqualTo("100.00");
  }

  @Test
  void lettingTheOwnerSeeTheirOwnStatementOnly() {
    String owner = DemoLogins.token(calls, "owner@tilleuls");

    Answer own = calls.get(DUPONT, owner);
    Answer other = calls.get("/api/v1/owners/o-peeters/statement?asOf=2026-06-30", owner);

    assertThat(own.status()).isEqualTo(200);
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void recordsAPaymentThatTheStatementCounts() {
    Answer paid = calls.postJson("/api/v1/owners/o-lambert/payments",
        "{\"date\":\"2026-05-02\",\"amount\":\"50.00\",\"reference\":\"test\"}", syndic);

    Answer statement = calls.get("/api/v1/owners/o-lambert/statement?asOf=2026-06-30", syndic);

    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    assertThat(statement.json().path("totalPaid").asText()).isEqualTo("50.00");
  }

  @Test
  void refusesAnAsOfThatIsNotADate() {
    Answer answer = calls.get("/api/v1/owners/o-dupont/statement?asOf=2026-13-01", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_DATE");
    assertThat(answer.json().path("field").asText()).isEqualTo("asOf");
  }

  @Test
  void refusesANegativePayment() {
    Answer answer = calls.postJson("/api/v1/owners/o-dupont/payments",
        "{\"date\":\"2026-05-02\",\"amount\":\"-5.00\"}", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("field").asText()).isEqualTo("amount");
  }

  @Test
  void letsAnAuditorReadButNotRecordPayments() {
    String auditor = DemoLogins.token(calls, "auditor@tilleuls");

    Answer read = calls.get(DUPONT, auditor);
    Answer write = calls.postJson("/api/v1/owners/o-dupont/payments",
        "{\"date\":\"2026-05-02\",\"amount\":\"5.00\"}", auditor);

    assertThat(read.status()).isEqualTo(200);
    assertThat(write.status()).isEqualTo(403);
  }
}
