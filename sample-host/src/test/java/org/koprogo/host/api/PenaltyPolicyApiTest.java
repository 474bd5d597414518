/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/** Each building's late-penalty policy over HTTP, and the owner statement applying it per building. */
@MicronautTest
class PenaltyPolicyApiTest {
  private static final OrganisationId TILLEULS = OrganisationId.of("demo-tilleuls");
  private static final String FULL = "{\"annualRatePercent\":\"7.5\",\"statutesArticle\":\"art. 18 §2\","
      + "\"dayCount\":\"ACT_360\",\"graceDays\":10,\"accrualStart\":\"GRACE_END\",\"flatFee\":\"15.00\","
      + "\"minimumPenalty\":\"20.00\",\"capPercentOfPrincipal\":\"10\"}";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  OutPorts ports;

  HttpCalls calls;
  String syndic;
  String building;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
    // a building of its own (ids sorting after the demo building, which other tests expect first)
    building = "zz-policy-" + System.nanoTime();
    ports.buildings().add(new Building(TILLEULS, BuildingId.of(building), "p", "p", BigDecimal.ONE, Money.EUR, 0));
  }

  private String uri() {
    return uri(building);
  }

  private static String uri(String building) {
    return "/api/v1/buildings/" + building + "/late-penalty-policy";
  }

  private Answer put(String body, String token) {
    return put(uri(), body, token);
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  @Test
  void aBuildingWithoutAPolicyOfItsOwnShowsTheConfiguredDefault() {
    Answer answer = calls.get(uri(), syndic);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("source").asText()).isEqualTo("DEFAULT");
    assertThat(answer.json().path("annualRatePercent").asText()).isEqualTo("8");
    assertThat(answer.json().path("graceDays").asInt()).isEqualTo(15);
    assertThat(answer.json().path("version").asLong()).isZero();
  }

  @Test
  void theSyndicSetsEveryParameterAndEveryoneReadsThemBack() {
    Answer set = put(FULL, syndic);

    Answer read = calls.get(uri(), DemoLogins.token(calls, "owner@tilleuls"));

    assertThat(set.status()).as(set.body()).isEqualTo(200);
    JsonNode p = read.json();
    assertThat(read.status()).isEqualTo(200);
    assertThat(p.path("source").asText()).isEqualTo("BUILDING");
    assertThat(p.path("annualRatePercent").asText()).isEqualTo("7.5");
    assertThat(p.path("statutesArticle").asText()).isEqualTo("art. 18 §2");
    assertThat(p.path("dayCount").asText()).isEqualTo("ACT_360");
    assertThat(p.path("graceDays").asInt()).isEqualTo(10);
    assertThat(p.path("accrualStart").asText()).isEqualTo("GRACE_END");
    assertThat(p.path("flatFee").asText()).isEqualTo("15.00");
    assertThat(p.path("minimumPenalty").asText()).isEqualTo("20.00");
    assertThat(p.path("capPercentOfPrincipal").asText()).isEqualTo("10");
    assertThat(p.path("version").asLong()).isEqualTo(1);
  }

  @Test
  void settingIsAudited() {
    put(FULL, syndic);

    Answer audit = calls.get("/api/v1/audit-trail?subjectType=building&subjectId=" + building,
        DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(audit.body()).contains(PenaltyPolicyController.SET).contains("\"graceDays\":\"10\"");
  }

  @Test
  void refusesAStaleVersionAndAcceptsTheVersionRead() {
    put(FULL, syndic);

    Answer stale = put(FULL.replace("}", ",\"version\":0}"), syndic);
    Answer fresh = put(FULL.replace("}", ",\"version\":1}"), syndic);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(stale.json().path("field").asText()).isEqualTo("version");
    assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    assertThat(fresh.json().path("version").asLong()).isEqualTo(2);
  }

  @Test
  void onlyTheSyndicOrAnAdminSetsIt() {
    for (String user : List.of("owner@tilleuls", "auditor@tilleuls", "council@tilleuls")) {
      Answer answer = put(FULL, DemoLogins.token(calls, user));

      assertThat(answer.status()).as(user).isEqualTo(403);
    }
    assertThat(put(FULL, DemoLogins.token(calls, "admin@tilleuls")).status()).isEqualTo(200);
  }

  @Test
  void namesTheFieldOfEveryInvalidParameter() {
    record Case(String body, String code, String field) {}
    List<Case> cases = List.of(
        new Case("{\"statutesArticle\":\"a\"}", "MISSING_FIELD", "annualRatePercent"),
        new Case("{\"annualRatePercent\":\"8\"}", "MISSING_FIELD", "statutesArticle"),
        new Case("{\"annualRatePercent\":\"eight\",\"statutesArticle\":\"a\"}", "INVALID_NUMBER", "annualRatePercent"),
        new Case("{\"annualRatePercent\":\"-1\",\"statutesArticle\":\"a\"}", "NEGATIVE_RATE", "annualRatePercent"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"dayCount\":\"ACT_366\"}", "INVALID_FIELD", "dayCount"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"accrualStart\":\"NOW\"}", "INVALID_FIELD", "accrualStart"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"graceDays\":-1}", "INVALID_GRACE", "graceDays"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"flatFee\":\"-1.00\"}", "NEGATIVE_AMOUNT", "flatFee"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"minimumPenalty\":\"x\"}", "INVALID_NUMBER", "minimumPenalty"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"flatFee\":\"1.234\"}", "INVALID_AMOUNT", "flatFee"),
        new Case("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"capPercentOfPrincipal\":\"-5\"}", "NEGATIVE_RATE", "capPercentOfPrincipal"));
    for (Case c : cases) {
      Answer answer = put(c.body(), syndic);

      assertThat(answer.status()).as(c.body() + " " + answer.body()).isEqualTo(422);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
      assertThat(answer.code()).as(c.body()).isEqualTo(c.code());
      assertThat(answer.json().path("field").asText()).as(c.body()).isEqualTo(c.field());
    }
    assertThat(calls.get(uri(), syndic).json().path("source").asText()).isEqualTo("DEFAULT");
  }

  @Test
  void refusesMalformedJsonAndWrongTypes() {
    Answer malformed = put("{\"annualRatePercent\":", syndic);
    Answer wrongType = put("{\"annualRatePercent\":\"8\",\"statutesArticle\":\"a\",\"graceDays\":\"ten\"}", syndic);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    assertThat(wrongType.status()).isBetween(400, 422);
    assertThat(wrongType.contentType()).isEqualTo("application/problem+json");
    assertThat(wrongType.json().path("field").asText()).isEqualTo("graceDays");
  }

  @Test
  void anUnknownBuildingIsNotFound() {
    assertThat(calls.get(uri("no-such-building"), syndic).status()).isEqualTo(404);
    assertThat(put(uri("no-such-building"), FULL, syndic).status()).isEqualTo(404);
  }

  @Test
  void anotherOrganisationNeitherReadsNorSetsIt() {
    String stranger = DemoLogins.token(calls, "admin@cailles");

    assertThat(calls.get(uri(), stranger).status()).isEqualTo(404);
    assertThat(put(FULL, stranger).status()).isIn(403, 404);
    assertThat(calls.get(uri(), syndic).json().path("source").asText()).isEqualTo("DEFAULT");
  }

  @Test
  void theSyndicSetsTheLegalRateAndSwitchesBackToTheStatutesRate() {
    Answer legal = put("{\"rateSource\":\"LEGAL_RATE\",\"graceDays\":5}", syndic);

    Answer read = calls.get(uri(), DemoLogins.token(calls, "owner@tilleuls"));
    Answer back = put("{\"annualRatePercent\":\"6\",\"statutesArticle\":\"art. 9\",\"version\":1}", syndic);

    assertThat(legal.status()).as(legal.body()).isEqualTo(200);
    JsonNode p = read.json();
    assertThat(p.path("source").asText()).isEqualTo("BUILDING");
    assertThat(p.path("rateSource").asText()).isEqualTo("LEGAL_RATE");
    assertThat(p.path("annualRatePercent").isNull()).isTrue();
    assertThat(p.path("statutesArticle").isNull()).isTrue();
    assertThat(p.path("legalRatePercentByYear").path("2025").asText()).isEqualTo("4.5");
    assertThat(p.path("rateReference").asText()).contains("law of 5 May 1865");
    assertThat(p.path("graceDays").asInt()).isEqualTo(5);
    assertThat(p.path("accrualStart").asText()).isEqualTo("FORMAL_NOTICE");
    assertThat(p.path("version").asLong()).isEqualTo(1);
    assertThat(back.status()).as(back.body()).isEqualTo(200);
    assertThat(back.json().path("rateSource").asText()).isEqualTo("STATUTES");
    assertThat(back.json().path("annualRatePercent").asText()).isEqualTo("6");
    assertThat(back.json().path("version").asLong()).isEqualTo(2);
  }

  @Test
  void refusesARateOrAnArticleWithTheLegalRateAndAnUnknownRateSource() {
    Answer withRate = put("{\"rateSource\":\"LEGAL_RATE\",\"annualRatePercent\":\"4\"}", syndic);
    Answer withArticle = put("{\"rateSource\":\"LEGAL_RATE\",\"statutesArticle\":\"art. 1\"}", syndic);
    Answer unknown = put("{\"rateSource\":\"EURIBOR\"}", syndic);

    assertThat(withRate.status()).isEqualTo(422);
    assertThat(withRate.code()).isEqualTo("INVALID_FIELD");
    assertThat(withRate.json().path("field").asText()).isEqualTo("annualRatePercent");
    assertThat(withArticle.json().path("field").asText()).isEqualTo("statutesArticle");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().path("field").asText()).isEqualTo("rateSource");
    assertThat(calls.get(uri(), syndic).json().path("source").asText()).isEqualTo("DEFAULT");
  }

  @Test
  void theStatementChargesABuildingAtTheLegalRateByTheLegalRateOfTheYear() {
    String n = String.valueOf(System.nanoTime());
    String owner = "o-legal-" + n;
    ports.owners().add(new org.koprogo.ports.out.Owner(TILLEULS, OwnerId.of(owner),
        new org.koprogo.ports.out.PersonalDetails("Legal", "", "", ""), null, 0));
    ports.lots().add(new Lot(TILLEULS, BuildingId.of(building), LotId.of("L-" + n), "l", BigDecimal.ONE,
        List.of(new Lot.Ownership(OwnerId.of(owner), Fraction.of(1))), 0));
    put("{\"rateSource\":\"LEGAL_RATE\"}", syndic);
    calls.postJson("/api/v1/buildings/" + building + "/expenses",
        "{\"id\":\"pl-" + n + "\",\"label\":\"x\",\"amount\":\"100.00\",\"bookedOn\":\"2026-01-01\"}", syndic);

    Answer statement = calls.get("/api/v1/owners/" + owner + "/statement?asOf=2026-06-30&formalNoticeOn=2026-01-31",
        syndic);
    Answer withoutNotice = calls.get("/api/v1/owners/" + owner + "/statement?asOf=2026-06-30", syndic);

    // due 2026-01-31 (30 days after booking), formal notice that day, 150 days at 4.5 % (2026):
    // 100 * 4.5 % * 150 / 365 = 1.849...; without a formal notice no interest runs at the legal rate
    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    assertThat(statement.json().path("lines").get(0).path("penalty").asText()).isEqualTo("1.85");
    assertThat(statement.json().path("formalNoticeOn").asText()).isEqualTo("2026-01-31");
    assertThat(withoutNotice.json().path("lines").get(0).path("penalty").asText()).isEqualTo("0.00");
    assertThat(statement.json().path("policies").get(0).path("rateSource").asText()).isEqualTo("LEGAL_RATE");
  }

  @Test
  void theStatementChargesEachBuildingsInstallmentsByItsOwnPolicy() {
    String n = String.valueOf(System.nanoTime());
    String owner = "o-policies-" + n;
    String other = "zz-policy-b-" + n;
    ports.buildings().add(new Building(TILLEULS, BuildingId.of(other), "q", "q", BigDecimal.ONE, Money.EUR, 0));
    ports.owners().add(new org.koprogo.ports.out.Owner(TILLEULS, OwnerId.of(owner),
        new org.koprogo.ports.out.PersonalDetails("Two", "", "", ""), null, 0));
    for (String b : List.of(building, other)) {
      ports.lots().add(new Lot(TILLEULS, BuildingId.of(b), LotId.of("L-" + b), "l", BigDecimal.ONE,
          List.of(new Lot.Ownership(OwnerId.of(owner), Fraction.of(1))), 0));
    }
    // a flat 10.00 in the first building, a flat 3.00 in the other, no interest in either
    put("{\"annualRatePercent\":\"0\",\"statutesArticle\":\"art. 1\",\"flatFee\":\"10.00\"}", syndic);
    put(uri(other), "{\"annualRatePercent\":\"0\",\"statutesArticle\":\"art. 2\",\"flatFee\":\"3.00\"}", syndic);
    calls.postJson("/api/v1/buildings/" + building + "/expenses",
        "{\"id\":\"pa-" + n + "\",\"label\":\"x\",\"amount\":\"100.00\",\"bookedOn\":\"2026-01-01\"}", syndic);
    calls.postJson("/api/v1/buildings/" + other + "/expenses",
        "{\"id\":\"pb-" + n + "\",\"label\":\"y\",\"amount\":\"40.00\",\"bookedOn\":\"2026-02-01\"}", syndic);

    Answer statement = calls.get("/api/v1/owners/" + owner + "/statement?asOf=2026-06-30", syndic);

    assertThat(statement.status()).as(statement.body()).isEqualTo(200);
    JsonNode s = statement.json();
    assertThat(s.path("lines")).hasSize(2);
    assertThat(s.path("lines").get(0).path("building").asText()).isEqualTo(building);
    assertThat(s.path("lines").get(0).path("penalty").asText()).isEqualTo("10.00");
    assertThat(s.path("lines").get(1).path("building").asText()).isEqualTo(other);
    assertThat(s.path("lines").get(1).path("penalty").asText()).isEqualTo("3.00");
    assertThat(s.path("totalPenalties").asText()).isEqualTo("13.00");
    assertThat(s.path("policies")).hasSize(2);
    assertThat(s.path("policies").get(0).path("building").asText()).isEqualTo(building);
    assertThat(s.path("policies").get(0).path("source").asText()).isEqualTo("BUILDING");
    assertThat(s.path("policies").get(0).path("statutesArticle").asText()).isEqualTo("art. 1");
    assertThat(s.path("policies").get(1).path("flatFee").asText()).isEqualTo("3.00");
  }
}
