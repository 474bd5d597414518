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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/** The cooperative's groups, project and allocation rounds over HTTP. */
@MicronautTest
class CoopGroupApiTest {
  private static final String DEMO = "/api/v1/groups/cailles-habitat";

  @Inject
  @Client("/")
  HttpClient client;

  HttpCalls calls;
  String manager;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    manager = DemoLogins.token(calls, "manager@cailles");
  }

  @Test
  void showsTheDemoGroupRunningItsAllocationWithFiveRankedMembers() {
    Answer group = calls.get(DEMO, manager);

    assertThat(group.status()).as(group.body()).isEqualTo(200);
    assertThat(group.json().path("status").asText()).isEqualTo("ALLOCATION_RUNNING");
    assertThat(group.json().path("members")).hasSize(5);
    assertThat(group.json().path("members").get(0).path("rank").asLong()).isEqualTo(1);
    assertThat(group.json().path("nextStates").toString()).contains("COMPLETED", "ON_HOLD", "CANCELLED");
  }

  @Test
  void showsTheDemoProjectWithItsLots() {
    Answer project = calls.get(DEMO + "/project", manager);

    assertThat(project.status()).as(project.body()).isEqualTo(200);
    assertThat(project.json().path("phase").asText()).isEqualTo("PERMITS");
    assertThat(project.json().path("lots")).hasSize(4);
    assertThat(project.json().path("lots").get(0).path("surface").asText()).isEqualTo("72.5");
  }

  @Test
  void proposedTheDemoLotsOnlyToTheMembersWhoArePaidUp() {
    Answer allocations = calls.get(DEMO + "/allocations", manager);

    List<String> members = new ArrayList<>();
    allocations.json().forEach(a -> members.add(a.path("member").asText() + "=" + a.path("lot").asText()));
    assertThat(members).containsExactlyInAnyOrder("m-amrani=A3", "m-bertrand=A2", "m-costa=A1");
  }

  @Test
  void pagesTheGroupsAllocationsByIdWithLimitAndAfter() {
    PagedLists.pagesTheWholeList(calls, DEMO + "/allocations", manager, 1);
    assertThat(calls.get("/api/v1/groups/nowhere/allocations?limit=10", manager).status()).isEqualTo(404);
  }

  @Test
  void validatesAProposalWithItsDecisionThenAssignsIt() {
    Answer validated = calls.postJson(DEMO + "/allocations/2026-R1/m-amrani/validation",
        "{\"minutesReference\":\"PV-2026-04\",\"decidedOn\":\"2026-04-15\",\"version\":1}", manager);
    Answer assigned = calls.postJson(DEMO + "/allocations/2026-R1/m-amrani/assignment",
        "{\"version\":2}", manager);

    assertThat(validated.status()).as(validated.body()).isEqualTo(200);
    assertThat(validated.json().path("minutesReference").asText()).isEqualTo("PV-2026-04");
    assertThat(validated.json().path("decidedOn").asText()).isEqualTo("2026-04-15");
    assertThat(assigned.json().path("status").asText()).isEqualTo("ASSIGNED");
    assertThat(assigned.json().path("version").asLong()).isEqualTo(3);
  }

  @Test
  void refusesToAssignAProposalNotYetValidatedNamingFromAndTo() {
    calls.postJson(DEMO + "/allocations/2026-R1/m-costa/rejection",
        "{\"reason\":\"CONTESTED\",\"note\":\"lot disputed\"}", manager);

    Answer assign = calls.postJson(DEMO + "/allocations/2026-R1/m-costa/assignment", "{}", manager);

    assertThat(assign.status()).isEqualTo(409);
    assertThat(assign.contentType()).isEqualTo("application/problem+json");
    assertThat(assign.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(assign.json().path("from").asText()).isEqualTo("REJECTED");
    assertThat(assign.json().path("to").asText()).isEqualTo("ASSIGNED");
  }

  @Test
  void refusesAStaleVersionWithConcurrentUpdate() {
    Answer stale = calls.postJson(DEMO + "/allocations/2026-R1/m-bertrand/validation",
        "{\"minutesReference\":\"PV\",\"decidedOn\":\"2026-04-15\",\"version\":7}", manager);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(stale.json().path("field").asText()).isEqualTo("version");
  }

  @Test
  void walksANewGroupThroughItsWorkflowToAProposedRound() {
    String g = "/api/v1/groups/test-walk";
    Answer formed = calls.postJson("/api/v1/groups",
        "{\"id\":\"test-walk\",\"name\":\"Walk\",\"fundingThreshold\":\"500.00\"}", manager);
    Answer tooEarly = calls.postJson(g + "/transitions", "{\"to\":\"KYC_READY\"}", manager);
    calls.postJson(g + "/members", "{\"member\":\"m-amrani\"}", manager);
    calls.postJson(g + "/members", "{\"member\":\"m-devos\"}", manager);
    calls.postJson(g + "/members/m-amrani/status", "{\"status\":\"ACTIVE\"}", manager);
    calls.postJson(g + "/members/m-devos/status", "{\"status\":\"ACTIVE\"}", manager);
    calls.postJson(g + "/contribution-plan", "{\"reference\":\"plan-walk\"}", manager);
    for (String to : List.of("KYC_READY", "FUNDING_OPEN", "THRESHOLD_REACHED", "FUNDING_CLOSED")) {
      assertThat(calls.postJson(g + "/transitions", "{\"to\":\"" + to + "\"}", manager).status()).isEqualTo(200);
    }
    calls.postJson(g + "/project", "{\"id\":\"walk-project\"}", manager);
    calls.postJson(g + "/project/lots", "{\"id\":\"A1\",\"type\":\"APARTMENT\",\"surface\":\"70\"}", manager);
    Answer running = calls.postJson(g + "/transitions", "{\"to\":\"ALLOCATION_RUNNING\"}", manager);

    Answer round = calls.postJson(g + "/allocation-rounds",
        "{\"round\":\"R1\",\"cutoff\":\"2026-03-31\"}", manager);

    assertThat(formed.status()).as(formed.body()).isEqualTo(201);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(tooEarly.json().path("from").asText()).isEqualTo("FORMATION");
    assertThat(tooEarly.json().path("to").asText()).isEqualTo("KYC_READY");
    assertThat(tooEarly.json().path("guard").asText()).isEqualTo("at least one ACTIVE member");
    assertThat(running.json().path("status").asText()).as(running.body()).isEqualTo("ALLOCATION_RUNNING");
    assertThat(round.status()).as(round.body()).isEqualTo(201);
    assertThat(round.json().path("proposals")).hasSize(1);
    assertThat(round.json().path("cutoff").asText()).as("a date is a string").isEqualTo("2026-03-31");
    assertThat(round.json().path("proposals").get(0).path("member").asText()).isEqualTo("m-amrani");
    assertThat(round.json().path("proposals").get(0).path("id").asText()).isEqualTo("R1/m-amrani");
  }

  @Test
  void refusesALotOfAnUnknownTypeNamingTheField() {
    Answer answer = calls.postJson(DEMO + "/project/lots",
        "{\"id\":\"C1\",\"type\":\"CASTLE\",\"surface\":\"70\"}", manager);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("INVALID_FIELD");
    assertThat(answer.json().path("field").asText()).isEqualTo("type");
  }

  @Test
  void refusesAGroupWithoutAThreshold() {
    Answer answer = calls.postJson("/api/v1/groups", "{\"id\":\"no-threshold\",\"name\":\"x\"}", manager);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("MISSING_FIELD");
    assertThat(answer.json().path("field").asText()).isEqualTo("fundingThreshold");
  }

  @Test
  void answersNotFoundForAnUnknownGroup() {
    Answer answer = calls.get("/api/v1/groups/nowhere", manager);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void letsAnAuditorReadButNotChange() {
    String auditor = DemoLogins.token(calls, "auditor@cailles");

    Answer read = calls.get(DEMO + "/allocations", auditor);
    Answer change = calls.postJson(DEMO + "/transitions", "{\"to\":\"ON_HOLD\"}", auditor);

    assertThat(read.status()).isEqualTo(200);
    assertThat(change.status()).isEqualTo(403);
    assertThat(change.contentType()).isEqualTo("application/problem+json");
  }
}
