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
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** Solidarity fund loan schedules over HTTP. */
@MicronautTest
class LoanScheduleApiTest {
  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String token;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    token = DemoLogins.token(calls, "auditor@tilleuls");
  }

  @Test
  void schedulesAZeroRateLoanInEqualPaymentsSettledByTheLast() {
    Answer answer = calls.postJson("/api/v1/solidarity/loan-schedules",
        "{\"principal\":\"1000.00\",\"annualRatePercent\":0,\"months\":3}", token);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("payment").asText()).isEqualTo("333.33");
    assertThat(answer.json().path("lastPayment").asText()).isEqualTo("333.34");
    assertThat(answer.json().path("totalInterest").asText()).isEqualTo("0.00");
    assertThat(answer.json().path("installments").get(2).path("balance").asText()).isEqualTo("0.00");
  }

  @Test
  void schedulesAWorksCreditWhosePartsAddUpToThePrincipal() {
    Answer answer = calls.postJson("/api/v1/solidarity/loan-schedules",
        "{\"principal\":\"5000.00\",\"annualRatePercent\":2,\"months\":24}", token);

    BigDecimal principal = BigDecimal.ZERO;
    for (var line : answer.json().path("installments")) {
      principal = principal.add(new BigDecimal(line.path("principal").asText()));
    }
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("installments").size()).isEqualTo(24);
    assertThat(principal).isEqualByComparingTo("5000.00");
    assertThat(new BigDecimal(answer.json().path("totalInterest").asText())).isPositive();
  }

  @Test
  void refusesEachBadTerm() {
    String uri = "/api/v1/solidarity/loan-schedules";

    Answer zero = calls.postJson(uri, "{\"principal\":\"0.00\",\"annualRatePercent\":0,\"months\":3}", token);
    Answer noMonths = calls.postJson(uri, "{\"principal\":\"10.00\",\"annualRatePercent\":0,\"months\":0}", token);
    Answer negative = calls.postJson(uri, "{\"principal\":\"10.00\",\"annualRatePercent\":-1,\"months\":3}", token);
    Answer tooLong = calls.postJson(uri, "{\"principal\":\"10.00\",\"annualRatePercent\":1,\"months\":100000}", token);
    Answer missing = calls.postJson(uri, "{\"principal\":\"10.00\",\"months\":3}", token);
    Answer convention = calls.postJson(uri,
        "{\"principal\":\"10.00\",\"annualRatePercent\":1,\"months\":3,\"convention\":\"DAILY\"}", token);
    Answer wrongType = calls.postJson(uri, "{\"principal\":\"10.00\",\"annualRatePercent\":1,\"months\":\"x\"}", token);
    Answer malformed = calls.postJson(uri, "{\"principal\":", token);
    Answer anonymous = calls.postJson(uri, "{\"principal\":\"10.00\",\"annualRatePercent\":0,\"months\":1}");

    assertThat(zero.code()).isEqualTo("NONPOSITIVE_PRINCIPAL");
    assertThat(noMonths.code()).isEqualTo("INVALID_TERM");
    assertThat(negative.code()).isEqualTo("NEGATIVE_RATE");
    assertThat(tooLong.code()).isEqualTo("INVALID_FIELD");
    assertThat(tooLong.json().path("field").asText()).isEqualTo("months");
    assertThat(missing.code()).isEqualTo("MISSING_FIELD");
    assertThat(missing.json().path("field").asText()).isEqualTo("annualRatePercent");
    assertThat(convention.json().path("field").asText()).isEqualTo("convention");
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.json().path("field").asText()).isEqualTo("months");
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    assertThat(anonymous.status()).isEqualTo(401);
  }
}
