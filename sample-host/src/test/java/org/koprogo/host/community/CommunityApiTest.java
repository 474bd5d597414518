/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * The community endpoints over HTTP on the demo co-ownership: the council's switches in the audit
 * trail, each module's flow, refusals as problem documents with the library's code, tenant
 * scoping and roles, and concurrent bookings of one object through the whole stack.
 */
@MicronautTest
class CommunityApiTest {
  private static final String BASE = "/api/v1/buildings/residence-tilleuls/community";
  private static final String[] MODULES = {"LOCAL_EXCHANGE", "OBJECT_LENDING", "SWAP_BAZAAR", "SKILLS_DIRECTORY", "NOTICE_BOARD"};

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  org.koprogo.ports.out.Clock hostClock;

  HttpCalls calls;
  String council;
  String owner;
  String syndic;
  String admin;

  @BeforeEach
  void everyModuleOn() {
    calls = new HttpCalls(client.toBlocking());
    council = DemoLogins.token(calls, "council@tilleuls");
    owner = DemoLogins.token(calls, "owner@tilleuls");
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
    admin = DemoLogins.token(calls, "admin@tilleuls");
    Answer setUp = put(BASE,
        "{\"council\":[\"council@tilleuls\"],\"neighbours\":[\"o-dupont\",\"syndic@tilleuls\",\"admin@tilleuls\"],"
            + "\"floorHours\":\"-20\",\"bazaarLifetimeDays\":30}", syndic);
    assertThat(setUp.status()).as(setUp.body()).isEqualTo(200);
    for (String module : MODULES) {
      switchModule(module, true);
    }
  }

  @Test
  void theCouncilsSwitchIsRecordedInTheAuditTrail() {
    Answer off = switchModule("SWAP_BAZAAR", false);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=building&subjectId=residence-tilleuls&limit=1000", admin);
    switchModule("SWAP_BAZAAR", true);

    assertThat(off.status()).as(off.body()).isEqualTo(200);
    assertThat(off.json().path("enabled").toString()).doesNotContain("SWAP_BAZAAR");
    JsonNode last = null;
    for (JsonNode entry : entries(trail.json())) {
      if (entry.toString().contains("CommunityModuleSwitched")) {
        last = entry;
      }
    }
    assertThat(last).as(trail.body()).isNotNull();
    assertThat(last.toString()).contains("SWAP_BAZAAR", "council minutes 12", "council@tilleuls");
  }

  @Test
  void aModuleSwitchedOffRefusesItsEndpointsWith403() {
    switchModule("NOTICE_BOARD", false);
    Answer list = calls.get(BASE + "/notices", owner);
    Answer post = calls.postJson(BASE + "/notices",
        "{\"kind\":\"EVENT\",\"title\":\"Party\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}", owner);
    switchModule("NOTICE_BOARD", true);

    assertThat(list.status()).isEqualTo(403);
    assertThat(list.contentType()).isEqualTo("application/problem+json");
    assertThat(list.code()).isEqualTo("MODULE_DISABLED");
    assertThat(post.code()).isEqualTo("MODULE_DISABLED");
  }

  @Test
  void pagesTheExchangesInCreationOrderWithLimitAndAfter() {
    for (int i = 0; i < 3; i++) {
      Answer offered = calls.postJson(BASE + "/exchanges", "{\"id\":\"x-paged-" + UUID.randomUUID()
          + "\",\"offer\":true,\"service\":\"Paged " + i + "\",\"hours\":\"1\"}", owner);
      assertThat(offered.status()).as(offered.body()).isEqualTo(201);
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/exchanges", owner, 2);
  }

  @Test
  void pagesTheObjectsInListingOrderAndRefusesABadLoanPage() {
    for (int i = 0; i < 3; i++) {
      listObject();
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/objects", owner, 2);
    Answer loans = calls.get(BASE + "/loans?limit=1000", owner);
    Answer tooMany = calls.get(BASE + "/loans?limit=1001", owner);
    assertThat(loans.status()).as(loans.body()).isEqualTo(200);
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
  }

  @Test
  void pagesTheAvailableBazaarOffersInPublicationOrder() {
    for (int i = 0; i < 3; i++) {
      Answer published = calls.postJson(BASE + "/bazaar", "{\"kind\":\"GIFT\",\"title\":\"Paged " + i + "\"}", owner);
      assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/bazaar", owner, 2);
  }

  @Test
  void pagesTheNoticesShownOfOneKindOrAll() {
    for (int i = 0; i < 3; i++) {
      for (String kind : List.of("EVENT", "ANNOUNCEMENT")) {
        Answer posted = calls.postJson(BASE + "/notices", "{\"kind\":\"" + kind + "\",\"title\":\"Paged " + i
            + "\",\"body\":\"Text\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}", owner);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
      }
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/notices", owner, 2);
    Answer events = calls.get(BASE + "/notices?kind=EVENT&limit=1000", owner);
    Answer firstEvents = calls.get(BASE + "/notices?kind=EVENT&limit=2", owner);
    assertThat(events.status()).as(events.body()).isEqualTo(200);
    events.json().forEach(n -> assertThat(n.path("kind").asText()).isEqualTo("EVENT"));
    assertThat(firstEvents.json()).hasSize(2);
    assertThat(firstEvents.json().get(1).path("id")).isEqualTo(events.json().get(1).path("id"));
  }

  @Test
  void pagesTheRemindersDueInBookingOrder() {
    LocalDate today = hostClock.today();
    for (int i = 0; i < 3; i++) {
      Answer booked = book(listObject(), today.minusDays(1).toString(), today.plusDays(i % 2 == 0 ? 2 : 0).toString(), admin);
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
      Answer handed = calls.postJson(
          BASE + "/loans/" + booked.json().path("id").asText() + "/handover", "{\"condition\":\"GOOD\"}", owner);
      assertThat(handed.status()).as(handed.body()).isEqualTo(200);
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/loans/reminders", owner, 2, "loan");
  }

  @Test
  void pagesTheSkillsFoundWithTheirPositionAsCursor() {
    String skill = "paged-skill-" + UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      calls.postJson(BASE + "/skills", "{\"skill\":\"" + skill + " " + i + "\",\"consent\":true}", owner);
      calls.postJson(BASE + "/skills", "{\"skill\":\"other " + i + "\",\"consent\":true}", owner);
    }

    org.koprogo.host.api.PagedLists.pagesTheWholeList(calls, BASE + "/skills", admin, 2, "position");
    Answer found = calls.get(BASE + "/skills?q=" + skill + "&limit=2", admin);
    Answer next = calls.get(BASE + "/skills?q=" + skill + "&limit=2&after="
        + found.json().get(1).path("position").asText(), admin);
    Answer notAPosition = calls.get(BASE + "/skills?after=abc", admin);
    assertThat(found.json()).extracting(n -> n.path("skill").asText()).containsExactly(skill + " 0", skill + " 1");
    assertThat(next.json()).extracting(n -> n.path("skill").asText()).containsExactly(skill + " 2");
    assertThat(notAPosition.status()).isEqualTo(422);
    assertThat(notAPosition.json().path("field").asText()).isEqualTo("after");
  }

  @Test
  void anExchangeMovesCreditsWhenBothConfirmAndTheBalancesAddUpToZero() {
    String id = "x-" + UUID.randomUUID();
    Answer offered = calls.postJson(BASE + "/exchanges",
        "{\"id\":\"" + id + "\",\"offer\":true,\"service\":\"Bike repair\",\"hours\":\"1.5\"}", owner);
    calls.postJson(BASE + "/exchanges/" + id + "/accept", "", admin);
    calls.postJson(BASE + "/exchanges/" + id + "/confirm", "", owner);
    Answer done = calls.postJson(BASE + "/exchanges/" + id + "/confirm", "", admin);
    Answer rated = calls.postJson(BASE + "/exchanges/" + id + "/rating", "{\"stars\":5}", admin);
    Answer badRating = calls.postJson(BASE + "/exchanges/" + id + "/rating", "{\"stars\":9}", owner);
    Answer balances = calls.get(BASE + "/balances", owner);

    assertThat(offered.status()).as(offered.body()).isEqualTo(201);
    assertThat(offered.json().path("provider").asText()).isEqualTo("o-dupont");
    assertThat(done.json().path("status").asText()).isEqualTo("DONE");
    assertThat(rated.json().path("ratings").path("admin@tilleuls").asInt()).isEqualTo(5);
    assertThat(badRating.status()).isEqualTo(422);
    assertThat(badRating.code()).isEqualTo("INVALID_RATING");
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonNode b : balances.json()) {
      sum = sum.add(new java.math.BigDecimal(b.asText()));
    }
    assertThat(sum).isEqualByComparingTo("0");
    assertThat(calls.get(BASE + "/impact", owner).json().path("exchangesCompleted").asLong()).isPositive();
    assertThat(calls.get("/api/v1/community/impact", owner).json().path("exchangesCompleted").asLong()).isPositive();
  }

  @Test
  void anOverlappingBookingIsA422WithLoanOverlap() {
    String object = listObject();
    Answer first = book(object, "2026-07-01", "2026-07-05", syndic);
    Answer second = book(object, "2026-07-05", "2026-07-08", admin);
    Answer tooLong = book(object, "2026-08-01", "2026-11-30", admin);
    Answer handed = calls.postJson(BASE + "/loans/" + first.json().path("id").asText() + "/handover", "{\"condition\":\"GOOD\"}", owner);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().path("borrower").asText()).isEqualTo("syndic@tilleuls");
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.contentType()).isEqualTo("application/problem+json");
    assertThat(second.code()).isEqualTo("LOAN_OVERLAP");
    assertThat(second.json().path("value").asText()).isEqualTo(object);
    assertThat(tooLong.code()).isEqualTo("INVALID_LOAN_PERIOD");
    assertThat(handed.json().path("status").asText()).isEqualTo("HANDED_OVER");
  }

  @Test
  void concurrentBookingsOverHttpLetExactlyOneWin() throws Exception {
    String object = listObject();
    String[] borrowers = {syndic, admin, council, syndic, admin, council};
    ExecutorService pool = Executors.newFixedThreadPool(borrowers.length);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      for (String token : borrowers) {
        answers.add(pool.submit(() -> {
          start.await();
          return book(object, "2026-09-10", "2026-09-12", token);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (Future<Answer> f : answers) {
        Answer a = f.get(60, TimeUnit.SECONDS);
        statuses.add(a.status());
        if (a.status() != 201) {
          codes.add(a.code());
        }
      }

      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
      assertThat(codes).hasSize(borrowers.length - 1).containsOnly("LOAN_OVERLAP");
    } finally {
      pool.shutdownNow();
    }
    long active = 0;
    for (JsonNode loan : calls.get(BASE + "/loans", owner).json()) {
      if (loan.path("object").asText().equals(object)) {
        active++;
      }
    }
    assertThat(active).isEqualTo(1);
  }

  @Test
  void badInputIsA4xxProblemWithItsCode() {
    Answer hours = calls.postJson(BASE + "/exchanges", "{\"offer\":true,\"service\":\"Bike\",\"hours\":\"one\"}", owner);
    Answer missing = calls.postJson(BASE + "/loans", "{\"object\":\"drill\",\"until\":\"2026-07-01\"}", owner);
    Answer malformed = calls.postJson(BASE + "/exchanges", "{\"offer\":true,", owner);
    Answer unknownModule = put(BASE + "/modules/SAUNA", "{\"on\":true,\"decisionReference\":\"x\"}", council);
    Answer badDate = calls.postJson(BASE + "/loans", "{\"object\":\"drill\",\"from\":\"soon\",\"until\":\"2026-07-01\"}", owner);

    assertThat(hours.status()).isEqualTo(422);
    assertThat(hours.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(hours.json().path("field").asText()).isEqualTo("hours");
    assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(missing.json().path("field").asText()).isEqualTo("from");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    assertThat(unknownModule.status()).isEqualTo(422);
    assertThat(unknownModule.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(badDate.status()).isEqualTo(422);
    assertThat(badDate.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void someoneOffTheCouncilCannotHideANotice() {
    Answer posted = calls.postJson(BASE + "/notices",
        "{\"kind\":\"CLASSIFIED_AD\",\"title\":\"Sofa\",\"body\":\"Free\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}", owner);
    String id = posted.json().path("id").asText();

    Answer bySyndic = calls.postJson(BASE + "/notices/" + id + "/hide", "{\"reason\":\"ads\"}", syndic);
    Answer byCouncil = calls.postJson(BASE + "/notices/" + id + "/hide", "{\"reason\":\"commercial\"}", council);
    Answer byOwner = calls.postJson(BASE + "/notices/" + id + "/hide", "{\"reason\":\"x\"}", owner);

    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    assertThat(bySyndic.code()).isEqualTo("NOT_COUNCIL_MEMBER");
    assertThat(byCouncil.json().path("hiddenReason").asText()).isEqualTo("commercial");
    assertThat(byOwner.status()).isEqualTo(403);
    assertThat(calls.get(BASE + "/notices", owner).body()).doesNotContain(id);
  }

  @Test
  void aSkillIsFoundOnlyWithConsent() {
    String skill = "kite-repair-" + UUID.randomUUID();
    calls.postJson(BASE + "/skills", "{\"skill\":\"" + skill + "\",\"consent\":true}", owner);
    Answer found = calls.get(BASE + "/skills?q=" + skill, admin);
    calls.postJson(BASE + "/skills/withdraw-consent", "", owner);
    Answer hidden = calls.get(BASE + "/skills?q=" + skill, admin);

    assertThat(found.json()).hasSize(1);
    assertThat(found.json().get(0).path("who").asText()).isEqualTo("o-dupont");
    assertThat(hidden.json()).isEmpty();
  }

  @Test
  void anOwnersPersonalDataExportIncludesTheirCommunitySkills() {
    String skill = "bread-baking-" + UUID.randomUUID();
    calls.postJson(BASE + "/skills", "{\"skill\":\"" + skill + "\",\"consent\":true}", owner);

    Answer export = calls.get("/api/v1/owners/o-dupont/personal-data", admin);

    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.body()).contains("communitySkills", skill);
  }

  @Test
  void anotherOrganisationNeverReachesTheBuildingsCommunity() {
    String stranger = DemoLogins.token(calls, "admin@cailles");

    Answer read = calls.get(BASE, stranger);
    Answer loans = calls.get(BASE + "/loans", stranger);
    Answer setUp = put(BASE, "{\"council\":[\"admin@cailles\"]}", stranger);

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.code()).isEqualTo("NOT_FOUND");
    assertThat(loans.status()).isEqualTo(404);
    assertThat(setUp.status()).isEqualTo(404);
  }

  @Test
  void theAuditorReadsButDoesNotTakePartAndAnonymousCallersAreRefused() {
    String auditor = DemoLogins.token(calls, "auditor@tilleuls");

    Answer read = calls.get(BASE + "/loans", auditor);
    Answer write = calls.postJson(BASE + "/bazaar", "{\"kind\":\"GIFT\",\"title\":\"Books\"}", auditor);
    Answer anonymous = calls.get(BASE);

    assertThat(read.status()).isEqualTo(200);
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo("FORBIDDEN");
    assertThat(anonymous.status()).isEqualTo(401);
  }

  private String listObject() {
    String id = "drill-" + UUID.randomUUID();
    Answer listed = calls.postJson(BASE + "/objects",
        "{\"id\":\"" + id + "\",\"description\":\"Drill\",\"condition\":\"GOOD\",\"depositAmount\":\"20.00\"}", owner);
    assertThat(listed.status()).as(listed.body()).isEqualTo(201);
    assertThat(listed.json().path("depositAmount").asText()).isEqualTo("20.00");
    return id;
  }

  private Answer book(String object, String from, String until, String token) {
    return calls.postJson(BASE + "/loans",
        "{\"object\":\"" + object + "\",\"from\":\"" + LocalDate.parse(from) + "\",\"until\":\"" + until + "\"}", token);
  }

  private Answer switchModule(String module, boolean on) {
    Answer a = put(BASE + "/modules/" + module, "{\"on\":" + on + ",\"decisionReference\":\"council minutes 12\"}", council);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a;
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  private static Iterable<JsonNode> entries(JsonNode trail) {
    return trail.isArray() ? trail : trail.path("entries");
  }
}
