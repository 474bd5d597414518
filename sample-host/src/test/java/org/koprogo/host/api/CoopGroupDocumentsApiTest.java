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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** A cooperative group's own documents over HTTP: adopted by its managers, audited, on its timeline. */
@MicronautTest
class CoopGroupDocumentsApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String manager;
  String admin;
  String group;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    manager = DemoLogins.token(calls, "manager@cailles");
    admin = DemoLogins.token(calls, "admin@cailles");
    String id = "documents-" + System.nanoTime();
    Answer formed = calls.postJson("/api/v1/groups",
        "{\"id\":\"" + id + "\",\"name\":\"Documents\",\"fundingThreshold\":\"500.00\"}", manager);
    assertThat(formed.status()).as(formed.body()).isEqualTo(201);
    group = "/api/v1/groups/" + id;
  }

  @Test
  void aManagerAdoptsADocumentThenANewVersionOfIt() {
    Answer first = calls.postJson(group + "/documents", "{\"title\":\"internal rules\",\"reference\":\"rules-v1.pdf\"}", manager);
    Answer second = calls.postJson(group + "/documents",
        "{\"title\":\"internal rules\",\"reference\":\"rules-v2.pdf\",\"version\":2}", admin);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().path("documents").path("internal rules").asText()).isEqualTo("rules-v1.pdf");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().path("documents").path("internal rules").asText()).isEqualTo("rules-v2.pdf");
    assertThat(second.json().path("version").asLong()).isEqualTo(3);
    assertThat(calls.get(group, manager).json().path("documents").path("internal rules").asText())
        .isEqualTo("rules-v2.pdf");
  }

  @Test
  void recordsTheAdoptionOnTheAuditTrailAndTheTimeline() {
    calls.postJson(group + "/documents", "{\"title\":\"charter\",\"reference\":\"charter-2026\"}", manager);

    Answer audit = calls.get("/api/v1/audit-trail?subjectType=group&subjectId=" + id(), admin);
    Answer timeline = calls.get(group + "/timeline", manager);

    List<String> actions = new ArrayList<>();
    audit.json().forEach(e -> actions.add(e.path("action").asText() + " " + e.path("details").path("subject").asText()
        + " " + e.path("details").path("before").asText() + ">" + e.path("details").path("after").asText()));
    assertThat(actions).contains("GroupDocumentAdopted document:charter >charter-2026");
    List<String> lines = new ArrayList<>();
    timeline.json().forEach(t -> lines.add(t.path("kind").asText() + " " + t.path("subject").asText() + " "
        + t.path("summary").asText()));
    assertThat(lines).contains("DOCUMENT document:charter charter adopted");
  }

  @Test
  void adoptingTheSameVersionAgainChangesNothing() {
    Answer first = calls.postJson(group + "/documents", "{\"title\":\"charter\",\"reference\":\"c1\"}", manager);
    Answer again = calls.postJson(group + "/documents", "{\"title\":\"charter\",\"reference\":\"c1\"}", manager);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("version").asLong()).isEqualTo(first.json().path("version").asLong());
    JsonNode audit = calls.get("/api/v1/audit-trail?subjectType=group&subjectId=" + id(), admin).json();
    long adoptions = 0;
    for (JsonNode e : audit) {
      if (e.path("action").asText().equals("GroupDocumentAdopted")) {
        adoptions++;
      }
    }
    assertThat(adoptions).isEqualTo(1);
  }

  @Test
  void refusesMissingFieldsMalformedJsonWrongTypesAndAStaleVersion() {
    Answer noTitle = calls.postJson(group + "/documents", "{\"reference\":\"r\"}", manager);
    Answer noReference = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\" \"}", manager);
    Answer malformed = calls.postJson(group + "/documents", "{\"title\":", manager);
    Answer wrongType = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\"r\",\"version\":\"one\"}", manager);
    Answer stale = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\"r\",\"version\":9}", manager);

    assertThat(noTitle.status()).isEqualTo(422);
    assertThat(noTitle.code()).isEqualTo("MISSING_FIELD");
    assertThat(noTitle.json().path("field").asText()).isEqualTo("title");
    assertThat(noReference.code()).isEqualTo("MISSING_FIELD");
    assertThat(noReference.json().path("field").asText()).isEqualTo("reference");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    assertThat(wrongType.status()).isBetween(400, 422);
    assertThat(wrongType.json().path("field").asText()).isEqualTo("version");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  void onlyAManagerOrAnAdminAdoptsAndAnotherOrganisationSeesNothing() {
    Answer member = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\"r\"}",
        DemoLogins.token(calls, "member@cailles"));
    Answer auditor = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\"r\"}",
        DemoLogins.token(calls, "auditor@cailles"));
    Answer stranger = calls.postJson(group + "/documents", "{\"title\":\"t\",\"reference\":\"r\"}",
        DemoLogins.token(calls, "admin@tilleuls"));
    Answer unknown = calls.postJson("/api/v1/groups/no-such-group/documents", "{\"title\":\"t\",\"reference\":\"r\"}", manager);

    assertThat(member.status()).isEqualTo(403);
    assertThat(auditor.status()).isEqualTo(403);
    assertThat(stranger.status()).isIn(403, 404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(calls.get(group, manager).json().path("documents").size()).isZero();
  }

  private String id() {
    return group.substring(group.lastIndexOf('/') + 1);
  }
}
