/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.outbox.OutboxWorker;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.Clock;

/**
 * The cooperative's commands over HTTP keep their history: every status change, document
 * decision, allocation and ledger record reaches the audit trail and the group's timeline at the
 * instant of the host's clock (fixed here), and every notice reaches the outbox, then the
 * member's in-app inbox. Also the onboarding documents: PENDING_KYC to ACTIVE once the required
 * documents are accepted.
 */
@MicronautTest
class CoopEventsApiTest {
  private static final Instant AT = Instant.parse("2026-05-04T08:30:00Z");
  private static final AtomicInteger GROUPS = new AtomicInteger();

  /*
   * The server, not a client of it: this test is the factory of the mock clock, so the context
   * creates it while the demo data (which reads the clock) is loaded, before the server has a
   * port; a client injected here asked for that port then and failed when this test ran alone.
   */
  @Inject
  EmbeddedServer server;

  HttpClient client;

  @Inject
  OutboxWorker worker;

  HttpCalls calls;
  String manager;
  String admin;
  String member;

  @MockBean(Clock.class)
  Clock fixedClock() {
    return ManualClock.at(AT, ZoneId.of("Europe/Brussels"));
  }

  @BeforeEach
  void calls() {
    client = HttpClient.create(server.getURL());
    calls = new HttpCalls(client.toBlocking());
    manager = DemoLogins.token(calls, "manager@cailles");
    admin = DemoLogins.token(calls, "admin@cailles");
    member = DemoLogins.token(calls, "member@cailles");
  }
  @AfterEach
  void close() {
    client.close();
  }


  @Test
  void recordsEveryStatusChangeOnTheAuditTrailAndTheTimelineAtTheClocksInstant() {
    String g = newGroup();
    calls.postJson(g + "/members", "{\"member\":\"m-amrani\"}", manager);
    calls.postJson(g + "/members/m-amrani/status", "{\"status\":\"ACTIVE\"}", manager);

    Answer audit = calls.get("/api/v1/audit-trail?subjectType=group&subjectId=" + id(g), admin);
    Answer timeline = calls.get(g + "/timeline", manager);

    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    List<String> actions = new ArrayList<>();
    audit.json().forEach(e -> actions.add(e.path("action").asText() + " " + e.path("details").path("subject").asText()
        + " " + e.path("details").path("before").asText() + ">" + e.path("details").path("after").asText()));
    assertThat(actions).containsExactly("GroupFormed group >FORMATION", "MemberAdmitted member:m-amrani >PENDING_KYC",
        "RankGiven member:m-amrani >1", "MemberStatusChanged member:m-amrani PENDING_KYC>ACTIVE");
    assertThat(audit.json().get(0).path("actor").asText()).isEqualTo("manager@cailles");
    assertThat(audit.json().get(0).path("at").asText()).isEqualTo(AT.toString());
    assertThat(lines(timeline)).containsExactly("STATUS_CHANGE group FORMATION",
        "STATUS_CHANGE member:m-amrani PENDING_KYC", "STATUS_CHANGE member:m-amrani PENDING_KYC -> ACTIVE");
    assertThat(timeline.json().get(0).path("at").asText()).isEqualTo(AT.toString());
  }

  @Test
  void aMemberBecomesActiveOnceEveryRequiredDocumentIsAccepted() {
    String g = newGroup();
    calls.postJson(g + "/members",
        "{\"member\":\"m-costa\",\"requiredDocuments\":[\"IDENTITY_DOCUMENT\",\"PROOF_OF_ADDRESS\"]}", manager);

    Answer tooEarly = calls.postJson(g + "/members/m-costa/status", "{\"status\":\"ACTIVE\"}", manager);
    calls.postJson(g + "/members/m-costa/documents", "{\"kind\":\"IDENTITY_DOCUMENT\",\"reference\":\"doc-1\"}", manager);
    calls.postJson(g + "/members/m-costa/documents", "{\"kind\":\"PROOF_OF_ADDRESS\",\"reference\":\"doc-2\"}", manager);
    Answer oneAccepted = calls.postJson(g + "/members/m-costa/documents/IDENTITY_DOCUMENT/acceptance", "{}", manager);
    Answer rejected = calls.postJson(g + "/members/m-costa/documents/PROOF_OF_ADDRESS/rejection",
        "{\"reason\":\"older than three months\"}", manager);
    calls.postJson(g + "/members/m-costa/documents", "{\"kind\":\"PROOF_OF_ADDRESS\",\"reference\":\"doc-3\"}", manager);
    Answer active = calls.postJson(g + "/members/m-costa/documents/PROOF_OF_ADDRESS/acceptance", "{}", manager);

    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(tooEarly.json().path("guard").asText()).isEqualTo("required documents accepted");
    assertThat(memberOf(oneAccepted, "m-costa").path("status").asText()).isEqualTo("PENDING_KYC");
    JsonNode refused = memberOf(rejected, "m-costa").path("documents").get(1);
    assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
    assertThat(refused.path("reason").asText()).isEqualTo("older than three months");
    JsonNode costa = memberOf(active, "m-costa");
    assertThat(costa.path("status").asText()).as(active.body()).isEqualTo("ACTIVE");
    assertThat(costa.path("requiredDocuments").toString()).isEqualTo("[\"IDENTITY_DOCUMENT\",\"PROOF_OF_ADDRESS\"]");
    assertThat(costa.path("documents").get(1).path("reference").asText()).isEqualTo("doc-3");
    assertThat(lines(calls.get(g + "/timeline", manager))).contains(
        "DOCUMENT member:m-costa IDENTITY_DOCUMENT submitted", "DOCUMENT member:m-costa PROOF_OF_ADDRESS rejected",
        "DOCUMENT member:m-costa PROOF_OF_ADDRESS accepted", "STATUS_CHANGE member:m-costa PENDING_KYC -> ACTIVE");
  }

  @Test
  void refusesBadDocumentRequestsWithStableCodes() {
    String g = newGroup();
    calls.postJson(g + "/members", "{\"member\":\"m-amrani\",\"requiredDocuments\":[\"BANK_DETAILS\"]}", manager);

    Answer unknownKind = calls.postJson(g + "/members/m-amrani/documents", "{\"kind\":\"SELFIE\",\"reference\":\"d\"}", manager);
    Answer noReference = calls.postJson(g + "/members/m-amrani/documents", "{\"kind\":\"BANK_DETAILS\"}", manager);
    Answer notSubmitted = calls.postJson(g + "/members/m-amrani/documents/BANK_DETAILS/acceptance", "{}", manager);
    Answer noReason = calls.postJson(g + "/members/m-amrani/documents/BANK_DETAILS/rejection", "{}", manager);
    Answer notAMember = calls.postJson(g + "/members/m-costa/documents", "{\"kind\":\"BANK_DETAILS\",\"reference\":\"d\"}", manager);
    Answer unknownRequired = calls.postJson(g + "/members", "{\"member\":\"m-costa\",\"requiredDocuments\":[\"DNA\"]}", manager);

    assertThat(unknownKind.status()).isEqualTo(422);
    assertThat(unknownKind.contentType()).isEqualTo("application/problem+json");
    assertThat(unknownKind.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknownKind.json().path("field").asText()).isEqualTo("kind");
    assertThat(noReference.code()).isEqualTo("MISSING_FIELD");
    assertThat(noReference.json().path("field").asText()).isEqualTo("reference");
    assertThat(notSubmitted.status()).isEqualTo(409);
    assertThat(notSubmitted.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(notSubmitted.json().path("from").asText()).isEqualTo("NONE");
    assertThat(noReason.code()).isEqualTo("MISSING_FIELD");
    assertThat(notAMember.status()).isEqualTo(422);
    assertThat(notAMember.code()).isEqualTo("UNKNOWN_MEMBER");
    assertThat(unknownRequired.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknownRequired.json().path("field").asText()).isEqualTo("requiredDocuments");
  }

  @Test
  void aMemberSubmitsTheirOwnDocumentsButNobodyElsesAndAcceptsNone() {
    String g = newGroup();
    calls.postJson(g + "/members", "{\"member\":\"m-devos\",\"requiredDocuments\":[\"SIGNED_CHARTER\"]}", manager);
    calls.postJson(g + "/members", "{\"member\":\"m-amrani\",\"requiredDocuments\":[\"SIGNED_CHARTER\"]}", manager);

    Answer own = calls.postJson(g + "/members/m-devos/documents", "{\"kind\":\"SIGNED_CHARTER\",\"reference\":\"c-1\"}", member);
    Answer other = calls.postJson(g + "/members/m-amrani/documents", "{\"kind\":\"SIGNED_CHARTER\",\"reference\":\"c-2\"}", member);
    Answer accept = calls.postJson(g + "/members/m-devos/documents/SIGNED_CHARTER/acceptance", "{}", member);

    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(memberOf(own, "m-devos").path("documents").get(0).path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(other.status()).isEqualTo(404);
    assertThat(accept.status()).isEqualTo(403);
    Answer audit = calls.get("/api/v1/audit-trail?subjectType=group&subjectId=" + id(g), admin);
    assertThat(audit.body()).contains("\"actor\":\"m-devos\"", "DocumentSubmitted");
  }

  @Test
  void notifiesEveryMemberOfPublishedMinutesOnceThroughTheOutboxToTheirInbox() {
    String g = newGroup();
    calls.postJson(g + "/members", "{\"member\":\"m-devos\"}", manager);
    calls.postJson(g + "/members", "{\"member\":\"m-bertrand\"}", manager);
    String minutes = "PV-" + id(g);

    Answer published = calls.postJson(g + "/minutes", "{\"minutesReference\":\"" + minutes + "\"}", manager);
    calls.postJson(g + "/minutes", "{\"minutesReference\":\"" + minutes + "\"}", manager);
    worker.runOnce();
    Answer inbox = calls.get("/api/v1/inbox", member);

    assertThat(published.status()).as(published.body()).isEqualTo(200);
    List<JsonNode> notices = new ArrayList<>();
    inbox.json().path("messages").forEach(m -> {
      if (m.path("payload").asText().contains(minutes)) {
        notices.add(m);
      }
    });
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).path("kind").asText()).isEqualTo("MINUTES_PUBLISHED");
    assertThat(notices.get(0).path("channel").asText()).isEqualTo("in-app");
    assertThat(notices.get(0).path("deliveredAt").asText()).isEqualTo(AT.toString());
    assertThat(lines(calls.get(g + "/timeline", manager)))
        .contains("DOCUMENT minutes:" + minutes + " minutes published", "SYSTEM_NOTIFICATION minutes:" + minutes
            + " MINUTES_PUBLISHED");
  }

  @Test
  void aConfirmedContributionIsOnTheTimelineAndTakesAnOpenGroupToItsThreshold() {
    String g = newGroup();
    String suffix = id(g);
    String m = "m-" + suffix;
    calls.postJson("/api/v1/members",
        "{\"id\":\"" + m + "\",\"name\":\"Funding Member\",\"rank\":0,\"joinedOn\":\"2026-01-01\"}", manager);
    calls.postJson(g + "/members", "{\"member\":\"" + m + "\"}", manager);
    calls.postJson(g + "/members/" + m + "/status", "{\"status\":\"ACTIVE\"}", manager);
    calls.postJson(g + "/contribution-plan", "{\"reference\":\"plan\"}", manager);
    calls.postJson(g + "/transitions", "{\"to\":\"KYC_READY\"}", manager);
    calls.postJson(g + "/transitions", "{\"to\":\"FUNDING_OPEN\"}", manager);
    Answer due = calls.postJson("/api/v1/members/" + m + "/ledger/dues", "{\"id\":\"due-" + suffix
        + "\",\"amount\":\"10.00\",\"valueDate\":\"2026-06-01\",\"idempotencyKey\":\"due-" + suffix + "\"}", manager);
    calls.postJson("/api/v1/members/" + m + "/ledger/payments", "{\"id\":\"pay-" + suffix
        + "\",\"amount\":\"500.00\",\"valueDate\":\"2026-05-02\",\"idempotencyKey\":\"pay-" + suffix
        + "\",\"reason\":\"bank ref\"}", manager);

    Answer confirmed = calls.postJson("/api/v1/ledger/pay-" + suffix + "/confirmation", "{}", manager);

    assertThat(due.status()).as(due.body()).isEqualTo(201);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    assertThat(calls.get(g, manager).json().path("status").asText()).isEqualTo("THRESHOLD_REACHED");
    assertThat(lines(calls.get(g + "/timeline", manager))).contains(
        "SYSTEM_NOTIFICATION installment:due-" + suffix + "/member:" + m + " CALL_FOR_FUNDS",
        "STATUS_CHANGE ledger:pay-" + suffix + " contribution declared",
        "STATUS_CHANGE ledger:pay-" + suffix + " contribution confirmed",
        "STATUS_CHANGE group FUNDING_OPEN -> THRESHOLD_REACHED");
  }

  @Test
  void refusesATimelinePageOfABadSizeAndAnUnknownGroup() {
    String g = newGroup();

    Answer zero = calls.get(g + "/timeline?limit=0", manager);
    Answer nowhere = calls.get("/api/v1/groups/nowhere/timeline", manager);

    assertThat(zero.status()).isEqualTo(422);
    assertThat(zero.code()).isEqualTo("INVALID_FIELD");
    assertThat(zero.json().path("field").asText()).isEqualTo("limit");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.code()).isEqualTo("NOT_FOUND");
  }

  private String newGroup() {
    String id = "events-" + GROUPS.incrementAndGet() + "-" + System.nanoTime();
    Answer formed = calls.postJson("/api/v1/groups",
        "{\"id\":\"" + id + "\",\"name\":\"Events\",\"fundingThreshold\":\"500.00\"}", manager);
    assertThat(formed.status()).as(formed.body()).isEqualTo(201);
    return "/api/v1/groups/" + id;
  }

  private static String id(String group) {
    return group.substring(group.lastIndexOf('/') + 1);
  }

  private static JsonNode memberOf(Answer group, String member) {
    for (JsonNode m : group.json().path("members")) {
      if (m.path("id").asText().equals(member)) {
        return m;
      }
    }
    throw new AssertionError(member + " is not in " + group.body());
  }

  private static List<String> lines(Answer timeline) {
    assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    timeline.json().forEach(t -> lines.add(t.path("kind").asText() + " " + t.path("subject").asText() + " "
        + t.path("summary").asText()));
    return lines;
  }
}
