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

@MicronautTest
class SolidarityApiTest {
  private static final String URI = "/api/v1/solidarity/eligibility";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String member;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    member = DemoLogins.token(calls, "member@cailles");
  }

  private static String question(String income, int properties, boolean paying, String request) {
    return "{\"on\":\"2026-06-01\",\"applicant\":{\"id\":\"m-devos\",\"monthlyIncome\":\"" + income
        + "\",\"debtRatioPercent\":40,\"propertiesOwned\":" + properties
        + ",\"monthlyPropertyIncome\":\"0.00\",\"payingMember\":" + paying + ",\"pastAid\":[]},"
        + "\"request\":" + request + "}";
  }

  @Test
  void listsEveryRuleOfTheCharterWithItsOutcome() {
    Answer answer = calls.postJson(URI,
        question("1200.00", 0, true, "{\"kind\":\"ZERO_RATE_LOAN\",\"amount\":\"2000.00\",\"months\":24}"),
        member);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("outcomes").size()).isGreaterThan(1);
    assertThat(answer.json().path("outcomes").get(0).path("reason").asText()).isNotBlank();
  }

  @Test
  void answersAnIneligibleApplicantWithTheFailedRulesNotAnError() {
    Answer answer = calls.postJson(URI,
        question("1200.00", 3, false, "{\"kind\":\"EMERGENCY_GRANT\",\"amount\":\"500.00\"}"), member);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("eligible").asBoolean()).isFalse();
    assertThat(answer.body()).contains("\"passed\":false");
  }

  @Test
  void refusesAnUnknownKindAndAMissingTerm() {
    Answer kind = calls.postJson(URI,
        question("1200.00", 0, true, "{\"kind\":\"LOTTERY\",\"amount\":\"5.00\"}"), member);
    Answer months = calls.postJson(URI,
        question("1200.00", 0, true, "{\"kind\":\"ZERO_RATE_LOAN\",\"amount\":\"2000.00\"}"), member);

    assertThat(kind.status()).isEqualTo(422);
    assertThat(kind.json().path("field").asText()).isEqualTo("request.kind");
    assertThat(months.code()).isEqualTo("MISSING_FIELD");
    assertThat(months.json().path("field").asText()).isEqualTo("request.months");
  }

  @Test
  void refusesAnAmountWithTooManyDecimals() {
    Answer answer = calls.postJson(URI,
        question("1200.001", 0, true, "{\"kind\":\"EMERGENCY_GRANT\",\"amount\":\"500.00\"}"), member);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_AMOUNT");
    assertThat(answer.json().path("field").asText()).isEqualTo("applicant.monthlyIncome");
  }

  @Test
  void needsALogin() {
    Answer answer = calls.postJson(URI,
        question("1200.00", 0, true, "{\"kind\":\"EMERGENCY_GRANT\",\"amount\":\"500.00\"}"));

    assertThat(answer.status()).isEqualTo(401);
  }
}
