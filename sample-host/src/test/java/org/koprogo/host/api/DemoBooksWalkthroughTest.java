/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.in.KeepBooks;

/**
 * docs/http-api.md's walk-through "Bank statements and the sale of a lot" on the demo building,
 * in its order, from the demo as loaded: 2025 is closed with a balanced trial balance; the demo's
 * CODA statement matches Anne's transfer by its reference and proposes Bram's; the camt.053 file
 * of the same movements counts as duplicates; the proposal is confirmed; lot A2's sale
 * information then gives the figures the books hold. The only test that imports into the demo
 * building (the test database is shared by the test classes of a run).
 */
@MicronautTest
class DemoBooksWalkthroughTest {
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  KeepBooks books;

  private Answer post(String file, String mediaType) throws IOException {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    return calls.exchange(HttpRequest.POST("/api/v1/buildings/" + DemoData.BUILDING + "/bank-statements",
        Files.readAllBytes(EXAMPLES.resolve(file))).contentType(mediaType)
        .bearerAuth(DemoLogins.token(calls, "syndic@tilleuls")));
  }

  private Answer get(String uri) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    return calls.get(uri, DemoLogins.token(calls, "syndic@tilleuls"));
  }

  private Money owner(String owner) {
    return books.ownerBalance(new KeepBooks.OwnerQuery(DemoData.TILLEULS, DemoData.BUILDING, owner,
        LocalDate.of(2026, 12, 31)));
  }

  @Test
  void theReadmeWalkThroughGivesWhatItSays() throws IOException {
    KeepBooks.YearQuery y2025 = new KeepBooks.YearQuery(DemoData.TILLEULS, DemoData.BUILDING, 2025);
    assertThat(books.trialBalance(y2025).balanced()).isTrue();
    var income = books.incomeStatement(y2025);
    assertThat(income.totalIncome().plus(income.totalExpenses().negated())).isEqualTo(Money.parse("400.00", Money.EUR));
    assertThatThrownBy(() -> books.postPayment(new KeepBooks.OwnerMovement(DemoData.TILLEULS, DemoData.BUILDING,
        "late-2025", LocalDate.of(2025, 12, 30), "o-maes", "late", "1.00", "test")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PERIOD_CLOSED));
    assertThat(owner("o-peeters")).isEqualTo(Money.parse("690.00", Money.EUR));
    assertThat(owner("o-janssens")).isEqualTo(Money.parse("1080.00", Money.EUR));

    Answer coda = post("statement-tilleuls.coda", "text/plain");
    Answer camt = post("statement-tilleuls.camt053.xml", "application/xml");
    Answer queue = get("/api/v1/buildings/" + DemoData.BUILDING + "/bank-statements/queue");

    assertThat(coda.status()).as(coda.body()).isEqualTo(200);
    assertThat(coda.json().toString())
        .isEqualTo("{\"imported\":3,\"matched\":1,\"proposed\":1,\"unmatched\":0,\"duplicates\":0}");
    assertThat(camt.status()).as(camt.body()).isEqualTo(200);
    assertThat(camt.json().toString())
        .isEqualTo("{\"imported\":0,\"matched\":0,\"proposed\":0,\"unmatched\":0,\"duplicates\":3}");
    assertThat(owner("o-peeters")).isEqualTo(Money.parse("0.00", Money.EUR));
    assertThat(queue.json()).hasSize(1);
    JsonNode line = queue.json().get(0);
    assertThat(line.get("outcome").asText()).isEqualTo("PROPOSED");
    assertThat(line.get("owner").asText()).isEqualTo("o-janssens");
    assertThat(line.get("reference").asText()).isEqualTo("+++026/1000/00265+++");

    HttpCalls calls = new HttpCalls(client.toBlocking());
    Answer confirmed = calls.postJson("/api/v1/buildings/" + DemoData.BUILDING + "/bank-statements/queue/confirmation",
        "{\"line\":" + line.get("line") + "}", DemoLogins.token(calls, "syndic@tilleuls"));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(owner("o-janssens")).isEqualTo(Money.parse("540.00", Money.EUR));

    Answer sale = get("/api/v1/lots/A2/sale-information?transferOn=2026-11-16&litigation=none");
    assertThat(sale.status()).as(sale.body()).isEqualTo(200);
    JsonNode s = sale.json();
    assertThat(s.get("arrears").asText()).isEqualTo("540.00");
    assertThat(s.get("reserveFund").asText()).isEqualTo("6500.00");
    assertThat(s.get("reserveFundShare").asText()).isEqualTo("585.00");
    assertThat(s.get("sellerTotal").asText()).isEqualTo("315.00");
    assertThat(s.get("buyerTotal").asText()).isEqualTo("225.00");
    assertThat(books.trialBalance(new KeepBooks.YearQuery(DemoData.TILLEULS, DemoData.BUILDING, 2026)).balanced())
        .isTrue();
    assertThat(books.balanceSheet(new KeepBooks.YearQuery(DemoData.TILLEULS, DemoData.BUILDING, 2026)).toString())
        .isNotEmpty();
    assertThat(ChartOfAccounts.SUSPENSE).isEqualTo("499");
  }
}
