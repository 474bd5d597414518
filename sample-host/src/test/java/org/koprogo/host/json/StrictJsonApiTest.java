/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.json;

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

/**
 * Issue 20, findings 1 (host half), 4 and 8: hostile bodies are 4xx problem documents naming the
 * field, promptly, and store nothing.
 */
@MicronautTest
class StrictJsonApiTest {
  private static final String PLAN = "\"resolution\":\"AG-null\",\"year\":2025,\"revenue\":\"100.00\","
      + "\"costs\":[],\"members\":1,\"monthlyPrice\":\"5.00\"";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
  }

  private static void refused(Answer answer, String code, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).as(answer.body()).isEqualTo(code);
    assertThat(answer.json().path("field").asText()).as(answer.body()).isEqualTo(field);
  }

  @Test
  void refusesABooleanWhereAStringIsExpected() {
    String manager = DemoLogins.token(calls, "manager@cailles");

    Answer answer = calls.postJson("/api/v1/members",
        "{\"id\":\"m-false\",\"name\":false,\"rank\":9,\"joinedOn\":\"2026-04-01\"}", manager);
    Answer number = calls.postJson("/api/v1/members",
        "{\"id\":\"m-number\",\"name\":12,\"rank\":9,\"joinedOn\":\"2026-04-01\"}", manager);

    refused(answer, "INVALID_FIELD", "name");
    refused(number, "INVALID_FIELD", "name");
    assertThat(calls.get("/api/v1/members/m-false", manager).status()).isEqualTo(404);
  }

  @Test
  void refusesAFloatOrAStringWhereAnIntegerIsExpected() {
    String manager = DemoLogins.token(calls, "manager@cailles");

    Answer fraction = calls.postJson("/api/v1/members",
        "{\"id\":\"m-frac\",\"name\":\"F\",\"rank\":2.5,\"joinedOn\":\"2026-04-01\"}", manager);
    Answer text = calls.postJson("/api/v1/members",
        "{\"id\":\"m-text\",\"name\":\"F\",\"rank\":\"3\",\"joinedOn\":\"2026-04-01\"}", manager);
    Answer date = calls.postJson("/api/v1/members",
        "{\"id\":\"m-date\",\"name\":\"F\",\"rank\":3,\"joinedOn\":[2026,4,1]}", manager);

    refused(fraction, "INVALID_NUMBER", "rank");
    refused(text, "INVALID_NUMBER", "rank");
    refused(date, "INVALID_DATE", "joinedOn");
  }

  @Test
  void refusesNullListElementsNamingThem() {
    String syndic = DemoLogins.token(calls, "syndic@tilleuls");
    String admin = DemoLogins.token(calls, "admin@koprogo");
    String member = DemoLogins.token(calls, "member@cailles");

    Answer items = calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies",
        "{\"id\":\"ga-null\",\"plannedOn\":\"2026-09-16\",\"items\":[null]}", syndic);
    Answer destinations = calls.postJson("/api/v1/association/surplus-allocations",
        "{" + PLAN + ",\"destinations\":[null]}", admin);
    Answer noId = calls.postJson("/api/v1/association/surplus-allocations",
        "{" + PLAN + ",\"destinations\":[{\"percent\":\"100\"}]}", admin);
    Answer pastAid = calls.postJson("/api/v1/solidarity/eligibility",
        "{\"on\":\"2026-06-01\",\"applicant\":{\"id\":\"m-devos\",\"monthlyIncome\":\"900.00\","
            + "\"debtRatioPercent\":40,\"propertiesOwned\":0,\"monthlyPropertyIncome\":\"0.00\","
            + "\"payingMember\":true,\"pastAid\":[null]},"
            + "\"request\":{\"kind\":\"MICROCREDIT\",\"amount\":\"500.00\",\"months\":12}}", member);

    refused(items, "INVALID_FIELD", "items[0]");
    refused(destinations, "INVALID_FIELD", "destinations[0]");
    refused(noId, "VALIDATION_FAILED", "destinations[0].id");
    assertThat(pastAid.status()).as(pastAid.body()).isEqualTo(422);
    assertThat(pastAid.json().path("field").asText()).isEqualTo("applicant.pastAid[0]");
  }

  @Test
  void refusesHugeAndTinyDecimalsBeforeAnyArithmetic() {
    String syndic = DemoLogins.token(calls, "syndic@tilleuls");
    long start = System.nanoTime();

    Answer huge = calls.postJson("/api/v1/buildings/residence-tilleuls/lots",
        "{\"id\":\"HUGE\",\"label\":\"huge\",\"shares\":1e999999999}", syndic);
    Answer tiny = calls.postJson("/api/v1/buildings/residence-tilleuls/lots",
        "{\"id\":\"TINY\",\"label\":\"tiny\",\"shares\":1e-999999999}", syndic);
    Answer wide = calls.postJson("/api/v1/buildings/residence-tilleuls/lots",
        "{\"id\":\"WIDE\",\"label\":\"wide\",\"shares\":1e400}", syndic);
    Answer longText = calls.postJson("/api/v1/buildings/residence-tilleuls/lots",
        "{\"id\":\"LONG\",\"label\":\"long\",\"shares\":\"" + "1".repeat(65) + "\"}", syndic);
    Answer longNumber = calls.postJson("/api/v1/buildings/residence-tilleuls/lots",
        "{\"id\":\"LONGER\",\"label\":\"long\",\"shares\":" + "1".repeat(5000) + "}", syndic);

    assertThat(System.nanoTime() - start).as("answered promptly (the unbounded parse took minutes and gigabytes)").isLessThan(30_000_000_000L);
    refused(huge, "INVALID_NUMBER", "shares");
    refused(tiny, "INVALID_NUMBER", "shares");
    refused(wide, "INVALID_NUMBER", "shares");
    refused(longText, "INVALID_NUMBER", "shares");
    assertThat(longNumber.status()).as(longNumber.body()).isBetween(400, 422);
    assertThat(longNumber.contentType()).isEqualTo("application/problem+json");
    assertThat(calls.get("/api/v1/buildings/residence-tilleuls/lots", syndic).body())
        .doesNotContain("HUGE", "TINY", "WIDE");
  }

  @Test
  void answersAHugeCalculationWeightPromptlyWithACode() {
    long start = System.nanoTime();

    Answer huge = calls.postJson("/api/v1/calculations/charge-distribution",
        "{\"amount\":\"100.00\",\"units\":[\"A\",\"B\"],\"weights\":{\"A\":1e999999999,\"B\":1}}");
    Answer tiny = calls.postJson("/api/v1/calculations/charge-distribution",
        "{\"amount\":\"100.00\",\"units\":[\"A\",\"B\"],\"weights\":{\"A\":1e-999999999,\"B\":1}}");

    assertThat(System.nanoTime() - start).as("answered promptly (the unbounded parse took minutes and gigabytes)").isLessThan(30_000_000_000L);
    assertThat(huge.status()).as(huge.body()).isEqualTo(422);
    assertThat(huge.code()).isEqualTo("INVALID_NUMBER");
    assertThat(tiny.status()).as(tiny.body()).isEqualTo(422);
    assertThat(tiny.code()).isEqualTo("INVALID_NUMBER");
  }
}
