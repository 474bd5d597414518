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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * The association's books and price history written through the API and read back by the
 * transparency report. Quarters of years the demo books do not hold (2040 on), so that the demo's
 * figures stay as they are for the other tests.
 */
@MicronautTest
class AssociationBooksApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String admin;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    admin = DemoLogins.token(calls, "admin@koprogo");
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  @Test
  void recordsAQuarterThatTheTransparencyReportThenReads() {
    Answer created = calls.postJson("/api/v1/association/books",
        "{\"quarter\":\"2040-Q1\",\"members\":[{\"member\":\"a\",\"rate\":\"STANDARD\"},"
            + "{\"member\":\"b\",\"rate\":\"CONTRIBUTOR\"}],"
            + "\"costs\":[{\"label\":\"hosting\",\"amount\":\"30.00\"},{\"label\":\"hosting\",\"amount\":\"12.00\"}]}",
        admin);
    Answer report = calls.get("/api/v1/association/transparency?quarter=2040-Q1", admin);
    Answer read = calls.get("/api/v1/association/books/2040-Q1", DemoLogins.token(calls, "admin@koprogo"));
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=quarter%20books&subjectId=2040-Q1", admin);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("version").asLong()).isEqualTo(1);
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("members").asLong()).isEqualTo(2);
    assertThat(report.json().path("costsByCategory").path("hosting").asText()).isEqualTo("42.00");
    assertThat(read.json().path("members").get(1).path("rate").asText()).isEqualTo("CONTRIBUTOR");
    assertThat(trail.body()).contains("QuarterBooksRecorded");
  }

  @Test
  void correctsAQuarterAtTheVersionReadOnly() {
    calls.postJson("/api/v1/association/books", "{\"quarter\":\"2041-Q2\",\"members\":[],\"costs\":[]}", admin);

    Answer corrected = put("/api/v1/association/books/2041-Q2",
        "{\"version\":1,\"members\":[{\"member\":\"a\",\"rate\":\"MAINTAINER\"}],\"costs\":[]}", admin);
    Answer stale = put("/api/v1/association/books/2041-Q2", "{\"version\":1,\"members\":[],\"costs\":[]}", admin);
    Answer unknown = put("/api/v1/association/books/2042-Q2", "{\"version\":1,\"members\":[],\"costs\":[]}", admin);

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().path("version").asLong()).isEqualTo(2);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void pagesTheQuartersInOrderWithLimitAndAfter() {
    PagedLists.pagesTheWholeList(calls, "/api/v1/association/books", admin, 1, "quarter");
    Answer afterFirst = calls.get("/api/v1/association/books?limit=2&after=2025-Q1", admin);
    Answer badCursor = calls.get("/api/v1/association/books?after=2025-Q5", admin);

    assertThat(afterFirst.json()).extracting(q -> q.path("quarter").asText()).containsExactly("2025-Q2", "2025-Q3");
    assertThat(badCursor.status()).isEqualTo(422);
    assertThat(badCursor.code()).isEqualTo("INVALID_FIELD");
    assertThat(badCursor.json().path("field").asText()).isEqualTo("after");
  }

  @Test
  void refusesEachBadQuarter() {
    String uri = "/api/v1/association/books";

    Answer twice = calls.postJson(uri, "{\"quarter\":\"2043-Q1\",\"members\":[{\"member\":\"a\",\"rate\":\"STANDARD\"},"
        + "{\"member\":\"a\",\"rate\":\"STANDARD\"}],\"costs\":[]}", admin);
    Answer badRate = calls.postJson(uri, "{\"quarter\":\"2043-Q1\",\"members\":[{\"member\":\"a\",\"rate\":\"VIP\"}],"
        + "\"costs\":[]}", admin);
    Answer negative = calls.postJson(uri, "{\"quarter\":\"2043-Q1\",\"members\":[],"
        + "\"costs\":[{\"label\":\"x\",\"amount\":\"-1.00\"}]}", admin);
    Answer badQuarter = calls.postJson(uri, "{\"quarter\":\"2043-Q5\",\"members\":[],\"costs\":[]}", admin);
    Answer noMembers = calls.postJson(uri, "{\"quarter\":\"2043-Q1\",\"costs\":[]}", admin);
    Answer taken = calls.postJson(uri, "{\"quarter\":\"2025-Q1\",\"members\":[],\"costs\":[]}", admin);
    Answer malformed = calls.postJson(uri, "{\"quarter\":", admin);
    Answer wrongType = calls.postJson(uri, "{\"quarter\":\"2043-Q1\",\"members\":\"a\",\"costs\":[]}", admin);

    assertThat(twice.code()).isEqualTo("DUPLICATE_MEMBER");
    assertThat(twice.json().path("field").asText()).isEqualTo("members[1].member");
    assertThat(badRate.json().path("field").asText()).isEqualTo("members[0].rate");
    assertThat(negative.code()).isEqualTo("NEGATIVE_AMOUNT");
    assertThat(badQuarter.code()).isEqualTo("INVALID_FIELD");
    assertThat(noMembers.code()).isEqualTo("MISSING_FIELD");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.json().path("field").asText()).isEqualTo("members");
    assertThat(calls.get(uri + "/2043-Q1", admin).status()).isEqualTo(404);
  }

  @Test
  void changesThePriceOnlyByAnAdoptedOneMemberOneVoteResolution() {
    Answer before = calls.get("/api/v1/association/prices", admin);
    String current = before.json().path("current").asText();

    Answer rejected = calls.postJson("/api/v1/association/prices/changes",
        "{\"resolution\":\"r-1\",\"adopted\":false,\"newMonthlyPrice\":\"1.00\",\"effectiveFrom\":\"2099-01-01\"}", admin);
    Answer weighted = calls.postJson("/api/v1/association/prices/changes",
        "{\"resolution\":\"r-2\",\"votingBasis\":\"WEIGHTED_BY_SHARES\",\"adopted\":true,"
            + "\"newMonthlyPrice\":\"1.00\",\"effectiveFrom\":\"2099-01-01\"}", admin);
    Answer again = calls.postJson("/api/v1/association/prices",
        "{\"price\":\"5.00\",\"effectiveFrom\":\"2020-01-01\",\"resolution\":\"x\"}", admin);
    Answer after = calls.get("/api/v1/association/prices", admin);

    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(rejected.status()).isEqualTo(409);
    assertThat(rejected.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(weighted.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(after.json().path("current").asText()).isEqualTo(current);
  }

  @Test
  void startsAndChangesThePriceHistoryOfAnOrganisationWithoutOne() {
    // the co-ownership's admin (CrossTenantTest starts the cooperative's history)
    String cailles = DemoLogins.token(calls, "admin@tilleuls");
    Answer none = calls.get("/api/v1/association/prices", cailles);
    Answer change = calls.postJson("/api/v1/association/prices/changes",
        "{\"resolution\":\"r\",\"adopted\":true,\"newMonthlyPrice\":\"4.00\",\"effectiveFrom\":\"2031-01-01\"}", cailles);
    if (none.json().path("periods").isEmpty()) {
      assertThat(change.status()).isEqualTo(404);
    }

    Answer started = calls.postJson("/api/v1/association/prices",
        "{\"price\":\"6.00\",\"effectiveFrom\":\"2030-01-01\",\"resolution\":\"founding\"}", cailles);
    Answer changed = calls.postJson("/api/v1/association/prices/changes",
        "{\"resolution\":\"r\",\"adopted\":true,\"newMonthlyPrice\":\"4.00\",\"effectiveFrom\":\"2032-01-01\"}", cailles);

    assertThat(none.status()).isEqualTo(200);
    assertThat(started.status()).as(started.body()).isIn(201, 409);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("current").asText()).isEqualTo("4.00");
  }

  @Test
  void letsOnlyTheAssociationsAdminWrite() {
    String auditor = DemoLogins.token(calls, "auditor@tilleuls");
    String syndic = DemoLogins.token(calls, "syndic@tilleuls");

    assertThat(calls.postJson("/api/v1/association/books", "{\"quarter\":\"2044-Q1\",\"members\":[],\"costs\":[]}", auditor)
        .status()).isEqualTo(403);
    assertThat(calls.postJson("/api/v1/association/books", "{\"quarter\":\"2044-Q1\",\"members\":[],\"costs\":[]}", syndic)
        .status()).isEqualTo(403);
    assertThat(put("/api/v1/association/books/2025-Q1", "{\"version\":1,\"members\":[],\"costs\":[]}", auditor)
        .status()).isEqualTo(403);
    assertThat(calls.postJson("/api/v1/association/prices/changes", "{}", auditor).status()).isEqualTo(403);
    assertThat(calls.get("/api/v1/association/books", auditor).status()).isEqualTo(200);
  }
}
