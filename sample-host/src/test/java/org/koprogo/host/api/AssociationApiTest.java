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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** The association's transparency report and surplus allocations over HTTP. */
@MicronautTest
class AssociationApiTest {
  private static final String PLAN = "\"destinations\":[{\"id\":\"solidarity\",\"percent\":\"30\"},"
      + "{\"id\":\"price_decrease\",\"percent\":\"25\"},{\"id\":\"features\",\"percent\":\"25\"},"
      + "{\"id\":\"reserve\",\"percent\":\"15\"},{\"id\":\"research\",\"percent\":\"5\"}]";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String admin;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    admin = DemoLogins.token(calls, "admin@cailles");
  }

  @Test
  void reportsAQuarterOfTheAssociationsBooks() {
    Answer report = calls.get("/api/v1/association/transparency?quarter=2025-Q1",
        DemoLogins.token(calls, "admin@koprogo"));

    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("quarter").asText()).isEqualTo("2025-Q1");
    assertThat(report.json().path("totalCosts").asText()).isEqualTo("5070.00");
    assertThat(report.json().path("costsByCategory").path("staff").asText()).isEqualTo("3960.00");
  }

  @Test
  void refusesAQuarterThatIsNotYyyyQn() {
    Answer answer = calls.get("/api/v1/association/transparency?quarter=2025-Q5", admin);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_FIELD");
    assertThat(answer.json().path("field").asText()).isEqualTo("quarter");
  }

  @Test
  void answersNotFoundForAQuarterTheBooksDoNotHold() {
    Answer answer = calls.get("/api/v1/association/transparency?quarter=2019-Q1",
        DemoLogins.token(calls, "admin@koprogo"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void readsOnlyTheCallersOwnBooks() {
    Answer answer = calls.get("/api/v1/association/transparency?quarter=2025-Q1", admin);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain("5070.00");
  }

  @Test
  void allocatesTheSurplusByThePlanAndStoresItUnderTheResolution() {
    Answer created = calls.postJson("/api/v1/association/surplus-allocations",
        "{\"resolution\":\"AG-2026-R2\",\"year\":2025,\"revenue\":\"90000.00\","
            + "\"costs\":[{\"label\":\"staff\",\"amount\":\"60000.00\"}],\"members\":1500,"
            + "\"monthlyPrice\":\"5.00\"," + PLAN + "}", admin);
    Answer listed = calls.get("/api/v1/association/surplus-allocations", admin);
    Answer again = calls.postJson("/api/v1/association/surplus-allocations",
        "{\"resolution\":\"AG-2026-R2\",\"year\":2025,\"revenue\":\"1.00\",\"costs\":[],\"members\":1,"
            + "\"monthlyPrice\":\"5.00\"," + PLAN + "}", admin);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("surplus").asText()).isEqualTo("30000.00");
    assertThat(created.json().path("allocations").path("solidarity").asText()).isEqualTo("9000.00");
    assertThat(created.json().path("allocations").path("research").asText()).isEqualTo("1500.00");
    assertThat(listed.json().get(0).path("resolution").asText()).isEqualTo("AG-2026-R2");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  void pagesTheSurplusAllocationsByResolution() {
    for (int i = 0; i < 3; i++) {
      Answer created = calls.postJson("/api/v1/association/surplus-allocations",
          "{\"resolution\":\"ZZ-paged-" + i + "-" + System.nanoTime() + "\",\"year\":2025,\"revenue\":\"90000.00\","
              + "\"costs\":[{\"label\":\"staff\",\"amount\":\"60000.00\"}],\"members\":1500,"
              + "\"monthlyPrice\":\"5.00\"," + PLAN + "}", admin);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    PagedLists.pagesTheWholeList(calls, "/api/v1/association/surplus-allocations", admin, 2, "resolution");
  }

  @Test
  void refusesDestinationsNotAddingUpTo100() {
    Answer answer = calls.postJson("/api/v1/association/surplus-allocations",
        "{\"resolution\":\"AG-bad\",\"year\":2025,\"revenue\":\"100.00\",\"costs\":[],\"members\":1,"
            + "\"monthlyPrice\":\"5.00\",\"destinations\":[{\"id\":\"a\",\"percent\":\"60\"}]}", admin);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("PERCENTS_NOT_100");
  }

  @Test
  void letsOnlyTheAdminDecideAnAllocation() {
    String auditor = DemoLogins.token(calls, "auditor@cailles");

    Answer read = calls.get("/api/v1/association/surplus-allocations", auditor);
    Answer write = calls.postJson("/api/v1/association/surplus-allocations", "{}", auditor);

    assertThat(read.status()).isEqualTo(200);
    assertThat(write.status()).isEqualTo(403);
  }
}
