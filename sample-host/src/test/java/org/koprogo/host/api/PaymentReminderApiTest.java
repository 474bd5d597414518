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

/**
 * Payment reminders over HTTP on the demo building: the syndic runs them as of a day, each owner in
 * arrears gets the reminder their statement reached, once; an owner cannot run them.
 */
@MicronautTest
class PaymentReminderApiTest {
  private static final String REMINDERS = "/api/v1/buildings/residence-tilleuls/payment-reminders";

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

  @Test
  void remindsTheOwnersInArrearsOnceAndListsThePaperOnes() {
    Answer first = calls.postJson(REMINDERS, "{\"asOf\":\"2026-06-30\"}", syndic);
    Answer again = calls.postJson(REMINDERS, "{\"asOf\":\"2026-06-30\"}", syndic);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode reminders = first.json().path("reminders");
    assertThat(reminders.size()).isPositive();
    List<String> owners = new ArrayList<>();
    reminders.forEach(r -> owners.add(r.path("owner").asText()));
    assertThat(owners).contains("o-dupont").doesNotHaveDuplicates();
    reminders.forEach(r -> {
      assertThat(r.path("level").asText()).isIn("FRIENDLY_REMINDER", "FIRM_REMINDER", "FORMAL_NOTICE");
      assertThat(r.path("issuedBefore").asBoolean()).isFalse();
    });
    // the demo's owners chose no channel: every reminder is for the post
    assertThat(first.json().path("byPost")).hasSize(reminders.size());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("reminders")).hasSize(reminders.size())
        .allSatisfy(r -> assertThat(r.path("issuedBefore").asBoolean()).isTrue());
    assertThat(again.json().path("byPost")).isEmpty();
  }

  @Test
  void refusesARunWithoutItsDayAndAnOwnersRun() {
    Answer noDay = calls.postJson(REMINDERS, "{}", syndic);
    Answer byOwner = calls.postJson(REMINDERS, "{\"asOf\":\"2026-06-30\"}", DemoLogins.token(calls, "owner@tilleuls"));
    Answer unknown = calls.postJson("/api/v1/buildings/nowhere/payment-reminders", "{\"asOf\":\"2026-06-30\"}", syndic);

    assertThat(noDay.status()).as(noDay.body()).isEqualTo(422);
    assertThat(byOwner.status()).isEqualTo(403);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
  }
}
