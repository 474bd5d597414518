/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * The register of lots and owners over HTTP: a lot added to a building, owners registered and
 * corrected, a lot changing hands (indivision included), each refusal with its stable code. Every
 * test works on a building of its own (the test database is shared by the test classes).
 */
@MicronautTest
class RegistryApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String syndic;
  String building;

  @BeforeEach
  void building() {
    calls = new HttpCalls(client.toBlocking());
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
    building = "zz-registry-" + UUID.randomUUID();
    Answer registered = calls.postJson("/api/v1/buildings",
        "{\"id\":\"" + building + "\",\"name\":\"Registry\",\"address\":\"x\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"" + building + "-L1\",\"label\":\"L1\",\"shares\":100,"
            + "\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"" + building + "-ann\",\"name\":\"Ann\",\"email\":\"\","
            + "\"phone\":\"\",\"postalAddress\":\"\"}]}", syndic);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
  }

  private String owner(String suffix) {
    Answer answer = calls.postJson("/api/v1/owners",
        "{\"id\":\"" + building + "-" + suffix + "\",\"name\":\"Owner " + suffix + "\"}", syndic);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return building + "-" + suffix;
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  @Test
  void registersAnOwnerAndReadsItBack() {
    Answer created = calls.postJson("/api/v1/owners",
        "{\"id\":\"" + building + "-bob\",\"name\":\"Bob\",\"email\":\"bob@example.org\","
            + "\"phone\":\"+32470000000\"}", syndic);
    Answer read = calls.get("/api/v1/owners/" + building + "-bob", syndic);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=owner&subjectId=" + building + "-bob",
        DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("version").asLong()).isEqualTo(1);
    assertThat(read.json().path("email").asText()).isEqualTo("bob@example.org");
    assertThat(trail.body()).contains("OwnerRegistered").doesNotContain("bob@example.org");
  }

  @Test
  void refusesAnOwnerWithoutNameOrWithABadEmail() {
    Answer noName = calls.postJson("/api/v1/owners", "{\"email\":\"x@example.org\"}", syndic);
    Answer badEmail = calls.postJson("/api/v1/owners", "{\"name\":\"x\",\"email\":\"not-mail\"}", syndic);

    assertThat(noName.status()).isEqualTo(422);
    assertThat(noName.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(noName.json().path("field").asText()).isEqualTo("owner.name");
    assertThat(badEmail.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(badEmail.json().path("field").asText()).isEqualTo("owner.email");
  }

  @Test
  void refusesAnOwnerIdAlreadyTaken() {
    Answer answer = calls.postJson("/api/v1/owners",
        "{\"id\":\"" + building + "-ann\",\"name\":\"Again\"}", syndic);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  void correctsAnOwnerAtTheVersionReadAndRefusesAStaleVersion() {
    String ann = building + "-ann";

    Answer changed = put("/api/v1/owners/" + ann,
        "{\"version\":1,\"name\":\"Ann Peeters\",\"email\":\"ann@example.org\"}", syndic);
    Answer stale = put("/api/v1/owners/" + ann, "{\"version\":1,\"name\":\"Ann\"}", syndic);
    Answer noVersion = put("/api/v1/owners/" + ann, "{\"name\":\"Ann\"}", syndic);
    Answer unknown = put("/api/v1/owners/nobody-" + building, "{\"version\":1,\"name\":\"x\"}", syndic);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("name").asText()).isEqualTo("Ann Peeters");
    assertThat(changed.json().path("version").asLong()).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(noVersion.status()).isEqualTo(422);
    assertThat(noVersion.code()).isEqualTo("MISSING_FIELD");
    assertThat(noVersion.json().path("field").asText()).isEqualTo("version");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void refusesToFillInAgainTheDetailsOfAnErasedOwner() {
    String admin = DemoLogins.token(calls, "admin@tilleuls");
    String gone = owner("gone");
    Answer erased = calls.exchange(HttpRequest.DELETE("/api/v1/owners/" + gone + "/personal-data")
        .bearerAuth(admin));
    long version = calls.get("/api/v1/owners/" + gone, admin).json().path("version").asLong();

    Answer answer = put("/api/v1/owners/" + gone, "{\"version\":" + version + ",\"name\":\"Back\"}", admin);

    assertThat(erased.status()).as(erased.body()).isIn(200, 204);
    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void addsALotInIndivisionAndGrowsTheBuildingsShares() {
    String bob = owner("bob");
    String cat = owner("cat");

    Answer added = calls.postJson("/api/v1/buildings/" + building + "/lots",
        "{\"id\":\"" + building + "-L2\",\"label\":\"L2\",\"shares\":50,\"buildingVersion\":1,"
            + "\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"1/3\"},"
            + "{\"owner\":\"" + cat + "\",\"fraction\":\"2/3\"}]}", syndic);
    Answer lot = calls.get("/api/v1/lots/" + building + "-L2", syndic);
    Answer read = calls.get("/api/v1/buildings/" + building, syndic);
    Answer lots = calls.get("/api/v1/buildings/" + building + "/lots", syndic);

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().path("totalShares").asText()).isEqualTo("150");
    assertThat(lot.json().path("ownerships").get(1).path("fraction").asText()).isEqualTo("2/3");
    assertThat(read.json().path("totalShares").asText()).isEqualTo("150");
    assertThat(read.json().path("version").asLong()).isEqualTo(2);
    assertThat(lots.json().size()).isEqualTo(2);
  }

  @Test
  void refusesALotWhoseFractionsDoNotMakeTheWholeLot() {
    String bob = owner("bob");
    String cat = owner("cat");

    Answer answer = calls.postJson("/api/v1/buildings/" + building + "/lots",
        "{\"label\":\"L3\",\"shares\":10,\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"1/2\"},"
            + "{\"owner\":\"" + cat + "\",\"fraction\":\"1/3\"}]}", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("OWNERSHIP_FRACTIONS_NOT_ONE");
    assertThat(answer.json().path("field").asText()).isEqualTo("lot.owners");
    assertThat(calls.get("/api/v1/buildings/" + building, syndic).json().path("totalShares").asText())
        .isEqualTo("100");
  }

  @Test
  void refusesEachBadLot() {
    String lots = "/api/v1/buildings/" + building + "/lots";

    Answer unknownOwner = calls.postJson(lots,
        "{\"label\":\"x\",\"shares\":10,\"owners\":[{\"owner\":\"nobody\",\"fraction\":\"1\"}]}", syndic);
    Answer badFraction = calls.postJson(lots,
        "{\"label\":\"x\",\"shares\":10,\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"3/2\"}]}",
        syndic);
    Answer duplicateOwner = calls.postJson(lots,
        "{\"label\":\"x\",\"shares\":10,\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"1/2\"},"
            + "{\"owner\":\"" + building + "-ann\",\"fraction\":\"1/2\"}]}", syndic);
    Answer nonPositive = calls.postJson(lots, "{\"label\":\"x\",\"shares\":0}", syndic);
    Answer taken = calls.postJson(lots, "{\"id\":\"" + building + "-L1\",\"label\":\"x\",\"shares\":1,\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"1\"}]}", syndic);
    Answer stale = calls.postJson(lots, "{\"label\":\"x\",\"shares\":1,\"buildingVersion\":7}", syndic);
    Answer noOwner = calls.postJson(lots, "{\"id\":\"GHOST\",\"label\":\"ghost lot\",\"shares\":1}", syndic);
    Answer absurd = calls.postJson(lots, "{\"label\":\"ghost\",\"shares\":1e300,\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"1\"}]}", syndic);
    Answer tiny = calls.postJson(lots, "{\"label\":\"ghost\",\"shares\":1e-300,\"owners\":[{\"owner\":\"" + building + "-ann\",\"fraction\":\"1\"}]}", syndic);
    Answer noBuilding = calls.postJson("/api/v1/buildings/nowhere-" + building + "/lots",
        "{\"label\":\"x\",\"shares\":1}", syndic);

    assertThat(unknownOwner.status()).isEqualTo(422);
    assertThat(unknownOwner.code()).isEqualTo("UNKNOWN_OWNER");
    assertThat(unknownOwner.json().path("field").asText()).isEqualTo("lot.owners[0].owner");
    assertThat(badFraction.code()).isEqualTo("INVALID_FRACTION");
    assertThat(duplicateOwner.code()).isEqualTo("DUPLICATE_OWNER");
    assertThat(nonPositive.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(nonPositive.json().path("field").asText()).isEqualTo("lot.shares");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(noOwner.status()).isEqualTo(422);
    assertThat(noOwner.code()).isEqualTo("MISSING_FIELD");
    assertThat(noOwner.json().path("field").asText()).isEqualTo("lot.owners");
    assertThat(absurd.status()).isEqualTo(422);
    assertThat(absurd.code()).isEqualTo("INVALID_NUMBER");
    assertThat(absurd.json().path("field").asText()).isEqualTo("shares");
    assertThat(tiny.code()).isEqualTo("INVALID_NUMBER");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(noBuilding.status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/buildings/" + building + "/lots", syndic).json().size()).isEqualTo(1);
  }

  @Test
  void refusesMalformedJsonAndWrongTypes() {
    Answer malformed = calls.postJson("/api/v1/buildings/" + building + "/lots", "{\"label\":", syndic);
    Answer wrongType = calls.postJson("/api/v1/buildings/" + building + "/lots",
        "{\"label\":\"x\",\"shares\":\"many\"}", syndic);
    Answer wrongOwners = put("/api/v1/lots/" + building + "-L1/ownership",
        "{\"version\":1,\"owners\":\"ann\"}", syndic);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.json().path("field").asText()).isEqualTo("shares");
    assertThat(wrongOwners.status()).isEqualTo(422);
    assertThat(wrongOwners.json().path("field").asText()).isEqualTo("owners");
  }

  @Test
  void transfersALotIntoIndivisionAtTheVersionRead() {
    String bob = owner("bob");
    String cat = owner("cat");
    String uri = "/api/v1/lots/" + building + "-L1/ownership";

    Answer changed = put(uri, "{\"version\":1,\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"0.5\"},"
        + "{\"owner\":\"" + cat + "\",\"fraction\":\"1/2\"}]}", syndic);
    Answer stale = put(uri, "{\"version\":1,\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"1\"}]}", syndic);
    Answer bobsLots = calls.get("/api/v1/owners/" + bob + "/lots", syndic);
    Answer annsLots = calls.get("/api/v1/owners/" + building + "-ann/lots", syndic);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=lot&subjectId=" + building + "-L1",
        DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("version").asLong()).isEqualTo(2);
    assertThat(changed.json().path("ownerships").size()).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(bobsLots.json().size()).isEqualTo(1);
    assertThat(annsLots.json().size()).isEqualTo(0);
    assertThat(trail.body()).contains("LotOwnershipChanged");
  }

  @Test
  void refusesEachBadTransfer() {
    String bob = owner("bob");
    String uri = "/api/v1/lots/" + building + "-L1/ownership";

    Answer notOne = put(uri, "{\"version\":1,\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"1/2\"}]}", syndic);
    Answer empty = put(uri, "{\"version\":1,\"owners\":[]}", syndic);
    Answer unknownOwner = put(uri, "{\"version\":1,\"owners\":[{\"owner\":\"nobody\",\"fraction\":\"1\"}]}", syndic);
    Answer unknownLot = put("/api/v1/lots/none-" + building + "/ownership",
        "{\"version\":1,\"owners\":[{\"owner\":\"" + bob + "\",\"fraction\":\"1\"}]}", syndic);

    assertThat(notOne.status()).isEqualTo(422);
    assertThat(notOne.code()).isEqualTo("OWNERSHIP_FRACTIONS_NOT_ONE");
    assertThat(notOne.json().path("field").asText()).isEqualTo("owners");
    assertThat(empty.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(unknownOwner.code()).isEqualTo("UNKNOWN_OWNER");
    assertThat(unknownLot.status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/lots/" + building + "-L1", syndic).json().path("version").asLong())
        .isEqualTo(1);
  }

  @Test
  void letsOnlyTheSyndicAndTheAdminWrite() {
    for (String reader : new String[] {"auditor@tilleuls", "council@tilleuls", "owner@tilleuls"}) {
      String token = DemoLogins.token(calls, reader);

      Answer lot = calls.postJson("/api/v1/buildings/" + building + "/lots", "{\"label\":\"x\",\"shares\":1}", token);
      Answer owner = calls.postJson("/api/v1/owners", "{\"name\":\"x\"}", token);
      Answer transfer = put("/api/v1/lots/" + building + "-L1/ownership", "{\"version\":1,\"owners\":[]}", token);
      Answer change = put("/api/v1/owners/" + building + "-ann", "{\"version\":1,\"name\":\"x\"}", token);

      assertThat(lot.status()).as(reader).isEqualTo(403);
      assertThat(owner.status()).as(reader).isEqualTo(403);
      assertThat(transfer.status()).as(reader).isEqualTo(403);
      assertThat(change.status()).as(reader).isEqualTo(403);
    }
    assertThat(calls.get("/api/v1/buildings/" + building + "/lots", DemoLogins.token(calls, "auditor@tilleuls"))
        .status()).isEqualTo(200);
  }
}
