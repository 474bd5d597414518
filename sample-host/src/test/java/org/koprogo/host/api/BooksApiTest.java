/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterBuilding;

/**
 * The books' routes (docs/http-api.md): the demo's 2025 is closed with a balanced trial balance, a
 * result of 400.00 and a balanced balance sheet; a year is closed once (again: duplicate), then a
 * posting in it is 409 PERIOD_CLOSED; an owner cannot read the books, another organisation meets
 * 404, a year that is not four digits is 422.
 */
@MicronautTest
class BooksApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  RegisterBuilding registerBuilding;

  @Inject
  KeepBooks books;

  @Inject
  org.koprogo.ports.in.statement.RecordOwnerPayment ownerPayments;

  private Answer get(String uri, String user) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    return calls.get(uri, DemoLogins.token(calls, user));
  }

  private Answer post(String uri, String user) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    return calls.exchange(HttpRequest.POST(uri, "").bearerAuth(DemoLogins.token(calls, user)));
  }

  @Test
  void theDemosPreviousYearIsClosedAndBalanced() {
    String base = "/api/v1/buildings/" + DemoData.BUILDING + "/books/2025";

    Answer trial = get(base + "/trial-balance", "auditor@tilleuls");
    Answer income = get(base + "/income-statement", "syndic@tilleuls");
    Answer sheet = get(base + "/balance-sheet", "council@tilleuls");
    Answer closeAgain = post(base + "/closing", "syndic@tilleuls");

    assertThat(trial.status()).as(trial.body()).isEqualTo(200);
    assertThat(trial.json().get("balanced").asBoolean()).isTrue();
    assertThat(trial.json().get("totalDebit").asText()).isEqualTo(trial.json().get("totalCredit").asText());
    assertThat(income.json().get("totalIncome").asText()).isEqualTo("20000.00");
    assertThat(income.json().get("totalExpenses").asText()).isEqualTo("19600.00");
    assertThat(income.json().get("result").asText()).isEqualTo("400.00");
    assertThat(income.json().get("expenses").toString()).isEqualTo("[{\"account\":\"610\",\"name\":"
        + "\"Services and miscellaneous goods\",\"debit\":\"19600.00\",\"credit\":\"0.00\",\"balance\":\"19600.00\"}]");
    assertThat(income.json().get("income").toString()).isEqualTo("[{\"account\":\"700\",\"name\":"
        + "\"Calls for funds, working capital\",\"debit\":\"0.00\",\"credit\":\"20000.00\",\"balance\":\"-20000.00\"}]");
    assertThat(sheet.json().get("balanced").asBoolean()).isTrue();
    assertThat(sheet.json().get("unclosedResult").asText()).isEqualTo("0.00");
    JsonNode reserve = null;
    for (JsonNode line : sheet.json().get("fundsAndDebts")) {
      if (line.get("account").asText().equals("160")) {
        reserve = line;
      }
    }
    assertThat(reserve).isNotNull();
    assertThat(reserve.get("amount").asText()).isEqualTo("2500.00");
    assertThat(closeAgain.status()).as(closeAgain.body()).isEqualTo(200);
    assertThat(closeAgain.json().toString()).isEqualTo(
        "{\"entry\":\"closing-2025\",\"kind\":\"CLOSING\",\"amount\":\"20000.00\",\"duplicate\":true,\"reference\":\"\"}");
  }

  @Test
  void closesAYearOnceThenRefusesPostingsInIt() {
    String id = "books-" + UUID.randomUUID();
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Books test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("1000"),
            List.of(new RegisterBuilding.OwnershipLine(id + "-o", "1")))),
        List.of(new RegisterBuilding.OwnerLine(id + "-o", "Olga Owner", "", "", "")), "test"));
    books.postCallForFunds(new KeepBooks.Call(DemoData.TILLEULS, id, "call-1", LocalDate.of(2026, 1, 1), id + "-o",
        id + "-A", 1, 1, "300.00", "50.00", "test"));
    String base = "/api/v1/buildings/" + id + "/books/2026";

    Answer owner = post(base + "/closing", "owner@tilleuls");
    Answer closed = post(base + "/closing", "syndic@tilleuls");
    Answer again = post(base + "/closing", "admin@tilleuls");
    Answer late = post("/api/v1/buildings/" + id + "/books/2026/closing", "syndic@tilleuls");

    assertThat(owner.status()).isEqualTo(403);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().get("kind").asText()).isEqualTo("CLOSING");
    assertThat(closed.json().get("duplicate").asBoolean()).isFalse();
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(late.status()).isEqualTo(200);
    assertThat(get(base + "/income-statement", "syndic@tilleuls").json().get("result").asText()).isEqualTo("300.00");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> books.postPayment(new KeepBooks.OwnerMovement(
        DemoData.TILLEULS, id, "pay-1", LocalDate.of(2026, 6, 1), id + "-o", "late", "350.00", "test")))
        .hasMessageContaining("PERIOD_CLOSED");
  }

  @Test
  void bringsThePaymentsRecordedBeforeTheBooksIntoThemOnce() {
    String id = "opening-" + UUID.randomUUID();
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Opening test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("1000"),
            List.of(new RegisterBuilding.OwnershipLine(id + "-o", "1")))),
        List.of(new RegisterBuilding.OwnerLine(id + "-o", "Olga Owner", "", "", "")), "test"));
    ownerPayments.record(new org.koprogo.ports.in.statement.RecordOwnerPayment.Payment(DemoData.TILLEULS,
        id + "-o", id + "-pay", LocalDate.of(2026, 1, 5), "350.00", "transfer", "test"));
    String uri = "/api/v1/buildings/" + id + "/books/earlier-payments";

    Answer noBooks = post(uri, "syndic@tilleuls");
    books.postCallForFunds(new KeepBooks.Call(DemoData.TILLEULS, id, "call-1", LocalDate.of(2026, 1, 1), id + "-o",
        id + "-A", 1, 1, "300.00", "50.00", "test"));
    Answer owner = post(uri, "owner@tilleuls");
    Answer posted = post(uri, "syndic@tilleuls");
    Answer again = post(uri, "admin@tilleuls");

    assertThat(noBooks.status()).as(noBooks.body()).isEqualTo(409);
    assertThat(noBooks.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(owner.status()).isEqualTo(403);
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    assertThat(posted.json().get("posted").get(0).asText()).isEqualTo("owner-payment-" + id + "-pay");
    assertThat(posted.json().get("openingDay").isNull()).isTrue();
    assertThat(again.json().get("posted")).isEmpty();
    assertThat(again.json().get("alreadyInBooks").asInt()).isEqualTo(1);
    assertThat(books.ownerBalance(new KeepBooks.OwnerQuery(DemoData.TILLEULS, id, id + "-o",
        LocalDate.of(2026, 2, 1)))).isEqualTo(org.koprogo.domain.shared.Money.parse("0.00",
        org.koprogo.domain.shared.Money.EUR));
  }

  private io.micronaut.http.HttpResponse<String> postJson(String uri, String body, String user) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    try {
      return client.toBlocking().exchange(HttpRequest.POST(uri, body).contentType("application/json")
          .bearerAuth(DemoLogins.token(calls, user)), String.class);
    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      io.micronaut.http.HttpResponse<String> answer = (io.micronaut.http.HttpResponse<String>) e.getResponse();
      return answer;
    }
  }

  private static String code(io.micronaut.http.HttpResponse<String> answer) {
    return answer.getBody(String.class).orElse("").replaceAll(".*\"code\":\"([A-Z_]+)\".*", "$1");
  }

  @Test
  void aSyndicKeepsTheBooksThroughTheApiAndTheStatementIsTheOwnersAccount() {
    String id = "posting-" + UUID.randomUUID();
    String owner = id + "-o";
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Posting test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("1000"),
            List.of(new RegisterBuilding.OwnershipLine(owner, "1")))),
        List.of(new RegisterBuilding.OwnerLine(owner, "Olga Owner", "", "", "")), "test"));
    String base = "/api/v1/buildings/" + id + "/books";
    String call = "{\"entry\":\"call-261\",\"dueDate\":\"2026-01-01\",\"owner\":\"" + owner + "\",\"lot\":\""
        + id + "-A\",\"period\":1,\"call\":261,\"workingCapital\":\"300.00\",\"reserve\":\"50.00\"}";

    var posted = postJson(base + "/calls-for-funds", call, "syndic@tilleuls");
    var again = postJson(base + "/calls-for-funds", call, "admin@tilleuls");
    var other = postJson(base + "/calls-for-funds", call.replace("300.00", "301.00"), "syndic@tilleuls");
    var expense = postJson(base + "/expenses",
        "{\"entry\":\"inv-1\",\"date\":\"2026-01-20\",\"label\":\"cleaning\",\"amount\":\"120.00\"}", "syndic@tilleuls");
    var payment = postJson(base + "/payments",
        "{\"entry\":\"pay-1\",\"date\":\"2026-01-10\",\"owner\":\"" + owner + "\",\"amount\":\"200.00\"}",
        "syndic@tilleuls");
    var byOwner = postJson(base + "/payments",
        "{\"date\":\"2026-01-10\",\"owner\":\"" + owner + "\",\"amount\":\"1.00\"}", "owner@tilleuls");
    var badAmount = postJson(base + "/expenses",
        "{\"date\":\"2026-01-20\",\"label\":\"x\",\"amount\":\"1e3\"}", "syndic@tilleuls");
    var notAnExpense = postJson(base + "/expenses",
        "{\"date\":\"2026-01-20\",\"label\":\"x\",\"amount\":\"1.00\",\"account\":\"440\"}", "syndic@tilleuls");
    Answer entry = get(posted.header("Location"), "auditor@tilleuls");
    Answer statement = get("/api/v1/owners/" + owner + "/statement?asOf=2026-01-31", "syndic@tilleuls");

    assertThat(posted.code()).as(posted.body()).isEqualTo(201);
    assertThat(posted.header("Location")).isEqualTo(base + "/entries/call-261");
    assertThat(posted.body()).contains("\"kind\":\"CALL_FOR_FUNDS\"", "\"amount\":\"350.00\"", "\"duplicate\":false",
        "\"reference\":\"+++");
    assertThat(again.code()).isEqualTo(200);
    assertThat(again.body()).contains("\"duplicate\":true");
    assertThat(other.code()).isEqualTo(422);
    assertThat(other.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    assertThat(code(other)).isEqualTo("IDEMPOTENCY_CONFLICT");
    assertThat(expense.code()).as(expense.body()).isEqualTo(201);
    assertThat(expense.header("Location")).isEqualTo(base + "/entries/inv-1");
    assertThat(payment.code()).as(payment.body()).isEqualTo(201);
    assertThat(byOwner.code()).isEqualTo(403);
    assertThat(badAmount.code()).isEqualTo(422);
    assertThat(code(badAmount)).isEqualTo("VALIDATION_FAILED");
    assertThat(code(notAnExpense)).isEqualTo("UNKNOWN_ACCOUNT");
    assertThat(entry.status()).as(entry.body()).isEqualTo(200);
    assertThat(entry.json().get("kind").asText()).isEqualTo("CALL_FOR_FUNDS");
    assertThat(entry.json().get("lines").toString()).isEqualTo("[{\"account\":\"410\",\"side\":\"DEBIT\",\"amount\":"
        + "\"350.00\",\"owner\":\"" + owner + "\"},{\"account\":\"700\",\"side\":\"CREDIT\",\"amount\":\"300.00\","
        + "\"owner\":null},{\"account\":\"160\",\"side\":\"CREDIT\",\"amount\":\"50.00\",\"owner\":null}]");
    assertThat(get(base + "/entries/nothing", "syndic@tilleuls").status()).isEqualTo(404);
    assertThat(get(posted.header("Location"), "owner@tilleuls").status()).isEqualTo(403);
    // the owner's statement is their account 410: 350.00 called, 200.00 paid
    assertThat(statement.json().get("balance").asText()).isEqualTo("150.00");
    assertThat(books.ownerBalance(new KeepBooks.OwnerQuery(DemoData.TILLEULS, id, owner, LocalDate.of(2026, 1, 31))))
        .isEqualTo(org.koprogo.domain.shared.Money.parse("150.00", org.koprogo.domain.shared.Money.EUR));
    // the working capital: 300.00 called - 120.00 charged
    assertThat(get(base + "/2026/balance-sheet", "syndic@tilleuls").json().get("unclosedResult").asText())
        .isEqualTo("180.00");
  }

  @Test
  void theExampleOfTheAccountingPagePostsAnExpenseToTheDemo() {
    // docs/accounting.md, "HTTP (sample host)"
    var answer = postJson("/api/v1/buildings/residence-tilleuls/books/expenses",
        "{\"entry\":\"window-2026\",\"date\":\"2026-12-01\",\"label\":\"Window repair\",\"amount\":\"180.00\","
            + "\"account\":\"610\"}", "syndic@tilleuls");

    assertThat(answer.code()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body()).isEqualTo(
        "{\"entry\":\"window-2026\",\"kind\":\"EXPENSE\",\"amount\":\"180.00\",\"duplicate\":false,\"reference\":\"\"}");
  }

  @Test
  void refusesOwnersOtherOrganisationsAndBadYears() {
    String base = "/api/v1/buildings/" + DemoData.BUILDING + "/books/";

    assertThat(get(base + "2025/trial-balance", "owner@tilleuls").status()).isEqualTo(403);
    assertThat(get(base + "2025/trial-balance", "admin@cailles").status()).isEqualTo(404);
    Answer bad = get(base + "20x5/trial-balance", "syndic@tilleuls");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.code()).isEqualTo("INVALID_FIELD");
  }
}
