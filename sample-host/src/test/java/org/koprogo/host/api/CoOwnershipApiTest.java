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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** The co-ownership endpoints over HTTP, on the demo data, with the demo accounts' roles. */
@MicronautTest
class CoOwnershipApiTest {
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

  private String token(String user) {
    return DemoLogins.token(calls, user);
  }

  @Test
  void namesTheCallersOrganisation() {
    Answer answer = calls.get("/api/v1/organisation", syndic);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("kind").asText()).isEqualTo("CO_OWNERSHIP");
  }

  @Test
  void listsTheDemoBuildingWithTwelveLotsWhoseSharesAddUpToTheTotal() {
    Answer buildings = calls.get("/api/v1/buildings", syndic);
    Answer lots = calls.get("/api/v1/buildings/residence-tilleuls/lots", syndic);

    assertThat(buildings.json().get(0).path("totalShares").asText()).isEqualTo("1000");
    assertThat(lots.json()).hasSize(12);
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode lot : lots.json()) {
      sum = sum.add(new BigDecimal(lot.path("shares").asText()));
    }
    assertThat(sum).isEqualByComparingTo("1000");
  }

  @Test
  void showsTheLotInIndivisionWithItsTwoHalves() {
    Answer lot = calls.get("/api/v1/lots/C1", syndic);

    assertThat(lot.json().path("ownerships")).hasSize(2);
    assertThat(lot.json().path("ownerships").get(0).path("fraction").asText()).isEqualTo("1/2");
  }

  @Test
  void distributesAnExpenseByTheGeneralKeyAndStoresIt() {
    Answer created = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"id\":\"test-garden\",\"label\":\"Garden\",\"amount\":\"100.00\",\"bookedOn\":\"2026-06-01\"}",
        syndic);
    Answer stored = calls.get("/api/v1/expenses/test-garden", syndic);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("allocations").path("A1").asText()).isEqualTo("9.50");
    assertThat(stored.json().path("amount").asText()).isEqualTo("100.00");
    assertThat(stored.json().path("key").asText()).isEqualTo("general");
  }

  @Test
  void distributesAnExpenseWithASpecialKey() {
    Answer created = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"id\":\"test-lift\",\"label\":\"Lift\",\"amount\":\"30.00\",\"bookedOn\":\"2026-06-01\","
            + "\"keys\":[{\"name\":\"lift\",\"share\":1,\"weights\":{\"C2\":\"1\",\"C3\":\"2\"}}]}",
        syndic);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("allocations").path("C3").asText()).isEqualTo("20.00");
    assertThat(created.json().path("allocations").path("A1").asText()).isEqualTo("0.00");
  }

  @Test
  void pagesTheOwnersTheBuildingsAndABuildingsExpensesWithLimitAndAfter() {
    Answer second = calls.postJson("/api/v1/buildings",
        "{\"id\":\"test-paged-annex\",\"name\":\"Paged\",\"address\":\"Rue P 1\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"paged-lot-1\",\"label\":\"P1\",\"shares\":100,\"owners\":[{\"owner\":\"o-paged\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"o-paged\",\"name\":\"P\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"}]}",
        token("admin@tilleuls"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);

    PagedLists.pagesTheWholeList(calls, "/api/v1/owners", syndic, 2);
    PagedLists.pagesTheWholeList(calls, "/api/v1/buildings", syndic, 1);
    PagedLists.pagesTheWholeList(calls, "/api/v1/buildings/residence-tilleuls/expenses", syndic, 2);
    assertThat(calls.get("/api/v1/buildings/nowhere/expenses?limit=10", syndic).status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/owners?limit=1", token("owner@tilleuls")).status()).isEqualTo(403);
  }

  @Test
  void pagesTheLotsOfABuildingAndOfAnOwnerAndTheOrganisationsAssembliesWithLimitAndAfter() {
    Answer building = calls.postJson("/api/v1/buildings",
        "{\"id\":\"test-paged-lots\",\"name\":\"Paged lots\",\"address\":\"Rue L 1\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"pl-3\",\"label\":\"L3\",\"shares\":40,\"owners\":[{\"owner\":\"o-paged-lots\",\"fraction\":\"1\"}]},"
            + "{\"id\":\"pl-1\",\"label\":\"L1\",\"shares\":30,\"owners\":[{\"owner\":\"o-paged-lots\",\"fraction\":\"1\"}]},"
            + "{\"id\":\"pl-2\",\"label\":\"L2\",\"shares\":30,\"owners\":[{\"owner\":\"o-paged-lots\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"o-paged-lots\",\"name\":\"L\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"}]}",
        token("admin@tilleuls"));
    assertThat(building.status()).as(building.body()).isEqualTo(201);
    for (int i = 0; i < 2; i++) {
      assertThat(calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"ga-paged-" + i
          + "\",\"plannedOn\":\"2026-10-1" + i + "\",\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
          + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"}]}", syndic).status()).isEqualTo(201);
    }

    PagedLists.pagesTheWholeList(calls, "/api/v1/buildings/residence-tilleuls/lots", syndic, 5);
    PagedLists.pagesTheWholeList(calls, "/api/v1/buildings/test-paged-lots/lots", syndic, 2);
    PagedLists.pagesTheWholeList(calls, "/api/v1/owners/o-paged-lots/lots", syndic, 2);
    PagedLists.pagesTheWholeList(calls, "/api/v1/assemblies", syndic, 2);
    Answer lots = calls.get("/api/v1/buildings/test-paged-lots/lots?limit=2&after=pl-1", syndic);
    assertThat(lots.json()).extracting(l -> l.path("id").asText()).containsExactly("pl-2", "pl-3");
    assertThat(calls.get("/api/v1/buildings/nowhere/lots?limit=10", syndic).status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/buildings/test-paged-lots/lots?after=pl-3", syndic).json()).isEmpty();
    assertThat(calls.get("/api/v1/owners/o-nobody/lots?limit=10", syndic).status()).isEqualTo(404);
  }

  @Test
  void theDemoHasExpensesWithSpecialKeysAndACreditNote() {
    Answer expenses = calls.get("/api/v1/buildings/residence-tilleuls/expenses", syndic);

    assertThat(expenses.body()).contains("elevator (upper floors)").contains("meter readings")
        .contains("\"-180.00\"");
  }

  @Test
  void refusesAnExpenseWithTooManyDecimalsNamingTheField() {
    Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"label\":\"x\",\"amount\":\"1.001\",\"bookedOn\":\"2026-06-01\"}", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_AMOUNT");
    assertThat(answer.json().path("field").asText()).isEqualTo("amount");
  }

  @Test
  void refusesAnImpossibleDate() {
    Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"label\":\"x\",\"amount\":\"1.00\",\"bookedOn\":\"2026-02-30\"}", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INVALID_DATE");
    assertThat(answer.json().path("field").asText()).isEqualTo("bookedOn");
  }

  @Test
  void refusesAMissingLabelAsAValidationFailure() {
    Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"amount\":\"1.00\",\"bookedOn\":\"2026-02-03\"}", syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(answer.json().path("field").asText()).isEqualTo("label");
  }

  @Test
  void refusesAnUnknownFieldAndAWrongType() {
    Answer unknown = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"label\":\"x\",\"amount\":\"1.00\",\"bookedOn\":\"2026-02-03\",\"colour\":1}", syndic);
    Answer wrongType = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"label\":\"x\",\"amount\":\"1.00\",\"bookedOn\":\"2026-02-03\",\"keys\":{}}", syndic);

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().path("field").asText()).isEqualTo("colour");
    assertThat(wrongType.status()).isEqualTo(422);
    assertThat(wrongType.json().path("field").asText()).isEqualTo("keys");
    assertThat(wrongType.body()).doesNotContain("org.koprogo");
  }

  @Test
  void refusesMalformedJsonOnAResource() {
    Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses", "{\"label\":", syndic);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.code()).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void refusesAnExpenseIdAlreadyTakenAsAConflict() {
    Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"id\":\"roof-2026\",\"label\":\"x\",\"amount\":\"1.00\",\"bookedOn\":\"2026-06-01\"}", syndic);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("CONCURRENT_UPDATE");
  }

  @Test
  void answersAnUnknownBuildingWith404() {
    Answer answer = calls.get("/api/v1/buildings/nowhere/lots", syndic);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void registersABuildingWithItsLotsAndOwners() {
    Answer created = calls.postJson("/api/v1/buildings",
        "{\"id\":\"test-annex\",\"name\":\"Annex\",\"address\":\"Rue X 1\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"X1\",\"label\":\"X1\",\"shares\":60,\"owners\":[{\"owner\":\"o-test-x\",\"fraction\":\"1\"}]},"
            + "{\"id\":\"X2\",\"label\":\"X2\",\"shares\":40,\"owners\":[{\"owner\":\"o-test-x\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"o-test-x\",\"name\":\"X\",\"email\":\"\",\"phone\":\"\",\"postalAddress\":\"\"}]}",
        token("admin@tilleuls"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("lots").asInt()).isEqualTo(2);
    assertThat(calls.get("/api/v1/owners/o-test-x/lots", syndic).json()).hasSize(2);
  }

  @Test
  void refusesABuildingWhoseSharesDoNotAddUp() {
    Answer answer = calls.postJson("/api/v1/buildings",
        "{\"name\":\"Bad\",\"address\":\"x\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"Y1\",\"label\":\"Y1\",\"shares\":60,\"owners\":[]}],\"owners\":[]}",
        syndic);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("SHARES_TOTAL_MISMATCH");
    assertThat(answer.json().path("field").asText()).isEqualTo("totalShares");
  }

  @Test
  void letsNeitherTheAuditorNorTheCouncilNorAnOwnerWrite() {
    String body = "{\"label\":\"x\",\"amount\":\"1.00\",\"bookedOn\":\"2026-06-01\"}";

    for (String user : new String[] {"auditor@tilleuls", "council@tilleuls", "owner@tilleuls"}) {
      Answer answer = calls.postJson("/api/v1/buildings/residence-tilleuls/expenses", body, token(user));
      assertThat(answer.status()).as(user).isEqualTo(403);
      assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void letsTheAuditorReadEverything() {
    String auditor = token("auditor@tilleuls");

    assertThat(calls.get("/api/v1/owners", auditor).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/audit-trail", auditor).status()).isEqualTo(200);
  }

  @Test
  void letsAnOwnerSeeThemselvesOnly() {
    String owner = token("owner@tilleuls");

    assertThat(calls.get("/api/v1/owners/o-dupont", owner).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/owners/o-dupont/lots", owner).json().get(0).path("id").asText())
        .isEqualTo("C3");
    assertThat(calls.get("/api/v1/owners/o-peeters", owner).status()).isEqualTo(404);
    assertThat(calls.get("/api/v1/owners", owner).status()).isEqualTo(403);
    assertThat(calls.get("/api/v1/buildings/residence-tilleuls/expenses", owner).status()).isEqualTo(200);
  }

  @Test
  void recordsTheDemoAssemblyWithItsOutcomes() {
    Answer assembly = calls.get("/api/v1/assemblies/ga-2026", syndic);

    assertThat(assembly.json().path("state").asText()).isEqualTo("CLOSED");
    assertThat(assembly.json().path("resolutions").get(0).path("outcome").asText()).isEqualTo("ADOPTED");
  }

  private static java.util.List<String> fields(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void talliesAttendanceProxiesAndBallotsAgainstTheStoredShares() {
    Answer tally = calls.postJson("/api/v1/assemblies/ga-2026/tally",
        "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"},"
            + "{\"owner\":\"o-maes\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"}],"
            + "\"ballots\":{\"accounts-2025\":{\"o-peeters\":\"FOR\",\"o-maes\":\"FOR\"}}}",
        token("council@tilleuls"));

    assertThat(tally.status()).as(tally.body()).isEqualTo(200);
    assertThat(tally.json().path("quorum").path("sharesPresent").asText()).isEqualTo("200");
    assertThat(tally.json().path("quorum").path("sharesTotal").asText()).isEqualTo("1000");
    assertThat(tally.json().path("quorum").path("reached").asBoolean()).isFalse();
    JsonNode count = tally.json().path("resolutions").path("accounts-2025");
    assertThat(count.path("for").asText()).isEqualTo("200");
    assertThat(count.has("forVotes")).isFalse();
    assertThat(fields(tally.json())).containsExactly("quorum", "rejectedProxies", "resolutions");
    assertThat(fields(count))
        .containsExactly("outcome", "adopted", "for", "against", "abstained", "capped");
  }

  @Test
  void refusesABallotFromAnAbsentOwnerWithItsCode() {
    Answer tally = calls.postJson("/api/v1/assemblies/ga-2026/tally",
        "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"}],"
            + "\"ballots\":{\"accounts-2025\":{\"o-lambert\":\"FOR\"}}}", syndic);

    assertThat(tally.status()).isEqualTo(422);
    assertThat(tally.code()).isEqualTo("BALLOT_FROM_ABSENT_OWNER");
  }

  @Test
  void exportsAndErasesAnOwnersPersonalData() {
    String admin = token("admin@tilleuls");
    calls.postJson("/api/v1/buildings",
        "{\"id\":\"test-gdpr\",\"name\":\"G\",\"address\":\"x\",\"totalShares\":1,"
            + "\"lots\":[{\"id\":\"G1\",\"label\":\"G1\",\"shares\":1,\"owners\":[{\"owner\":\"o-test-g\",\"fraction\":\"1\"}]}],"
            + "\"owners\":[{\"id\":\"o-test-g\",\"name\":\"Gina Test\",\"email\":\"gina@example.org\",\"phone\":\"\",\"postalAddress\":\"\"}]}",
        admin);

    Answer json = calls.get("/api/v1/owners/o-test-g/personal-data", admin);
    Answer csv = calls.get("/api/v1/owners/o-test-g/personal-data?format=csv", admin);
    Answer erased = calls.exchange(HttpRequest.DELETE("/api/v1/owners/o-test-g/personal-data").bearerAuth(admin));
    Answer after = calls.get("/api/v1/owners/o-test-g", admin);

    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body()).contains("Gina Test");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("set,row,field,value");
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(after.json().path("name").asText()).isEqualTo("(erased)");
    assertThat(after.json().path("erasedAt").isNull()).isFalse();
  }

  @Test
  void refusesAnUnknownExportFormat() {
    Answer answer = calls.get("/api/v1/owners/o-dupont/personal-data?format=xml", token("admin@tilleuls"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("field").asText()).isEqualTo("format");
  }

  @Test
  void recordsWritesInTheAuditTrail() {
    Answer trail = calls.get("/api/v1/audit-trail?limit=5", token("auditor@tilleuls"));

    assertThat(trail.status()).isEqualTo(200);
    assertThat(trail.json().get(0).path("action").asText()).isEqualTo("BuildingRegistered");
  }

  @Test
  void callsTheYearlyBudgetQuarterlyByTheLotsSharesFundsKeptApart() {
    Answer plan = calls.postJson("/api/v1/buildings/residence-tilleuls/calls-for-funds",
        "{\"yearStart\":\"2027-01-01\",\"frequency\":\"QUARTERLY\",\"lines\":["
            + "{\"label\":\"Heating\",\"amount\":\"12000.00\"},"
            + "{\"label\":\"Reserve\",\"fund\":\"RESERVE\",\"amount\":\"2500.00\"}],"
            + "\"previousYearOrdinaryCharges\":\"48000.00\"}", token("council@tilleuls"));

    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("calls")).hasSize(48);
    BigDecimal reserve = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode call : plan.json().path("calls")) {
      reserve = reserve.add(new BigDecimal(call.path("reserve").asText()));
      total = total.add(new BigDecimal(call.path("total").asText()));
    }
    assertThat(reserve).isEqualByComparingTo("2500.00");
    assertThat(total).isEqualByComparingTo("14500.00");
    assertThat(plan.json().path("calls").get(0).path("workingCapital").asText()).isEqualTo("285.00");
    assertThat(plan.json().path("reserveCheck").path("verdict").asText()).isEqualTo("MINIMUM_MET");
  }

  @Test
  void refusesABudgetWithAnUnknownFrequencyOrANegativeLine() {
    Answer frequency = calls.postJson("/api/v1/buildings/residence-tilleuls/calls-for-funds",
        "{\"yearStart\":\"2027-01-01\",\"frequency\":\"WEEKLY\",\"lines\":[]}", syndic);
    Answer negative = calls.postJson("/api/v1/buildings/residence-tilleuls/calls-for-funds",
        "{\"yearStart\":\"2027-01-01\",\"lines\":[{\"label\":\"x\",\"amount\":\"-5.00\"}]}", syndic);
    Answer missing = calls.postJson("/api/v1/buildings/residence-tilleuls/calls-for-funds",
        "{\"lines\":[]}", syndic);

    assertThat(frequency.status()).isEqualTo(422);
    assertThat(frequency.json().path("field").asText()).isEqualTo("frequency");
    assertThat(negative.code()).isEqualTo("NEGATIVE_AMOUNT");
    assertThat(missing.code()).isEqualTo("MISSING_FIELD");
    assertThat(missing.json().path("field").asText()).isEqualTo("yearStart");
  }
}
