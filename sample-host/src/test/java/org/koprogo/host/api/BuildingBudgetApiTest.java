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
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * Stored yearly budgets over HTTP: adopted, read, changed at the version read, the reserve fund's
 * 5% check with its waiver, and the calls for funds derived from the stored budget. Every test
 * works on a building of its own (two lots of 60 and 40 shares).
 */
@MicronautTest
class BuildingBudgetApiTest {
  private static final String LINES = "\"lines\":[{\"label\":\"upkeep\",\"amount\":\"12000.00\"},"
      + "{\"label\":\"roof\",\"fund\":\"RESERVE\",\"amount\":\"500.00\"}]";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String syndic;
  String budgets;

  @BeforeEach
  void building() {
    calls = new HttpCalls(client.toBlocking());
    syndic = DemoLogins.token(calls, "syndic@tilleuls");
    String building = "zz-budget-" + UUID.randomUUID();
    Answer registered = calls.postJson("/api/v1/buildings",
        "{\"id\":\"" + building + "\",\"name\":\"Budget\",\"address\":\"x\",\"totalShares\":100,"
            + "\"lots\":[{\"id\":\"" + building + "-1\",\"label\":\"1\",\"shares\":60,\"owners\":[]},"
            + "{\"id\":\"" + building + "-2\",\"label\":\"2\",\"shares\":40,\"owners\":[]}],\"owners\":[]}",
        syndic);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    budgets = "/api/v1/buildings/" + building + "/budgets";
  }

  private Answer put(String uri, String body, String token) {
    return calls.exchange(HttpRequest.PUT(uri, body).contentType("application/json").bearerAuth(token));
  }

  @Test
  void storesABudgetAndChecksTheReserveFundsFivePercent() {
    Answer created = calls.postJson(budgets,
        "{\"yearStart\":\"2027-01-01\"," + LINES + ",\"previousYearOrdinaryCharges\":\"12000.00\"}", syndic);
    Answer read = calls.get(budgets + "/2027-01-01", DemoLogins.token(calls, "auditor@tilleuls"));
    Answer listed = calls.get(budgets, syndic);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("workingCapital").asText()).isEqualTo("12000.00");
    assertThat(created.json().path("reserve").asText()).isEqualTo("500.00");
    assertThat(created.json().path("reserveCheck").path("verdict").asText()).isEqualTo("BELOW_MINIMUM");
    assertThat(created.json().path("reserveCheck").path("minimum").asText()).isEqualTo("600.00");
    assertThat(created.json().path("reserveCheck").path("shortfall").asText()).isEqualTo("100.00");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("lines").get(1).path("fund").asText()).isEqualTo("RESERVE");
    assertThat(read.json().path("version").asLong()).isEqualTo(1);
    assertThat(listed.json().size()).isEqualTo(1);
  }

  @Test
  void theBudgetsAreReadAPageAtATimeOldestYearFirst() {
    for (int year : List.of(2029, 2027, 2028)) {
      Answer created = calls.postJson(budgets, "{\"yearStart\":\"" + year + "-01-01\"," + LINES
          + ",\"previousYearOrdinaryCharges\":\"12000.00\"}", syndic);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    PagedLists.pagesTheWholeList(calls, budgets, syndic, 2, "yearStart");
    assertThat(calls.get(budgets, syndic).json().findValuesAsText("yearStart").stream().distinct().toList())
        .containsExactly("2027-01-01", "2028-01-01", "2029-01-01");
    Answer notADate = calls.get(budgets + "?after=2027", syndic);
    assertThat(notADate.status()).as(notADate.body()).isEqualTo(422);
    assertThat(notADate.json().path("field").asText()).isEqualTo("after");
  }

  /** Nine owners of twelve of the demo residence, with 750 of 1000 shares: the quorum is reached. */
  private static final String ATTENDANCE = "{\"attendance\":["
      + "{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"},{\"owner\":\"o-janssens\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-maes\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
      + "{\"owner\":\"o-mertens\",\"mode\":\"PRESENT\"},{\"owner\":\"o-claes\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-wouters\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-dubois\",\"mode\":\"PROXY\",\"holder\":\"o-wouters\"},"
      + "{\"owner\":\"o-lambert\",\"mode\":\"PRESENT\"},{\"owner\":\"o-dupont\",\"mode\":\"PRESENT\"}]}";

  /** An assembly of the demo residence that voted the reserve waiver with {@code ballots}; its id. */
  private String assemblyVotingTheWaiver(String ballots) {
    String id = "ga-waiver-" + UUID.randomUUID();
    String base = "/api/v1/assemblies/" + id;
    Answer draft = calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + id
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"reserve\",\"title\":\"No reserve this year\","
        + "\"decisionType\":\"NOT_CONSTITUTING_RESERVE_FUND\"}]}", syndic);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    calls.postJson(base + "/convocation", "{\"convokedOn\":\"2026-08-31\"}", syndic);
    calls.postJson(base + "/opening", ATTENDANCE, syndic);
    calls.postJson(base + "/voting", "{}", syndic);
    Answer voted = calls.postJson(base + "/resolutions/reserve/votes", "{\"ballots\":" + ballots + "}", syndic);
    assertThat(voted.status()).as(voted.body()).isEqualTo(200);
    return id;
  }

  @Test
  void aFourFifthsWaiverLetsTheAssemblyCallLess() {
    String assembly = assemblyVotingTheWaiver("{\"o-peeters\":\"FOR\",\"o-janssens\":\"FOR\","
        + "\"o-maes\":\"FOR\",\"o-mertens\":\"FOR\",\"o-claes\":\"FOR\",\"o-wouters\":\"FOR\","
        + "\"o-dubois\":\"FOR\",\"o-lambert\":\"FOR\",\"o-dupont\":\"FOR\"}");

    Answer created = calls.postJson(budgets,
        "{\"yearStart\":\"2027-01-01\"," + LINES + ",\"previousYearOrdinaryCharges\":\"12000.00\","
            + "\"reserveWaiver\":{\"assembly\":\"" + assembly + "\",\"item\":\"reserve\"}}", syndic);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("reserveCheck").path("verdict").asText()).isEqualTo("WAIVED_BY_FOUR_FIFTHS");
    assertThat(created.json().path("reserveCheck").path("compliant").asBoolean()).isTrue();
  }

  @Test
  void refusesAWaiverTheAssemblyDidNotAdopt() {
    String assembly = assemblyVotingTheWaiver("{\"o-peeters\":\"FOR\",\"o-janssens\":\"AGAINST\","
        + "\"o-mertens\":\"AGAINST\"}");

    Answer refused = calls.postJson(budgets,
        "{\"yearStart\":\"2027-01-01\"," + LINES + ",\"previousYearOrdinaryCharges\":\"12000.00\","
            + "\"reserveWaiver\":{\"assembly\":\"" + assembly + "\",\"item\":\"reserve\"}}", syndic);
    Answer unknown = calls.postJson(budgets,
        "{\"yearStart\":\"2027-01-01\"," + LINES + ",\"reserveWaiver\":{\"assembly\":\"nope\",\"item\":\"reserve\"}}",
        syndic);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
  }

  @Test
  void checksAgainstThePreviousYearsStoredBudgetWhenNoFigureIsGiven() {
    calls.postJson(budgets, "{\"yearStart\":\"2026-01-01\"," + LINES + "}", syndic);

    Answer next = calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\",\"lines\":["
        + "{\"label\":\"upkeep\",\"amount\":\"13000.00\"},"
        + "{\"label\":\"roof\",\"fund\":\"RESERVE\",\"amount\":\"600.00\"}]}", syndic);

    assertThat(next.status()).as(next.body()).isEqualTo(201);
    assertThat(next.json().path("previousYearBasis").asText()).isEqualTo("PREVIOUS_BUDGET");
    assertThat(next.json().path("previousYearOrdinaryCharges").asText()).isEqualTo("12000.00");
    assertThat(next.json().path("reserveCheck").path("verdict").asText()).isEqualTo("MINIMUM_MET");
  }

  @Test
  void derivesTheCallsForFundsFromTheStoredBudget() {
    calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\",\"frequency\":\"QUARTERLY\"," + LINES + "}", syndic);

    Answer plan = calls.get(budgets + "/2027-01-01/calls-for-funds", DemoLogins.token(calls, "owner@tilleuls"));

    assertThat(plan.status()).as(plan.body()).isEqualTo(200);
    assertThat(plan.json().path("calls").size()).isEqualTo(8);
    BigDecimal total = BigDecimal.ZERO;
    for (var call : plan.json().path("calls")) {
      total = total.add(new BigDecimal(call.path("total").asText()));
    }
    assertThat(total).isEqualByComparingTo("12500.00");
    assertThat(plan.json().path("calls").get(0).path("workingCapital").asText()).isEqualTo("1800.00");
  }

  @Test
  void changesABudgetAtTheVersionReadOnly() {
    calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\"," + LINES + "}", syndic);

    Answer changed = put(budgets + "/2027-01-01", "{\"version\":1,\"lines\":[{\"label\":\"upkeep\","
        + "\"amount\":\"10000.00\"}]}", syndic);
    Answer stale = put(budgets + "/2027-01-01", "{\"version\":1," + LINES + "}", syndic);
    Answer otherYear = put(budgets + "/2027-01-01", "{\"version\":2,\"yearStart\":\"2028-01-01\"," + LINES + "}", syndic);
    Answer noVersion = put(budgets + "/2027-01-01", "{" + LINES + "}", syndic);
    Answer trail = calls.get("/api/v1/audit-trail?subjectType=budget", DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("version").asLong()).isEqualTo(2);
    assertThat(changed.json().path("workingCapital").asText()).isEqualTo("10000.00");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(otherYear.code()).isEqualTo("INVALID_FIELD");
    assertThat(noVersion.code()).isEqualTo("MISSING_FIELD");
    assertThat(trail.body()).contains("BudgetAdopted").contains("BudgetChanged");
  }

  @Test
  void refusesEachBadBudget() {
    calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\"," + LINES + "}", syndic);

    Answer again = calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\"," + LINES + "}", syndic);
    Answer noYear = calls.postJson(budgets, "{" + LINES + "}", syndic);
    Answer badFund = calls.postJson(budgets,
        "{\"yearStart\":\"2028-01-01\",\"lines\":[{\"label\":\"x\",\"fund\":\"SAVINGS\",\"amount\":\"1.00\"}]}", syndic);
    Answer badAmount = calls.postJson(budgets,
        "{\"yearStart\":\"2028-01-01\",\"lines\":[{\"label\":\"x\",\"amount\":\"1.234\"}]}", syndic);
    Answer foreignLot = calls.postJson(budgets, "{\"yearStart\":\"2028-01-01\",\"lines\":[{\"label\":\"x\","
        + "\"amount\":\"1.00\",\"keys\":[{\"name\":\"k\",\"share\":1,\"weights\":{\"A1\":1}}]}]}", syndic);
    Answer badFrequency = calls.postJson(budgets,
        "{\"yearStart\":\"2028-01-01\",\"frequency\":\"WEEKLY\"," + LINES + "}", syndic);
    Answer badPath = calls.get(budgets + "/next-year", syndic);
    Answer unknown = calls.get(budgets + "/2030-01-01", syndic);
    Answer noBuilding = calls.get("/api/v1/buildings/nowhere/budgets", syndic);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(noYear.code()).isEqualTo("MISSING_FIELD");
    assertThat(noYear.json().path("field").asText()).isEqualTo("yearStart");
    assertThat(badFund.code()).isEqualTo("INVALID_FIELD");
    assertThat(badFund.json().path("field").asText()).isEqualTo("lines[0].fund");
    assertThat(badAmount.status()).isEqualTo(422);
    assertThat(badAmount.json().path("field").asText()).isEqualTo("lines[0].amount");
    assertThat(foreignLot.status()).isEqualTo(422);
    assertThat(badFrequency.json().path("field").asText()).isEqualTo("frequency");
    assertThat(badPath.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(noBuilding.status()).isEqualTo(404);
    assertThat(calls.get(budgets, syndic).json().size()).isEqualTo(1);
  }

  @Test
  void refusesMalformedJsonAndWrongTypes() {
    Answer malformed = calls.postJson(budgets, "{\"yearStart\":", syndic);
    Answer wrongDate = calls.postJson(budgets, "{\"yearStart\":\"soon\"," + LINES + "}", syndic);
    Answer wrongLines = calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\",\"lines\":{}}", syndic);

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    assertThat(wrongDate.status()).isEqualTo(422);
    assertThat(wrongDate.json().path("field").asText()).isEqualTo("yearStart");
    assertThat(wrongLines.status()).isEqualTo(422);
    assertThat(wrongLines.json().path("field").asText()).isEqualTo("lines");
  }

  @Test
  void letsOnlyTheSyndicAndTheAdminWrite() {
    for (String reader : new String[] {"auditor@tilleuls", "council@tilleuls", "owner@tilleuls"}) {
      String token = DemoLogins.token(calls, reader);

      Answer post = calls.postJson(budgets, "{\"yearStart\":\"2027-01-01\"," + LINES + "}", token);
      Answer change = put(budgets + "/2027-01-01", "{\"version\":1," + LINES + "}", token);

      assertThat(post.status()).as(reader).isEqualTo(403);
      assertThat(change.status()).as(reader).isEqualTo(403);
      assertThat(calls.get(budgets, token).status()).as(reader).isEqualTo(200);
    }
  }
}
