/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The public pages read what the API stores: an assembly's page shows the results of the votes
 * recorded through {@code POST /api/v1/assemblies/{id}/minutes} (and changes when they are
 * recorded again), and the transparency page shows the association's stored books and decided
 * allocation, as the API returns them.
 */
@MicronautTest
class StoredPagesTest {
  private static final String BUILDING = "{\"id\":\"pages-building\",\"name\":\"Résidence des Pages\","
      + "\"address\":\"Rue de la Page 1\",\"totalShares\":100,\"lots\":["
      + "{\"id\":\"P-1\",\"label\":\"1\",\"shares\":40,\"owners\":[{\"owner\":\"o-page-a\",\"fraction\":\"1\"}]},"
      + "{\"id\":\"P-2\",\"label\":\"2\",\"shares\":30,\"owners\":[{\"owner\":\"o-page-b\",\"fraction\":\"1\"}]},"
      + "{\"id\":\"P-3\",\"label\":\"3\",\"shares\":30,\"owners\":[{\"owner\":\"o-page-c\",\"fraction\":\"1\"}]}],"
      + "\"owners\":[{\"id\":\"o-page-a\",\"name\":\"Ada Page\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"},"
      + "{\"id\":\"o-page-b\",\"name\":\"Bert Page\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"},"
      + "{\"id\":\"o-page-c\",\"name\":\"Cleo Page\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"}]}";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  OutPorts ports;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  @Test
  void theDemoAssemblysPageShowsTheResultsTheApiStored() {
    JsonNode minutes = calls.get("/api/v1/assemblies/ga-2026/minutes",
        DemoLogins.token(calls, "syndic@tilleuls")).json();

    PageDocument page = PageDocument.parse(
        calls.get("/assemblies/demo-tilleuls/ga-2026/results?lang=en").body());

    assertThat(page.texts("//table[@id='results-table']/tbody/tr/@data-resolution"))
        .containsExactly("accounts-2025", "elevator-doors", "facade");
    for (JsonNode r : minutes.path("assembly").path("resolutions")) {
      String id = r.path("id").asText();
      String row = "//table[@id='results-table']/tbody/tr[@data-resolution='" + id + "']";
      JsonNode counted = minutes.path("resolutions").path(id);
      assertThat(page.text(row + "//@data-outcome")).as(id).isEqualTo(r.path("outcome").asText())
          .isEqualTo(counted.path("outcome").asText());
      assertThat(page.texts(row + "/td/@data-value")).as(id).containsExactly(
          counted.path("for").asText(), counted.path("against").asText(), counted.path("abstained").asText());
      assertThat(page.text("//article[@id='resolution-" + id + "']//h3/span")).isEqualTo(r.path("title").asText());
    }
    assertThat(page.text("//article[@id='resolution-facade']//h3/span/@lang")).isEqualTo("");
    assertThat(PageDocument.parse(calls.get("/assemblies/demo-tilleuls/ga-2026/results?lang=fr").body())
        .text("//article[@id='resolution-facade']//h3/span/@lang")).isEqualTo("en");
  }

  @Test
  void anAssemblyBecomesPublicWhenItsVotesAreRecordedAndItsMinutesAreNeverReplaced() {
    String admin = DemoLogins.token(calls, "admin@tilleuls");
    assertThat(calls.postJson("/api/v1/buildings", BUILDING, admin).status()).isEqualTo(201);
    OrganisationId tilleuls = OrganisationId.of("demo-tilleuls");
    ports.assemblies().add(new Assembly(tilleuls, AssemblyId.of("pages-ga"), BuildingId.of("pages-building"),
        LocalDate.of(2026, 6, 20), "FIRST", "BE_COPROPRIETE", "CONVENED",
        List.of(new Assembly.Resolution("roof", "Repair the roof", "ABSOLUTE", null)), 0));
    String page = "/assemblies/demo-tilleuls/pages-ga/results?lang=nl";
    assertThat(calls.get(page).status()).isEqualTo(404);

    String attendance = "{\"attendance\":[{\"owner\":\"o-page-a\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-page-b\",\"mode\":\"PRESENT\"},{\"owner\":\"o-page-c\",\"mode\":\"PRESENT\"}],";
    Answer first = calls.postJson("/api/v1/assemblies/pages-ga/minutes", attendance
        + "\"ballots\":{\"roof\":{\"o-page-a\":\"FOR\",\"o-page-b\":\"FOR\",\"o-page-c\":\"AGAINST\"}},"
        + "\"language\":\"en\"}", admin);
    Answer second = calls.postJson("/api/v1/assemblies/pages-ga/minutes", attendance
        + "\"ballots\":{\"roof\":{\"o-page-a\":\"FOR\",\"o-page-b\":\"AGAINST\",\"o-page-c\":\"AGAINST\"}}}", admin);
    Answer empty = calls.postJson("/api/v1/assemblies/pages-ga/minutes", "{}", admin);
    Answer correction = calls.postJson("/api/v1/assemblies/pages-ga/minutes/corrections",
        "{\"correction\":\"o-page-c attended by proxy\",\"reason\":\"attendance sheet\"}", admin);
    PageDocument adopted = PageDocument.parse(calls.get(page).body());
    JsonNode minutes = calls.get("/api/v1/assemblies/pages-ga/minutes", admin).json();

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).as(second.body()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(empty.status()).isEqualTo(409);
    assertThat(correction.status()).as(correction.body()).isEqualTo(201);
    assertThat(adopted.text("//tr[@data-resolution='roof']//@data-outcome")).isEqualTo("ADOPTED");
    assertThat(adopted.texts("//tr[@data-resolution='roof']/td/@data-value")).containsExactly("70", "30", "0");
    assertThat(adopted.text("//h1")).contains("Résidence des Pages");
    assertThat(minutes.path("corrections").get(0).path("correction").asText()).isEqualTo("o-page-c attended by proxy");
    assertThat(calls.get("/api/v1/audit-trail?subjectType=assembly&subjectId=pages-ga", admin).body())
        .contains("MinutesRecorded", "MinutesCorrected");
    assertThat(calls.get("/assemblies/demo-cailles/pages-ga/results").status()).isEqualTo(404);
  }

  @Test
  void refusesAMinutesLanguageThePagesDoNotSpeak() {
    Answer answer = calls.postJson("/api/v1/assemblies/ga-2026/minutes",
        "{\"attendance\":[],\"ballots\":{},\"language\":\"klingon\"}", DemoLogins.token(calls, "syndic@tilleuls"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_FIELD");
    assertThat(calls.get("/api/v1/assemblies/ga-2026", DemoLogins.token(calls, "syndic@tilleuls")).json()
        .path("resolutions").get(0).path("outcome").asText()).isEqualTo("ADOPTED");
  }

  @Test
  void theTransparencyPageShowsTheStoredBooksAndTheAllocationTheAssemblyDecided() {
    String admin = DemoLogins.token(calls, "admin@koprogo");
    JsonNode decided = calls.get("/api/v1/association/surplus-allocations", admin).json().get(0);
    JsonNode q4 = calls.get("/api/v1/association/transparency?quarter=2025-Q4", admin).json();
    JsonNode minutes = calls.get("/api/v1/assemblies/ga-2026/minutes", admin).json();

    PageDocument page = PageDocument.parse(calls.get("/transparency?lang=en").body());

    assertThat(decided.path("resolution").asText()).isEqualTo("ga-2026/surplus-2025");
    assertThat(page.text("//div[@data-figure='surplus']//span/@data-value")).isEqualTo(decided.path("surplus").asText());
    assertThat(page.text("//div[@data-figure='margin']//span/@data-value"))
        .isEqualTo(decided.path("marginPercent").asText());
    decided.path("allocations").fields().forEachRemaining(e ->
        assertThat(page.text("//tr[@data-destination='" + e.getKey() + "']/td/@data-value"))
            .as(e.getKey()).isEqualTo(e.getValue().asText()));
    assertThat(page.text("//div[@data-figure='members']//span/@data-value")).isEqualTo(q4.path("members").asText());
    assertThat(page.text("//p[@data-vote='allocation']")).contains("171 votes for, 32 against")
        .contains(minutes.path("resolutions").path("surplus-2025").path("for").asText());
    assertThat(page.text("//p[@data-vote='price']"))
        .contains(decided.path("priceDecrease").path("newMonthlyPrice").asText().replace("4.20", "€4.20"));
    assertThat(page.count("//p[@data-check='not-on-the-books']")).isZero();
    assertThat(page.text("//p[@data-vote='allocation']/a/@href")).isEqualTo("/assemblies/koprogo/ga-2026/results?lang=en");
  }
}
