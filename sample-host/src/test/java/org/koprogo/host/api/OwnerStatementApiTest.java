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
  void showsTheDemoOwnersUnpaidFourthQuarterWithTheFeeTheBooksChargedAndAReminder() {
    // the demo building keeps books: the statement is the owner's account 410 (docs/accounting.md)
    Answer statement = calls.get("/api/v1/owners/o-dupont/statement?asOf=2026-11-30", syndic);

    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    JsonNode lines = statement.json().path("lines");
    JsonNode q4 = lines.get(lines.size() - 2);
    JsonNode fee = lines.get(lines.size() - 1);
    assertThat(q4.path("installment").asText()).isEqualTo("call-264-C3");
    assertThat(q4.path("dueDate").asText()).isEqualTo("2026-10-01");
    // the 100.00 paid on 20 April, imputed to the oldest call not yet paid once the others were
    assertThat(q4.path("paid").asText()).isEqualTo("100.00");
    assertThat(q4.path("late").asBoolean()).isTrue();
    // the late-payment charges are what the books charged (the reminder fee), not assessed again
    assertThat(q4.path("penalty").asText()).isEqualTo("0.00");
    assertThat(fee.path("installment").asText()).isEqualTo("reminder-264-o-dupont");
    assertThat(fee.path("amount").asText()).isEqualTo("15.00");
    assertThat(statement.json().path("balance").asText()).isEqualTo("335.00");
    assertThat(statement.json().path("reminder").path("installments").get(0).asText()).isEqualTo("call-264-C3");
  }

  @Test
  void balanceIsCalledPlusPenaltiesMinusPaid() {
    JsonNode s = calls.get(DUPONT, syndic).json();

    BigDecimal expected = new BigDecimal(s.path("totalCalled").asText())
        .add(new BigDecimal(s.path("totalPenalties").asText()))
        .subtract(new BigDecimal(s.path("totalPaid").asText()));
    assertThat(new BigDecimal(s.path("balance").asText())).isEqualByComparingTo(expected);
    // six quarters of 420.00 paid (2025 and the first two of 2026) and 100.00 on 20 April, from the books
    assertThat(s.path("totalPaid").asText()).isEqualTo("2620.00");
    assertThat(s.path("balance").asText()).isEqualTo("-100.00");
    // the expenses' credit notes are the working capital's, not on the account of a building keeping books
    assertThat(s.path("credits")).isEmpty();
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
    // six quarters of 600.00 in the books and the 50.00 recorded, which is posted to them too
    assertThat(statement.json().path("totalPaid").asText()).isEqualTo("3650.00");
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
