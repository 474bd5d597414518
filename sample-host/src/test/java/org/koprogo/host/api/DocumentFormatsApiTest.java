/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** The PDF and CSV forms of the statement, the minutes and the convocation, beside their JSON. */
@MicronautTest
class DocumentFormatsApiTest {
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

  private HttpResponse<byte[]> get(String uri, String accept, String token, String language) {
    var request = HttpRequest.GET(uri).bearerAuth(token).accept(accept);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      return client.toBlocking().exchange(request, byte[].class);
    } catch (HttpClientResponseException e) {
      return (HttpResponse<byte[]>) e.getResponse();
    }
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void givesTheStatementLinesAsCsvWithTheFiguresOfTheJson() throws IOException {
    JsonNode json = calls.get(DUPONT, syndic).json();

    HttpResponse<byte[]> csv = get(DUPONT, "text/csv", syndic, null);

    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
    List<CSVRecord> rows;
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)))) {
      rows = p.getRecords();
    }
    assertThat(rows).hasSize(json.path("lines").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode line = json.path("lines").get(i);
      assertThat(rows.get(i).get("installment")).isEqualTo(line.path("installment").asText());
      assertThat(rows.get(i).get("due_date")).isEqualTo(line.path("dueDate").asText());
      assertThat(rows.get(i).get("amount")).isEqualTo(line.path("amount").asText());
      assertThat(rows.get(i).get("paid")).isEqualTo(line.path("paid").asText());
      assertThat(rows.get(i).get("outstanding")).isEqualTo(line.path("outstanding").asText());
      assertThat(rows.get(i).get("penalty")).isEqualTo(line.path("penalty").asText());
    }
  }

  @Test
  void givesTheStatementAsPdfInTheReadersLanguageWithTheBalanceOfTheJson() throws IOException {
    JsonNode json = calls.get(DUPONT, syndic).json();

    HttpResponse<byte[]> pdf = get(DUPONT, "application/pdf", syndic, "fr-BE,fr;q=0.9");

    assertThat(pdf.code()).isEqualTo(200);
    assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    assertThat(pdfText(pdf.body())).contains("Décompte individuel", "Louis Dupont",
        json.path("balance").asText() + " EUR", json.path("totalCalled").asText() + " EUR");
  }

  @Test
  void keepsJsonAsTheDefaultAndTheSameAuthorisationForEveryForm() {
    String owner = DemoLogins.token(calls, "owner@tilleuls");

    Answer plain = calls.get(DUPONT, syndic);
    Answer othersJson = calls.get("/api/v1/owners/o-peeters/statement?asOf=2026-06-30", owner);
    HttpResponse<byte[]> others = get("/api/v1/owners/o-peeters/statement?asOf=2026-06-30", "application/pdf",
        owner, null);
    HttpResponse<byte[]> othersCsv = get("/api/v1/owners/o-peeters/statement?asOf=2026-06-30", "text/csv",
        owner, null);
    HttpResponse<byte[]> own = get(DUPONT, "text/csv", owner, null);

    assertThat(plain.status()).as(plain.body()).isEqualTo(200);
    assertThat(plain.contentType()).startsWith("application/json");
    assertThat(othersJson.status()).isIn(403, 404);
    assertThat(others.code()).isEqualTo(othersJson.status());
    assertThat(othersCsv.code()).isEqualTo(othersJson.status());
    assertThat(own.code()).isEqualTo(200);
  }

  @Test
  void theConvocationSaysThePlaceAndTimeItRecordedWhateverTheQuerySays() throws IOException {
    String id = "ga-doc-" + UUID.randomUUID();
    String base = "/api/v1/assemblies/" + id;
    assertThat(calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + id
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}", syndic).status()).isEqualTo(201);
    assertThat(calls.postJson(base + "/convocation", "{\"convokedOn\":\"2026-08-31\","
        + "\"startsAt\":\"2026-09-16T18:45\",\"place\":\"Foyer du Parc\"}", syndic).status()).isEqualTo(200);

    String plain = pdfText(get(base + "/convocation", "application/pdf", syndic, "fr").body());
    String queried = pdfText(get(base + "/convocation?place=Elsewhere&time=07:00", "application/pdf", syndic, "fr")
        .body());

    assertThat(plain).contains("Foyer du Parc", "18:45");
    assertThat(queried).contains("Foyer du Parc", "18:45").doesNotContain("Elsewhere", "07:00");
  }

  @Test
  void refusesAConvocationsTimeThatIsNotHoursAndMinutesBeforeReadingTheAssembly() {
    HttpResponse<byte[]> refused = get("/api/v1/assemblies/nope/convocation?time=25:00", "application/pdf", syndic,
        "fr");

    assertThat(refused.code()).isEqualTo(422);
    assertThat(refused.getBody(String.class)).hasValueSatisfying(
        body -> assertThat(body).contains("INVALID_FIELD", "\"field\":\"time\"", "25:00"));
    assertThat(get("/api/v1/assemblies/nope/convocation?time=19:30", "application/pdf", syndic, "fr").code())
        .isEqualTo(404);
  }

  @Test
  void givesTheConvocationAndTheMinutesOfAnAssemblyRunThroughItsLifecycle() throws IOException {
    String id = "ga-doc-" + UUID.randomUUID();
    String base = "/api/v1/assemblies/" + id;
    assertThat(calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + id
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}", syndic).status()).isEqualTo(201);
    assertThat(calls.postJson(base + "/convocation", "{\"convokedOn\":\"2026-08-31\"}", syndic).status())
        .isEqualTo(200);

    HttpResponse<byte[]> convocation = get(base + "/convocation?place=Salle%20communale&time=19:30",
        "application/pdf", syndic, "de");

    assertThat(convocation.code()).isEqualTo(200);
    assertThat(pdfText(convocation.body())).contains("Einberufung der Generalversammlung", "Salle communale",
        "19:30", "16. September 2026", "Approve the accounts", "Vollmacht");

    calls.postJson(base + "/opening", "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-janssens\",\"mode\":\"PRESENT\"},{\"owner\":\"o-maes\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-mertens\",\"mode\":\"PRESENT\"},{\"owner\":\"o-claes\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-wouters\",\"mode\":\"PRESENT\"},{\"owner\":\"o-lambert\",\"mode\":\"PRESENT\"}]}", syndic);
    calls.postJson(base + "/voting", "{}", syndic);
    calls.postJson(base + "/resolutions/accounts/votes", "{\"ballots\":{\"o-peeters\":\"FOR\",\"o-janssens\":"
        + "\"FOR\",\"o-maes\":\"AGAINST\",\"o-mertens\":\"FOR\",\"o-claes\":\"ABSTAIN\",\"o-wouters\":\"FOR\","
        + "\"o-lambert\":\"FOR\"}}", syndic);
    assertThat(calls.postJson(base + "/closing", "{\"language\":\"en\"}", syndic).status()).isEqualTo(200);
    JsonNode vote = calls.get(base + "/meeting", syndic).json().path("agenda").get(0).path("vote");

    HttpResponse<byte[]> minutes = get(base + "/minutes?signatory=o-peeters", "application/pdf", syndic, "en");

    assertThat(minutes.code()).isEqualTo(200);
    assertThat(pdfText(minutes.body())).contains("Minutes of the general assembly", "Approve the accounts",
        "Votes for " + vote.path("forVotes").asText(), "Votes against " + vote.path("against").asText(),
        "Voted against Chloé Maes", "Anne Peeters");
  }

  @Test
  void refusesAConvocationBeforeTheAssemblyIsConvenedAndAHostileTime() {
    String id = "ga-doc-" + UUID.randomUUID();
    calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + id
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"a\",\"title\":\"A\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}", syndic);

    HttpResponse<byte[]> draft = get("/api/v1/assemblies/" + id + "/convocation", "application/pdf", syndic, null);
    HttpResponse<byte[]> unknown = get("/api/v1/assemblies/nope/convocation", "application/pdf", syndic, null);

    assertThat(draft.code()).isEqualTo(409);
    assertThat(unknown.code()).isEqualTo(404);
  }
}
