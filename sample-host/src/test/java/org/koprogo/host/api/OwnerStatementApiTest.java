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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
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
    // 100.00 paid on 2026-04-20 and the owner's 12.60 of the insurance refund, credited on its day
    assertThat(roof.path("paid").asText()).isEqualTo("112.60");
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
    assertThat(s.path("totalPaid").asText()).isEqualTo("112.60");
    assertThat(s.path("credits").get(0).path("expense").asText()).isEqualTo("insurance-refund-2026");
    assertThat(s.path("credits").get(0).path("amount").asText()).isEqualTo("12.60");
  }

  @Test
  void aFormalNoticeThatIsNotADateNamesItsOwnField() {
    Answer answer = calls.get(DUPONT + "&formalNoticeOn=31-01-2026", syndic);

    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_DATE");
    assertThat(answer.json().path("field").asText()).isEqualTo("formalNoticeOn");
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
    // 50.00 paid and the owner's 18.00 of the insurance refund
    assertThat(statement.json().path("totalPaid").asText()).isEqualTo("68.00");
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

  @Inject
  OutPorts ports;

  @Test
  void coversEveryBuildingOfTheOwnerWithTheirCreditNotes() {
    String n = String.valueOf(System.nanoTime());
    String owner = "o-multi-" + n;
    // ids sorting after the demo building, which other tests expect first in the shared database
    String first = "zz-statement-b1-" + n;
    String second = "zz-statement-b2-" + n;
    Answer registered = calls.postJson("/api/v1/buildings", "{\"id\":\"" + first + "\",\"name\":\"x\",\"address\":\"x\","
        + "\"totalShares\":1,\"lots\":[{\"id\":\"L1-" + n + "\",\"label\":\"x\",\"shares\":1,\"owners\":[{\"owner\":\""
        + owner + "\",\"fraction\":\"1\"}]}],\"owners\":[{\"id\":\"" + owner + "\",\"name\":\"Multi\",\"email\":\"\","
        + "\"phone\":\"\",\"postalAddress\":\"\"}]}", syndic);
    OrganisationId org = OrganisationId.of("demo-tilleuls");
    ports.buildings().add(new Building(org, BuildingId.of(second), "y", "y", BigDecimal.ONE, Money.EUR, 0));
    ports.lots().add(new Lot(org, BuildingId.of(second), LotId.of("L2-" + n), "y", BigDecimal.ONE,
        List.of(new Lot.Ownership(OwnerId.of(owner), Fraction.of(1))), 0));
    calls.postJson("/api/v1/buildings/" + first + "/expenses",
        "{\"id\":\"e1-" + n + "\",\"label\":\"x\",\"amount\":\"100.00\",\"bookedOn\":\"2026-01-01\"}", syndic);
    calls.postJson("/api/v1/buildings/" + second + "/expenses",
        "{\"id\":\"e2-" + n + "\",\"label\":\"y\",\"amount\":\"40.00\",\"bookedOn\":\"2026-02-01\"}", syndic);
    Answer credit = calls.postJson("/api/v1/buildings/" + second + "/expenses",
        "{\"id\":\"c2-" + n + "\",\"label\":\"refund\",\"amount\":\"-30.00\",\"bookedOn\":\"2026-03-01\"}", syndic);

    JsonNode s = calls.get("/api/v1/owners/" + owner + "/statement?asOf=2026-06-30", syndic).json();

    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    assertThat(credit.status()).as(credit.body()).isEqualTo(201);
    assertThat(s.path("buildings").toString()).isEqualTo("[\"" + first + "\",\"" + second + "\"]");
    assertThat(s.path("lines")).hasSize(2);
    assertThat(s.path("totalCalled").asText()).isEqualTo("140.00");
    assertThat(s.path("credits").get(0).path("building").asText()).isEqualTo(second);
    assertThat(s.path("totalPaid").asText()).isEqualTo("30.00");
    assertThat(s.path("lines").get(0).path("paid").asText()).isEqualTo("30.00");
  }
}
