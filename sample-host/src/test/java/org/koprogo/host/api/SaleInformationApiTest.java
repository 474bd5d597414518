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
 * {@code GET /api/v1/lots/{lot}/sale-information} (docs/sale-of-a-lot.md): a lot of 600 of 1,000
 * shares called 400.00 working capital + 100.00 reserve on 1 October 2026 (quarterly), unpaid,
 * sold with transfer on 16 November 2026; a bad date is INVALID_DATE, another organisation meets
 * 404, an owner 403.
 */
@MicronautTest
// the first PDF loads the fonts and warms the layout engine up: seconds on a loaded machine
@io.micronaut.context.annotation.Property(name = "micronaut.http.client.read-timeout", value = "60s")
class SaleInformationApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  RegisterBuilding registerBuilding;

  @Inject
  KeepBooks books;

  private Answer get(String uri, String user) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    return calls.get(uri, DemoLogins.token(calls, user));
  }

  /** A building whose lot {@code id-A} (600/1,000, one owner) is called for Q4 2026; returns the lot. */
  private String calledLot() {
    String id = "sale-" + UUID.randomUUID();
    String seller = id + "-seller";
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Sale test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine(seller, "1"))),
            new RegisterBuilding.LotLine(id + "-B", "Flat B", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine(seller, "1/2"),
                    new RegisterBuilding.OwnershipLine(id + "-other", "1/2")))),
        List.of(new RegisterBuilding.OwnerLine(seller, "Sam Seller", "", "", ""),
            new RegisterBuilding.OwnerLine(id + "-other", "Olga Other", "", "", "")),
        "test"));
    books.postCallForFunds(new KeepBooks.Call(DemoData.TILLEULS, id, "call-4-A",
        LocalDate.of(2026, 10, 1), seller, id + "-A", 4, 4, "400.00", "100.00", "test"));
    return id + "-A";
  }

  @Test
  void givesTheFiguresForTheNotaryAndTheSplitAtTheTransferDate() {
    String lot = calledLot();

    Answer answer = get("/api/v1/lots/" + lot + "/sale-information?transferOn=2026-11-16"
        + "&litigation=none%20pending&document=minutes%202025", "syndic@tilleuls");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode s = answer.json();
    assertThat(s.get("lot").asText()).isEqualTo(lot);
    assertThat(s.get("transferOn").asText()).isEqualTo("2026-11-16");
    assertThat(s.get("shareOfTheLot").asText()).isEqualTo("3/5");
    assertThat(s.get("arrears").asText()).isEqualTo("500.00");
    assertThat(s.get("reserveFund").asText()).isEqualTo("100.00");
    assertThat(s.get("reserveFundShare").asText()).isEqualTo("60.00");
    assertThat(s.get("litigation").get(0).asText()).isEqualTo("none pending");
    assertThat(s.get("documents").get(0).asText()).isEqualTo("minutes 2025");
    assertThat(s.get("sellerTotal").asText()).isEqualTo("300.00");
    assertThat(s.get("buyerTotal").asText()).isEqualTo("200.00");
  }

  @Test
  void refusesABadDateAMissingDateALotWithTwoOwnersAndAnUnknownFrequency() {
    String lot = calledLot();
    String shared = lot.substring(0, lot.length() - 1) + "B";

    Answer bad = get("/api/v1/lots/" + lot + "/sale-information?transferOn=16-11-2026", "syndic@tilleuls");
    Answer missing = get("/api/v1/lots/" + lot + "/sale-information", "syndic@tilleuls");
    Answer twoOwners = get("/api/v1/lots/" + shared + "/sale-information?transferOn=2026-11-16", "syndic@tilleuls");
    Answer frequency = get("/api/v1/lots/" + lot + "/sale-information?transferOn=2026-11-16&frequency=WEEKLY",
        "syndic@tilleuls");

    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.code()).isEqualTo("INVALID_DATE");
    assertThat(bad.json().get("field").asText()).isEqualTo("transferOn");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.code()).isEqualTo("MISSING_FIELD");
    assertThat(twoOwners.status()).isEqualTo(422);
    assertThat(twoOwners.code()).isEqualTo("INVALID_TRANSFER_DATE");
    assertThat(frequency.status()).isEqualTo(422);
  }

  @Test
  void anotherOrganisationMeets404AndAnOwnerIsRefused() {
    String lot = calledLot();

    Answer cross = get("/api/v1/lots/" + lot + "/sale-information?transferOn=2026-11-16", "admin@cailles");
    Answer owner = get("/api/v1/lots/" + lot + "/sale-information?transferOn=2026-11-16", "owner@tilleuls");
    Answer auditor = get("/api/v1/lots/" + lot + "/sale-information?transferOn=2026-11-16", "auditor@tilleuls");

    assertThat(cross.status()).isEqualTo(404);
    assertThat(cross.body()).doesNotContain("Sam Seller", "500.00");
    assertThat(owner.status()).isEqualTo(403);
    assertThat(auditor.status()).isEqualTo(200);
  }

  @Test
  void aDemoLotGivesTheFiguresOfTheDemoBooks() {
    // C3 (70/1,000, Louis Dupont): every call paid but the fourth quarter of 2026 (350.00 + 70.00),
    // a reminder fee of 15.00 charged on 2 November, 100.00 paid on 20 April
    Answer demo = get("/api/v1/lots/C3/sale-information?transferOn=2026-11-16", "syndic@tilleuls");

    assertThat(demo.status()).as(demo.body()).isEqualTo(200);
    JsonNode s = demo.json();
    assertThat(s.get("seller").asText()).isEqualTo("o-dupont");
    assertThat(s.get("shareOfTheLot").asText()).isEqualTo("7/100");
    assertThat(s.get("arrears").asText()).isEqualTo("335.00");
    assertThat(s.get("reserveFund").asText()).isEqualTo("6500.00");
    assertThat(s.get("reserveFundShare").asText()).isEqualTo("455.00");
    assertThat(s.get("split")).hasSize(2);
    assertThat(s.get("split").get(0).get("seller").asText()).isEqualTo("175.00");
    assertThat(s.get("split").get(0).get("buyer").asText()).isEqualTo("175.00");
    assertThat(s.get("sellerTotal").asText()).isEqualTo("245.00");
    assertThat(s.get("buyerTotal").asText()).isEqualTo("175.00");
    // art. 3.94 §1: the working capital (400.00 kept from 2025 + 4 x 5,000.00 + 15.00 - 8,450.00), the lot's
    // calls of the last two years (eight quarters), the balance sheet of the last closed year
    assertThat(s.get("workingCapital").asText()).isEqualTo("11965.00");
    assertThat(s.get("workingCapitalShare").asText()).isEqualTo("837.55");
    assertThat(s.get("callsOfLastTwoYears")).hasSize(8);
    assertThat(s.get("lastBalanceSheetOn").asText()).isEqualTo("2025-12-31");
    // art. 3.94 §2, 1°: the elevator doors (18,000.00 by the general key), decided by the demo assembly of
    // 12 May 2026 and not yet called: 70 / 1,000 of it
    JsonNode works = s.get("commitments").get("works");
    assertThat(works.get("list").get(0).get("commitment").asText()).isEqualTo("elevator-doors-2026");
    assertThat(works.get("list").get(0).get("assembly").asText()).isEqualTo(DemoData.ASSEMBLY);
    assertThat(works.get("list").get(0).get("agendaItem").asText()).isEqualTo("elevator-doors");
    assertThat(works.get("list").get(0).get("total").asText()).isEqualTo("18000.00");
    assertThat(works.get("list").get(0).get("lotShare").asText()).isEqualTo("1260.00");
    assertThat(works.get("lotTotal").asText()).isEqualTo("1260.00");
    assertThat(s.get("commitments").get("urgentWorks").get("list")).isEmpty();
    // decided on 12 May: a transfer on that day or before is not told of it
    Answer before = get("/api/v1/lots/C3/sale-information?transferOn=2026-05-12", "syndic@tilleuls");
    assertThat(before.json().get("commitments").get("works").get("list")).isEmpty();
    Answer indivision = get("/api/v1/lots/C1/sale-information?transferOn=2026-11-16", "syndic@tilleuls");
    assertThat(indivision.status()).isEqualTo(422);
    assertThat(indivision.code()).isEqualTo("INVALID_TRANSFER_DATE");
  }

  private io.micronaut.http.HttpResponse<byte[]> pdf(String uri, String user, String language) {
    HttpCalls calls = new HttpCalls(client.toBlocking());
    var request = io.micronaut.http.HttpRequest.GET(uri).bearerAuth(DemoLogins.token(calls, user))
        .accept("application/pdf");
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      return client.toBlocking().exchange(request, byte[].class);
    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      io.micronaut.http.HttpResponse<byte[]> answer = (io.micronaut.http.HttpResponse<byte[]>) e.getResponse();
      return answer;
    }
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isNotBlank();
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void givesTheDocumentForTheNotaryAsPdfWithTheFiguresOfTheJson() throws java.io.IOException {
    String uri = "/api/v1/lots/C3/sale-information?transferOn=2026-11-16&litigation=aucune";
    JsonNode json = get(uri, "syndic@tilleuls").json();

    io.micronaut.http.HttpResponse<byte[]> fr = pdf(uri, "syndic@tilleuls", "fr-BE,fr;q=0.9");
    io.micronaut.http.HttpResponse<byte[]> unknown = pdf(uri, "auditor@tilleuls", "es");
    io.micronaut.http.HttpResponse<byte[]> owner = pdf(uri, "owner@tilleuls", "fr");
    io.micronaut.http.HttpResponse<byte[]> bad = pdf("/api/v1/lots/C3/sale-information?transferOn=x", "syndic@tilleuls", "fr");

    assertThat(fr.code()).isEqualTo(200);
    assertThat(fr.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    String text = pdfText(fr.body());
    assertThat(text).contains("Informations au notaire avant la vente d’un lot", "Résidence Les Tilleuls",
        "Louis Dupont", "16 novembre 2026", "aucune", "Replacement of the elevator doors",
        "12 mai 2026, par l’", "pas encore demandé", "18000.00 EUR",
        json.get("commitments").get("works").get("lotTotal").asText() + " EUR",
        json.get("arrears").asText() + " EUR", json.get("reserveFund").asText() + " EUR",
        json.get("reserveFundShare").asText() + " EUR", json.get("sellerTotal").asText() + " EUR",
        json.get("buyerTotal").asText() + " EUR");
    assertThat(unknown.code()).isEqualTo(200);
    assertThat(pdfText(unknown.body())).contains("Inlichtingen aan de notaris", "335.00 EUR");
    assertThat(owner.code()).isEqualTo(403);
    assertThat(bad.code()).isEqualTo(422);
  }

  @Test
  void givesTheSplitAsCsvWithTheFiguresOfTheJson() {
    String uri = "/api/v1/lots/C3/sale-information?transferOn=2026-11-16";
    JsonNode json = get(uri, "syndic@tilleuls").json();
    HttpCalls calls = new HttpCalls(client.toBlocking());

    io.micronaut.http.HttpResponse<String> csv = client.toBlocking().exchange(io.micronaut.http.HttpRequest.GET(uri)
        .bearerAuth(DemoLogins.token(calls, "syndic@tilleuls")).accept("text/csv"), String.class);

    assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
    String[] rows = csv.body().split("\r\n");
    assertThat(rows[0]).isEqualTo("lot,transfer_on,period,from,to,part,amount,seller,buyer,currency");
    assertThat(rows).hasSize(1 + json.get("split").size());
    JsonNode first = json.get("split").get(0);
    assertThat(rows[1]).isEqualTo("C3,2026-11-16,4," + first.get("from").asText() + "," + first.get("to").asText()
        + "," + first.get("part").asText() + "," + first.get("amount").asText() + "," + first.get("seller").asText()
        + "," + first.get("buyer").asText() + ",EUR");

    io.micronaut.http.HttpResponse<String> commitments = client.toBlocking().exchange(io.micronaut.http.HttpRequest
        .GET(uri + "&table=commitments").bearerAuth(DemoLogins.token(calls, "syndic@tilleuls")).accept("text/csv"),
        String.class);
    String[] lines = commitments.body().split("\r\n");
    assertThat(lines[0]).isEqualTo(
        "lot,transfer_on,item,kind,commitment,label,decided_on,decided_by,called_on,total,lot_share,currency");
    assertThat(lines).contains("C3,2026-11-16,1,WORKS,elevator-doors-2026,Replacement of the elevator doors,"
        + "2026-05-12,GENERAL_ASSEMBLY,,18000.00," + json.get("commitments").get("works").get("lotTotal").asText()
        + ",EUR");
    assertThat(get(uri + "&table=other", "syndic@tilleuls").status()).isEqualTo(422);
  }
}
