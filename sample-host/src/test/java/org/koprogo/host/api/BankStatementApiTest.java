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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.OrganisationId;

/**
 * The bank statement routes (docs/http-api.md, docs/banking.md) on the demo's sample file
 * {@code docs/examples/statement-tilleuls.coda}: in a building whose calls for funds were posted
 * (call 261 to Anne, account 1: {@code +++026/1000/00164+++}; to Bram), Anne's credit is matched,
 * Bram's proposed, then confirmed; the same file again is all duplicates; a malformed file is a
 * 422 naming the line and changes nothing; another organisation meets 404; an owner 403.
 */
@MicronautTest
class BankStatementApiTest {
  private static final Path SAMPLE = Path.of("..", "docs", "examples", "statement-tilleuls.coda");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  RegisterBuilding registerBuilding;

  @Inject
  KeepBooks books;

  @Inject
  BankLines bankLines;

  private HttpCalls calls() {
    return new HttpCalls(client.toBlocking());
  }

  /** A new building of the demo organisation with Anne and Bram called for funds (call 261, as the demo's). */
  private String calledBuilding() {
    String id = "bank-" + UUID.randomUUID();
    String anne = id + "-anne";
    String bram = id + "-bram";
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Bank test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine(anne, "1"))),
            new RegisterBuilding.LotLine(id + "-B", "Flat B", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine(bram, "1")))),
        List.of(new RegisterBuilding.OwnerLine(anne, "Anne Peeters", "", "", ""),
            new RegisterBuilding.OwnerLine(bram, "Bram Janssens", "", "", "")),
        "test"));
    KeepBooks.Posted first = books.postCallForFunds(new KeepBooks.Call(DemoData.TILLEULS, id, "call-1-A",
        LocalDate.of(2026, 1, 1), anne, id + "-A", 1, 261, "552.00", "138.00", "test"));
    books.postCallForFunds(new KeepBooks.Call(DemoData.TILLEULS, id, "call-1-B",
        LocalDate.of(2026, 1, 1), bram, id + "-B", 1, 261, "450.00", "90.00", "test"));
    assertThat(first.reference()).isEqualTo("+++026/1000/00164+++");
    return id;
  }

  private static byte[] sample() {
    try {
      return Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Answer post(String building, byte[] file, String mediaType, String user) {
    HttpCalls calls = calls();
    return calls.exchange(HttpRequest.POST("/api/v1/buildings/" + building + "/bank-statements", file)
        .contentType(mediaType).bearerAuth(DemoLogins.token(calls, user)));
  }

  private Answer postJson(String uri, String body, String user) {
    HttpCalls calls = calls();
    return calls.postJson(uri, body, DemoLogins.token(calls, user));
  }

  private Answer get(String uri, String user) {
    HttpCalls calls = calls();
    return calls.get(uri, DemoLogins.token(calls, user));
  }

  @Test
  void importsMatchesProposesThenTheSameFileIsAllDuplicates() {
    String building = calledBuilding();

    Answer first = post(building, sample(), "text/plain", "syndic@tilleuls");
    Answer again = post(building, sample(), "text/plain; charset=ISO-8859-1", "syndic@tilleuls");

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().toString())
        .isEqualTo("{\"imported\":3,\"matched\":1,\"proposed\":1,\"unmatched\":0,\"duplicates\":0}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().toString())
        .isEqualTo("{\"imported\":0,\"matched\":0,\"proposed\":0,\"unmatched\":0,\"duplicates\":3}");
  }

  @Test
  void theQueueListsTheProposalWhichIsConfirmedOnce() {
    String building = calledBuilding();
    post(building, sample(), "text/plain", "syndic@tilleuls");
    String queueUri = "/api/v1/buildings/" + building + "/bank-statements/queue";

    Answer queue = get(queueUri, "auditor@tilleuls");
    JsonNode line = queue.json().get(0);
    Answer confirmed = postJson(queueUri + "/confirmation",
        "{\"line\":" + line.get("line") + "}", "syndic@tilleuls");
    Answer twice = postJson(queueUri + "/confirmation",
        "{\"line\":" + line.get("line") + "}", "syndic@tilleuls");

    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.json()).hasSize(1);
    assertThat(line.get("outcome").asText()).isEqualTo("PROPOSED");
    assertThat(line.get("line").asText()).startsWith("CODA|BE68539007547034|REF000000000000000A02|");
    assertThat(line.get("owner").asText()).isEqualTo(building + "-bram");
    assertThat(line.get("amount").asText()).isEqualTo("540.00");
    assertThat(line.get("counterpartyName").asText()).isEqualTo("BRAM JANSSENS");
    assertThat(line.get("bookingDate").asText()).isEqualTo("2026-03-20");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().get("how").asText()).isEqualTo("CONFIRMED");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("BANK_LINE_SETTLED");
    assertThat(get(queueUri, "syndic@tilleuls").json()).isEmpty();
  }

  @Test
  void theQueueIsReadAPageAtATimeInImportOrder() {
    String building = calledBuilding();
    OrganisationId org = OrganisationId.of(DemoData.TILLEULS);
    String[] outcomes = {"UNMATCHED", "MATCHED", "PROPOSED", "DEBIT", "UNMATCHED", "PROPOSED"};
    for (int i = 0; i < outcomes.length; i++) {
      LocalDate day = LocalDate.of(2026, 3, 20);
      BankLine l = new BankLine("T|" + i, i + 1, day, day, Money.ofMinor(Money.EUR, outcomes[i].equals("DEBIT") ? -100 : 100 + i),
          "Payer " + i, "", Optional.empty(), "line " + i);
      bankLines.record(org, BuildingId.of(building), new BankLines.Imported(l, "CODA/test/1", outcomes[i],
          outcomes[i].equals("PROPOSED") ? OwnerId.of(building + "-anne") : null, "", "entry-" + i, "test",
          java.time.Instant.parse("2026-03-20T10:00:00Z"), "movement-" + i));
    }
    String queueUri = "/api/v1/buildings/" + building + "/bank-statements/queue";
    HttpCalls calls = calls();

    PagedLists.pagesTheWholeList(calls, queueUri, DemoLogins.token(calls, "auditor@tilleuls"), 2, "line",
        BankLine.MAX_TEXT);
    assertThat(get(queueUri, "syndic@tilleuls").json().findValuesAsText("line"))
        .containsExactly("T|0", "T|2", "T|4", "T|5");
    // a line confirmed since the previous page still marks where it ended
    assertThat(postJson(queueUri + "/assignment", "{\"line\":\"T|2\",\"owner\":\"" + building + "-anne\"}",
        "syndic@tilleuls").status()).isEqualTo(200);
    assertThat(get(queueUri + "?limit=1&after=T%7C2", "syndic@tilleuls").json().findValuesAsText("line"))
        .containsExactly("T|4");
  }

  @Test
  void aWaitingLineIsAssignedToTheOwnerAPersonChose() {
    String building = calledBuilding();
    assertThat(post(building, sample(), "text/plain", "syndic@tilleuls").status()).isEqualTo(200);
    String queueUri = "/api/v1/buildings/" + building + "/bank-statements/queue";
    JsonNode line = get(queueUri, "syndic@tilleuls").json().get(0);

    Answer unknownOwner = postJson(queueUri + "/assignment",
        "{\"line\":" + line.get("line") + ",\"owner\":\"nobody\"}", "admin@tilleuls");
    Answer unknownField = postJson(queueUri + "/assignment",
        "{\"line\":" + line.get("line") + ",\"owner\":\"x\",\"amount\":\"1\"}", "admin@tilleuls");
    Answer unknownLine = postJson(queueUri + "/assignment",
        "{\"line\":\"no-such-line\",\"owner\":\"" + building + "-anne\"}", "admin@tilleuls");
    Answer assigned = postJson(queueUri + "/assignment",
        "{\"line\":" + line.get("line") + ",\"owner\":\"" + building + "-anne\"}", "admin@tilleuls");

    assertThat(unknownOwner.status()).as(unknownOwner.body()).isEqualTo(404);
    assertThat(unknownField.status()).as(unknownField.body()).isEqualTo(422);
    assertThat(unknownField.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknownLine.status()).as(unknownLine.body()).isEqualTo(404);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().get("how").asText()).isEqualTo("ASSIGNED");
    assertThat(assigned.json().get("owner").asText()).isEqualTo(building + "-anne");
    assertThat(get(queueUri, "syndic@tilleuls").json()).isEmpty();
  }

  @Test
  void aMalformedFileIsA4xxNamingTheLineAndChangesNothing() {
    String building = calledBuilding();
    String text = new String(sample(), StandardCharsets.ISO_8859_1);
    byte[] broken = text.replace("000000001230000", "000000001230010").getBytes(StandardCharsets.ISO_8859_1);
    byte[] xml = ("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
        + "<BkToCstmrStmt>\n</Document>\n").getBytes(StandardCharsets.UTF_8);

    Answer coda = post(building, broken, "text/plain", "syndic@tilleuls");
    Answer camt = post(building, xml, "application/xml", "syndic@tilleuls");
    Answer json = post(building, "{}".getBytes(StandardCharsets.UTF_8), "application/json", "syndic@tilleuls");

    assertThat(coda.status()).as(coda.body()).isEqualTo(422);
    assertThat(coda.contentType()).startsWith("application/problem+json");
    assertThat(coda.code()).isEqualTo("MALFORMED_STATEMENT");
    assertThat(coda.json().get("field").asText()).isEqualTo("line");
    assertThat(coda.json().get("value").asInt()).isEqualTo(9);
    assertThat(camt.status()).as(camt.body()).isEqualTo(422);
    assertThat(camt.code()).isEqualTo("MALFORMED_STATEMENT");
    assertThat(camt.json().get("field").asText()).isEqualTo("line");
    assertThat(json.status()).isEqualTo(415);
    assertThat(get("/api/v1/buildings/" + building + "/bank-statements/queue", "syndic@tilleuls").json())
        .isEmpty();
    // the file is still new: nothing of the refused imports was recorded
    assertThat(post(building, sample(), "text/plain", "syndic@tilleuls").json().get("imported").asInt())
        .isEqualTo(3);
  }

  @Test
  void aBodyOverOneMegabyteIsRefused() {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) ' ');

    Answer answer = post("residence-tilleuls", big, "text/plain", "syndic@tilleuls");

    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void anotherOrganisationMeets404AndAnOwnerOrAuditorIsRefused() {
    String building = calledBuilding();

    Answer cross = post(building, sample(), "text/plain", "admin@cailles");
    Answer crossQueue = get("/api/v1/buildings/" + building + "/bank-statements/queue", "admin@cailles");
    Answer owner = post(building, sample(), "text/plain", "owner@tilleuls");
    Answer ownerQueue = get("/api/v1/buildings/" + building + "/bank-statements/queue", "owner@tilleuls");
    Answer auditor = post(building, sample(), "text/plain", "auditor@tilleuls");

    assertThat(cross.status()).as(cross.body()).isEqualTo(404);
    assertThat(crossQueue.status()).isEqualTo(404);
    assertThat(owner.status()).isEqualTo(403);
    assertThat(ownerQueue.status()).isEqualTo(403);
    assertThat(auditor.status()).isEqualTo(403);
    // nothing was imported by the refused calls
    assertThat(post(building, sample(), "text/plain", "syndic@tilleuls").json().get("imported").asInt())
        .isEqualTo(3);
  }
}
