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
 * Consents and chosen channels over HTTP (issue 20 finding 17, issue 18): recorded and withdrawn
 * with their proof, read back with the route a notice takes, audited, refused with a coded
 * problem naming the field, and a person who sees only themselves cannot touch another's.
 */
@MicronautTest
class NotificationChoicesApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String syndic;
  String owner;

  @BeforeEach
  void owner() {
    calls = new HttpCalls(client.toBlocking());
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
    owner = "zz-notify-" + UUID.randomUUID();
    Answer created = calls.postJson("/api/v1/owners", "{\"id\":\"" + owner + "\",\"name\":\"Nora\","
        + "\"email\":\"nora@example.org\",\"phone\":\"+32470000099\"}", syndic);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private String choices() {
    return "/api/v1/owners/" + owner + "/notification-choices";
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  @Test
  void recordsConsentAndChannelAndReadsTheRoute() {
    Answer before = calls.get(choices(), syndic);
    Answer consent = calls.postJson(choices() + "/consents",
        "{\"channel\":\"WHATSAPP\",\"decision\":\"GRANTED\",\"proof\":\"signed form 2026-31\"}", syndic);
    Answer email = put(choices() + "/channel", "{\"channel\":\"EMAIL\"}", syndic);
    Answer emailConsent = calls.postJson(choices() + "/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"signed form 2026-31\"}", syndic);
    Answer withdrawn = calls.postJson(choices() + "/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"WITHDRAWN\",\"proof\":\"letter of 2026-05-02\"}", syndic);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=owner&subjectId=" + owner,
        DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(before.json().path("route").asText()).isEqualTo("POST");
    assertThat(consent.status()).as(consent.body()).isEqualTo(200);
    assertThat(consent.json().path("route").asText()).isEqualTo("WHATSAPP");
    assertThat(consent.json().path("consents").get(0).path("proof").asText()).isEqualTo("signed form 2026-31");
    assertThat(email.json().path("channel").asText()).isEqualTo("EMAIL");
    assertThat(email.json().path("route").asText()).isEqualTo("POST");
    assertThat(email.json().path("reason").asText()).isEqualTo("NO_CONSENT");
    assertThat(emailConsent.json().path("route").asText()).isEqualTo("EMAIL");
    assertThat(withdrawn.json().path("route").asText()).isEqualTo("POST");
    assertThat(trail.body()).contains("NotificationConsentRecorded", "NotificationChannelChosen")
        .doesNotContain("signed form");
  }

  @Test
  void choosesTheInAppInboxAndALanguageAndAuditsTheLanguage() {
    Answer before = calls.get(choices(), syndic);
    Answer inApp = put(choices() + "/channel", "{\"channel\":\"IN_APP\"}", syndic);
    Answer german = put(choices() + "/language", "{\"language\":\"de\"}", syndic);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=owner&subjectId=" + owner,
        DemoLogins.token(calls, "auditor@tilleuls"));
    Answer wrong = put(choices() + "/language", "{\"language\":\"deutsch\"}", syndic);
    Answer missing = put(choices() + "/language", "{}", syndic);
    Answer consent = calls.postJson(choices() + "/consents",
        "{\"channel\":\"IN_APP\",\"decision\":\"GRANTED\",\"proof\":\"x\"}", syndic);

    assertThat(before.json().path("language").isNull()).isTrue();
    assertThat(before.json().path("noticeLanguage").asText()).isEqualTo("nl");
    assertThat(inApp.status()).as(inApp.body()).isEqualTo(200);
    // the inbox needs neither consent nor address
    assertThat(inApp.json().path("route").asText()).isEqualTo("IN_APP");
    assertThat(inApp.json().path("reason").asText()).isEqualTo("CHOSEN");
    assertThat(german.status()).as(german.body()).isEqualTo(200);
    assertThat(german.json().path("language").asText()).isEqualTo("de");
    assertThat(german.json().path("noticeLanguage").asText()).isEqualTo("de");
    assertThat(calls.get(choices(), syndic).json().path("language").asText()).isEqualTo("de");
    assertThat(trail.body()).contains("PersonLanguageChosen");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.code()).isEqualTo("INVALID_FIELD");
    assertThat(wrong.json().path("field").asText()).isEqualTo("language");
    assertThat(missing.status()).as(missing.body()).isBetween(400, 422);
    assertThat(consent.json().path("field").asText()).isEqualTo("channel");
  }

  @Test
  void anOwnerRegisteredWithALanguageKeepsItAndABadOneIsRefused() {
    String id = "zz-lang-" + UUID.randomUUID();
    Answer created = calls.postJson("/api/v1/owners", "{\"id\":\"" + id + "\",\"name\":\"Léa\","
        + "\"email\":\"lea@example.org\",\"language\":\"fr\"}", syndic);
    Answer changed = put("/api/v1/owners/" + id, "{\"version\":" + created.json().path("version").asLong()
        + ",\"name\":\"Léa Moved\",\"email\":\"lea@example.org\"}", syndic);
    Answer bad = calls.postJson("/api/v1/owners", "{\"id\":\"zz-bad-" + UUID.randomUUID()
        + "\",\"name\":\"X\",\"language\":\"french\"}", syndic);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("language").asText()).isEqualTo("fr");
    // a details change without a language keeps the one stored
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("language").asText()).isEqualTo("fr");
    assertThat(calls.get("/api/v1/owners/" + id + "/notification-choices", syndic).json()
        .path("noticeLanguage").asText()).isEqualTo("fr");
    assertThat(bad.status()).as(bad.body()).isEqualTo(422);
    assertThat(bad.body()).contains("language");
  }

  @Test
  void theOpenApiDocumentNamesTheChannelsAndTheLanguages() {
    String document = calls.get("/openapi.yml").body();

    assertThat(document).contains("/api/v1/owners/{owner}/notification-choices/language:", "ContactChannel:");
    String channels = document.substring(document.indexOf("    ContactChannel:"));
    assertThat(channels.substring(0, Math.min(channels.length(), 300)))
        .contains("WHATSAPP", "EMAIL", "POST", "IN_APP");
    String language = document.substring(document.indexOf("    KeepNotificationChoices.NewLanguage:"));
    assertThat(language.substring(0, Math.min(language.length(), 400))).contains("- fr", "- nl", "- de", "- en");
    String view = document.substring(document.indexOf("    KeepNotificationChoices.Choices:"));
    assertThat(view.substring(0, Math.min(view.length(), 2000))).contains("noticeLanguage", "ContactChannel");
  }

  @Test
  void refusesHostileBodiesWithProblemsNamingTheField() {
    Answer channel = put(choices() + "/channel", "{\"channel\":\"SMS\"}", syndic);
    Answer missing = put(choices() + "/channel", "{}", syndic);
    Answer typo = put(choices() + "/channel", "{\"chanel\":\"EMAIL\"}", syndic);
    Answer wrongType = put(choices() + "/channel", "{\"channel\":7}", syndic);
    Answer post = calls.postJson(choices() + "/consents",
        "{\"channel\":\"POST\",\"decision\":\"GRANTED\",\"proof\":\"x\"}", syndic);
    Answer noProof = calls.postJson(choices() + "/consents", "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\"}",
        syndic);
    Answer longProof = calls.postJson(choices() + "/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"" + "p".repeat(600) + "\"}", syndic);
    Answer decision = calls.postJson(choices() + "/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"YES\",\"proof\":\"x\"}", syndic);
    Answer nobody = calls.get("/api/v1/owners/nobody-" + UUID.randomUUID() + "/notification-choices", syndic);

    for (Answer a : new Answer[] {channel, missing, typo, wrongType, post, noProof, longProof, decision}) {
      assertThat(a.status()).as(a.body()).isBetween(400, 422);
      assertThat(a.contentType()).contains("application/problem+json");
    }
    assertThat(channel.code()).isEqualTo("INVALID_FIELD");
    assertThat(channel.json().path("field").asText()).isEqualTo("channel");
    assertThat(post.json().path("field").asText()).isEqualTo("channel");
    assertThat(decision.json().path("field").asText()).isEqualTo("decision");
    assertThat(noProof.body()).contains("proof");
    assertThat(longProof.body()).contains("proof");
    assertThat(nobody.status()).isEqualTo(404);
  }

  @Test
  void anOwnerManagesOnlyTheirOwnChoices() {
    String own = DemoLogins.token(calls, "owner@tilleuls");

    Answer other = calls.postJson(choices() + "/consents",
        "{\"channel\":\"WHATSAPP\",\"decision\":\"GRANTED\",\"proof\":\"x\"}", own);
    Answer read = calls.get(choices(), own);
    Answer self = calls.get("/api/v1/owners/o-dupont/notification-choices", own);
    Answer auditorWrite = put(choices() + "/channel", "{\"channel\":\"POST\"}",
        DemoLogins.token(calls, "auditor@tilleuls"));
    Answer anonymous = calls.get(choices());

    assertThat(other.status()).isEqualTo(404);
    assertThat(read.status()).isEqualTo(404);
    assertThat(self.status()).as(self.body()).isEqualTo(200);
    assertThat(auditorWrite.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(calls.get(choices(), syndic).json().path("consents").size()).isZero();
  }
}
