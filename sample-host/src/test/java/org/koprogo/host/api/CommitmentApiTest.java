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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.in.RegisterBuilding;

/**
 * {@code /api/v1/buildings/{building}/commitments} (docs/sale-of-a-lot.md, "The register of
 * commitments"): the syndic records a commitment (201 with its Location, 200 duplicate for the
 * same again, 422 IDEMPOTENCY_CONFLICT for another content under its id) and the day its payment was asked; the broad
 * roles read the register; the input is strict (unknown field, wrong type, unknown kind refused);
 * an owner cannot write, another organisation meets 404; the sale information of a lot of the
 * building lists the commitment with the lot's part.
 */
@MicronautTest
class CommitmentApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  RegisterBuilding registerBuilding;

  private HttpCalls calls() {
    return new HttpCalls(client.toBlocking());
  }

  private Answer get(String uri, String user) {
    return calls().get(uri, DemoLogins.token(calls(), user));
  }

  private Answer post(String uri, String body, String user) {
    return calls().postJson(uri, body, DemoLogins.token(calls(), user));
  }

  /** A building of two lots (600 and 400 of 1,000), each with one owner; returns its id. */
  private String building() {
    String id = "commit-" + UUID.randomUUID();
    registerBuilding.register(new RegisterBuilding.Command(DemoData.TILLEULS, id, "Commitments test",
        "Rue de la Loi 16, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(new RegisterBuilding.LotLine(id + "-A", "Flat A", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine(id + "-ann", "1"))),
            new RegisterBuilding.LotLine(id + "-B", "Flat B", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine(id + "-bob", "1")))),
        List.of(new RegisterBuilding.OwnerLine(id + "-ann", "Ann", "", "", ""),
            new RegisterBuilding.OwnerLine(id + "-bob", "Bob", "", "", "")),
        "test"));
    return id;
  }

  private static String facade(String extra) {
    return "{\"commitment\":\"facade\",\"kind\":\"WORKS\",\"decidedOn\":\"2026-05-12\",\"decidedBy\":"
        + "\"GENERAL_ASSEMBLY\",\"label\":\"Facade renovation\",\"total\":\"12000.01\"" + extra + "}";
  }

  @Test
  void theSyndicRecordsACommitmentOnceAndTheDayItsPaymentWasAsked() {
    String building = building();
    String uri = "/api/v1/buildings/" + building + "/commitments";
    HttpCalls calls = calls();

    HttpResponse<String> created = client.toBlocking().exchange(HttpRequest.POST(uri, facade(""))
        .bearerAuth(DemoLogins.token(calls, "syndic@tilleuls")), String.class);
    Answer again = post(uri, facade(""), "syndic@tilleuls");
    Answer other = post(uri, facade("").replace("12000.01", "12000.02"), "syndic@tilleuls");
    Answer urgent = post(uri, "{\"commitment\":\"pipe\",\"kind\":\"URGENT_WORKS\",\"decidedOn\":\"2026-10-02\","
        + "\"decidedBy\":\"SYNDIC\",\"label\":\"Burst pipe\",\"total\":\"900.00\",\"keys\":[{\"name\":\"cellar\","
        + "\"share\":1,\"weights\":{\"" + building + "-B\":1}}]}", "admin@tilleuls");
    Answer called = post(uri + "/pipe/called", "{\"calledOn\":\"2026-12-01\"}", "syndic@tilleuls");
    Answer calledAgain = post(uri + "/pipe/called", "{\"calledOn\":\"2026-12-01\"}", "syndic@tilleuls");
    Answer calledOther = post(uri + "/pipe/called", "{\"calledOn\":\"2026-12-02\"}", "syndic@tilleuls");
    Answer calledUnknown = post(uri + "/nothing/called", "{\"calledOn\":\"2026-12-02\"}", "syndic@tilleuls");

    assertThat(created.code()).isEqualTo(201);
    assertThat(created.getHeaders().get("Location")).isEqualTo(uri + "/facade");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
    assertThat(urgent.status()).as(urgent.body()).isEqualTo(201);
    assertThat(urgent.json().get("key").asText()).isEqualTo("cellar");
    assertThat(called.status()).as(called.body()).isEqualTo(200);
    assertThat(called.json().get("calledOn").asText()).isEqualTo("2026-12-01");
    assertThat(called.json().get("duplicate").asBoolean()).isFalse();
    assertThat(calledAgain.json().get("duplicate").asBoolean()).isTrue();
    assertThat(calledOther.status()).isEqualTo(422);
    assertThat(calledOther.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
    assertThat(calledUnknown.status()).isEqualTo(404);

    Answer list = get(uri, "auditor@tilleuls");
    Answer one = get(uri + "/facade", "council@tilleuls");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json()).hasSize(2);
    assertThat(list.json().get(0).get("kind").asText()).isEqualTo("WORKS");
    assertThat(list.json().get(0).get("item").asInt()).isEqualTo(1);
    assertThat(list.json().get(0).get("total").asText()).isEqualTo("12000.01");
    assertThat(list.json().get(1).get("keys").get(0).get("weights").get(building + "-B").asText()).isEqualTo("1");
    assertThat(one.json().get("label").asText()).isEqualTo("Facade renovation");
    assertThat(one.json().get("calledOn").isNull()).isTrue();
  }

  @Test
  void theRegisterIsReadAPageAtATimeInTheOrderRecorded() {
    String uri = "/api/v1/buildings/" + building() + "/commitments";
    for (String id : List.of("roof", "facade", "lift")) {
      Answer created = post(uri, facade("").replace("\"facade\"", "\"" + id + "\""), "syndic@tilleuls");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    PagedLists.pagesTheWholeList(calls(), uri, DemoLogins.token(calls(), "auditor@tilleuls"), 2, "commitment");
    assertThat(get(uri + "?limit=2&after=roof", "syndic@tilleuls").json().findValuesAsText("commitment"))
        .containsExactly("facade", "lift");
  }

  @Test
  void theSaleInformationOfALotListsTheCommitmentsWithTheLotsPart() {
    String building = building();
    String uri = "/api/v1/buildings/" + building + "/commitments";
    post(uri, facade(""), "syndic@tilleuls");
    post(uri, "{\"commitment\":\"pipe\",\"kind\":\"URGENT_WORKS\",\"decidedOn\":\"2026-10-02\",\"decidedBy\":"
        + "\"SYNDIC\",\"label\":\"Burst pipe\",\"total\":\"900.00\",\"calledOn\":\"2026-11-01\"}", "syndic@tilleuls");
    post(uri, "{\"commitment\":\"claim\",\"kind\":\"LITIGATION_DEBT\",\"decidedOn\":\"2025-02-01\",\"decidedBy\":"
        + "\"SYNDIC\",\"label\":\"Damages to the neighbour\",\"total\":\"3333.33\"}", "syndic@tilleuls");

    Answer sale = get("/api/v1/lots/" + building + "-B/sale-information?transferOn=2026-11-16", "syndic@tilleuls");

    assertThat(sale.status()).as(sale.body()).isEqualTo(200);
    JsonNode c = sale.json().get("commitments");
    // 400 / 1,000 of 12,000.01 by largest remainder: the cent goes to lot A; the pipe was asked before
    assertThat(c.get("works").get("list").get(0).get("lotShare").asText()).isEqualTo("4800.00");
    assertThat(c.get("works").get("lotTotal").asText()).isEqualTo("4800.00");
    assertThat(c.get("urgentWorks").get("list")).isEmpty();
    assertThat(c.get("commonPartsAcquisitions").get("item").asInt()).isEqualTo(3);
    assertThat(c.get("litigationDebts").get("list").get(0).get("lotShare").asText()).isEqualTo("1333.33");
    Answer a = get("/api/v1/lots/" + building + "-A/sale-information?transferOn=2026-11-16", "syndic@tilleuls");
    assertThat(new BigDecimal(a.json().get("commitments").get("litigationDebts").get("lotTotal").asText())
        .add(new BigDecimal("1333.33"))).isEqualByComparingTo("3333.33");
  }

  @Test
  void theOpenApiDocumentNamesTheKindsAndTheDecisionMakers() {
    String document = calls().get("/openapi.yml").body();

    assertThat(document).contains("/api/v1/buildings/{building}/commitments:",
        "/api/v1/buildings/{building}/commitments/{commitment}/called:", "CommitmentKind:", "DecisionMaker:");
    String kinds = document.substring(document.indexOf("    CommitmentKind:"));
    assertThat(kinds.substring(0, Math.min(kinds.length(), 400)))
        .contains("WORKS", "URGENT_WORKS", "COMMON_PARTS_ACQUISITION", "LITIGATION_DEBT");
  }

  @Test
  void theInputIsStrictAndTheRolesAndTenantsHold() {
    String building = building();
    String uri = "/api/v1/buildings/" + building + "/commitments";

    Answer unknownField = post(uri, facade(",\"surprise\":1"), "syndic@tilleuls");
    Answer wrongType = post(uri, facade("").replace("\"12000.01\"", "12000.01"), "syndic@tilleuls");
    Answer wrongDate = post(uri, facade("").replace("\"2026-05-12\"", "[2026,5,12]"), "syndic@tilleuls");
    Answer unknownKind = post(uri, facade("").replace("\"WORKS\"", "\"REPAIRS\""), "syndic@tilleuls");
    Answer syndicBuys = post(uri, facade("").replace("\"WORKS\"", "\"COMMON_PARTS_ACQUISITION\"")
        .replace("GENERAL_ASSEMBLY", "SYNDIC"), "syndic@tilleuls");
    Answer noAssembly = post(uri, facade(",\"assembly\":\"ga-none\""), "syndic@tilleuls");
    Answer owner = post(uri, facade(""), "owner@tilleuls");
    Answer ownerReads = get(uri, "owner@tilleuls");
    Answer cross = post(uri, facade(""), "admin@cailles");
    Answer crossReads = get(uri, "admin@cailles");

    assertThat(unknownField.status()).as(unknownField.body()).isEqualTo(422);
    assertThat(unknownField.code()).isEqualTo("INVALID_FIELD");
    assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(422);
    assertThat(wrongDate.status()).as(wrongDate.body()).isEqualTo(422);
    assertThat(unknownKind.status()).as(unknownKind.body()).isEqualTo(422);
    assertThat(syndicBuys.status()).as(syndicBuys.body()).isEqualTo(422);
    assertThat(syndicBuys.json().get("field").asText()).isEqualTo("decidedBy");
    assertThat(noAssembly.status()).as(noAssembly.body()).isEqualTo(404);
    assertThat(owner.status()).isEqualTo(403);
    assertThat(ownerReads.status()).isEqualTo(403);
    assertThat(cross.status()).isEqualTo(404);
    assertThat(crossReads.status()).isEqualTo(404);
    assertThat(get(uri, "syndic@tilleuls").json()).isEmpty();
  }
}
