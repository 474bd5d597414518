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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;

/**
 * A general assembly through its lifecycle over HTTP, on the demo building (twelve owners, 1000
 * shares; o-peeters holds 115) and for the demo association under one member one vote: drafted,
 * convened, opened, voted, closed with its minutes recorded (the public results page shows them)
 * and published; every refusal is a problem document with its stable code and stores nothing.
 */
@MicronautTest
class AssemblyLifecycleApiTest {
  private static final String BUILDING = "/api/v1/buildings/residence-tilleuls/assemblies";
  private static final String ITEMS = "\"items\":[{\"id\":\"accounts\",\"title\":\"Approve the accounts\","
      + "\"decisionType\":\"ORDINARY_ADMINISTRATION\"},"
      + "{\"id\":\"roof\",\"title\":\"Renew the roof\",\"decisionType\":\"WORKS_ON_COMMON_PARTS\"}]";
  /** Nine owners of twelve with 750 of 1000 shares: the first session's quorum is reached. */
  private static final String ATTENDANCE = "{\"attendance\":["
      + "{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"},{\"owner\":\"o-janssens\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-maes\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
      + "{\"owner\":\"o-mertens\",\"mode\":\"PRESENT\"},{\"owner\":\"o-claes\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-wouters\",\"mode\":\"PRESENT\"},"
      + "{\"owner\":\"o-dubois\",\"mode\":\"PROXY\",\"holder\":\"o-wouters\"},"
      + "{\"owner\":\"o-lambert\",\"mode\":\"PRESENT\"},{\"owner\":\"o-dupont\",\"mode\":\"PRESENT\"}]}";

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

  private static String newId() {
    return "ga-test-" + UUID.randomUUID();
  }

  private Answer post(String uri, String body) {
    return calls.postJson(uri, body, syndic);
  }

  private String drafted(String syndicId) {
    String id = newId();
    Answer draft = post(BUILDING, "{\"id\":\"" + id + "\",\"plannedOn\":\"2026-09-16\""
        + (syndicId == null ? "" : ",\"syndic\":\"" + syndicId + "\"") + "," + ITEMS + "}");
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    return id;
  }

  private String convened(String syndicId) {
    String id = drafted(syndicId);
    Answer convened = post("/api/v1/assemblies/" + id + "/convocation", "{\"convokedOn\":\"2026-08-31\"}");
    assertThat(convened.status()).as(convened.body()).isEqualTo(200);
    return id;
  }

  private String voting() {
    String id = convened(null);
    assertThat(post("/api/v1/assemblies/" + id + "/opening", ATTENDANCE).status()).isEqualTo(200);
    assertThat(post("/api/v1/assemblies/" + id + "/voting", "{}").status()).isEqualTo(200);
    return id;
  }

  private JsonNode meeting(String id) {
    return calls.get("/api/v1/assemblies/" + id + "/meeting", syndic).json();
  }

  @Test
  void runsABuildingsAssemblyFromItsDraftToItsPublicResults() {
    String id = newId();
    String base = "/api/v1/assemblies/" + id;

    Answer draft = post(BUILDING, "{\"id\":\"" + id + "\",\"plannedOn\":\"2026-09-16\",\"syndic\":\"s-syndic\","
        + ITEMS + "}");
    Answer requested = post(base + "/agenda-items", "{\"id\":\"bike-shed\",\"title\":\"Build a bike shed\","
        + "\"majority\":\"TWO_THIRDS\",\"requestedBy\":[\"o-dupont\"],\"requestedOn\":\"2026-08-20\"}");
    Answer convened = post(base + "/convocation", "{\"convokedOn\":\"2026-08-31\",\"version\":2}");
    Answer opened = post(base + "/opening", ATTENDANCE);
    Answer voting = post(base + "/voting", "{}");
    Answer accounts = post(base + "/resolutions/accounts/votes", "{\"ballots\":{\"o-peeters\":\"FOR\","
        + "\"o-janssens\":\"FOR\",\"o-maes\":\"FOR\",\"o-mertens\":\"FOR\",\"o-claes\":\"FOR\","
        + "\"o-wouters\":\"FOR\",\"o-dubois\":\"FOR\",\"o-lambert\":\"AGAINST\",\"o-dupont\":\"FOR\"}}");
    Answer roof = post(base + "/resolutions/roof/votes", "{\"ballots\":{\"o-peeters\":\"FOR\","
        + "\"o-maes\":\"FOR\",\"o-wouters\":\"FOR\",\"o-dubois\":\"FOR\",\"o-janssens\":\"AGAINST\","
        + "\"o-mertens\":\"AGAINST\",\"o-claes\":\"AGAINST\"}}");
    Answer closed = post(base + "/closing", "{\"language\":\"en\"}");
    Answer published = post(base + "/minutes/publication", "{\"publishedOn\":\"2026-09-30\"}");

    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.json().path("state").asText()).isEqualTo("DRAFT");
    assertThat(draft.json().path("votingBody")).hasSize(12);
    assertThat(draft.json().path("agenda").get(1).path("majority").asText()).isEqualTo("TWO_THIRDS");
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    assertThat(requested.json().path("agenda").get(2).path("origin").asText()).isEqualTo("OWNER_REQUEST");
    assertThat(convened.status()).as(convened.body()).isEqualTo(200);
    assertThat(convened.json().path("meetingOn").asText()).isEqualTo("2026-09-16");
    assertThat(opened.json().path("state").asText()).as(opened.body()).isEqualTo("OPENED");
    assertThat(opened.json().path("quorum").path("sharesPresent").asText()).isEqualTo("750");
    assertThat(voting.json().path("state").asText()).isEqualTo("VOTING");
    assertThat(accounts.json().path("agenda").get(0).path("vote").path("outcome").asText())
        .as(accounts.body()).isEqualTo("ADOPTED");
    JsonNode roofVote = roof.json().path("agenda").get(1).path("vote");
    assertThat(roofVote.path("outcome").asText()).as(roof.body()).isEqualTo("REJECTED");
    assertThat(roofVote.path("forVotes").asText()).isEqualTo("310");
    assertThat(roofVote.path("against").asText()).isEqualTo("270");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().path("state").asText()).isEqualTo("CLOSED");
    assertThat(published.json().path("state").asText()).as(published.body()).isEqualTo("MINUTES_PUBLISHED");
    assertThat(published.json().path("version").asLong()).isEqualTo(9);

    JsonNode minutes = calls.get(base + "/minutes", syndic).json();
    assertThat(minutes.path("resolutions").path("accounts").path("outcome").asText()).isEqualTo("ADOPTED");
    assertThat(minutes.path("resolutions").path("roof").path("outcome").asText()).isEqualTo("REJECTED");
    assertThat(minutes.path("resolutions").path("roof").path("for").asText()).isEqualTo("310");
    assertThat(minutes.path("assembly").path("state").asText()).isEqualTo("MINUTES_PUBLISHED");
    assertThat(minutes.path("assembly").path("heldOn").asText()).isEqualTo("2026-09-16");

    Answer page = calls.get("/assemblies/demo-tilleuls/" + id + "/results?lang=en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Approve the accounts", "Renew the roof", "data-outcome=\"ADOPTED\"",
        "data-outcome=\"REJECTED\"");

    JsonNode trail = calls.get("/api/v1/audit-trail?subjectType=assembly&subjectId=" + id,
        DemoLogins.token(calls, "admin@tilleuls")).json();
    List<String> actions = new ArrayList<>();
    trail.forEach(e -> actions.add(e.path("action").asText()));
    assertThat(actions).containsExactly("AssemblyDrafted", "AgendaItemRequested", "AssemblyConvened",
        "AssemblyOpened", "VotingStarted", "ResolutionVoted", "ResolutionVoted", "AssemblyClosed",
        "MinutesPublished");
    List<String> events = new ArrayList<>();
    meeting(id).path("history").forEach(e -> events.add(e.path("event").asText()));
    assertThat(events).containsExactly("AgendaItemRequested", "AssemblyConvened", "QuorumChecked",
        "ResolutionAdopted", "ResolutionRejected", "AssemblyClosed", "MinutesPublished");
  }

  @Test
  void runsTheAssociationsAssemblyUnderOneMemberOneVote() {
    String admin = DemoLogins.token(calls, "admin@koprogo");
    String id = newId();
    String base = "/api/v1/assemblies/" + id;

    Answer draft = calls.postJson("/api/v1/assemblies", "{\"id\":\"" + id + "\",\"rules\":\"ONE_MEMBER_ONE_VOTE\","
        + "\"plannedOn\":\"2026-10-20\",\"members\":[\"acp-1\",\"acp-2\",\"acp-3\"],"
        + "\"items\":[{\"id\":\"price\",\"title\":\"Lower the price\",\"majority\":\"ABSOLUTE\"}]}", admin);
    calls.postJson(base + "/convocation", "{\"convokedOn\":\"2026-10-01\"}", admin);
    Answer opened = calls.postJson(base + "/opening", "{\"attendance\":[{\"owner\":\"acp-1\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"acp-2\",\"mode\":\"PROXY\",\"holder\":\"acp-1\"}]}", admin);
    calls.postJson(base + "/voting", "{}", admin);
    Answer vote = calls.postJson(base + "/resolutions/price/votes",
        "{\"ballots\":{\"acp-1\":\"FOR\",\"acp-2\":\"AGAINST\"}}", admin);
    Answer closed = calls.postJson(base + "/closing", "{}", admin);

    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.json().path("rules").asText()).isEqualTo("ONE_MEMBER_ONE_VOTE");
    assertThat(draft.json().path("building").isNull()).isTrue();
    assertThat(opened.json().path("state").asText()).as(opened.body()).isEqualTo("OPENED");
    JsonNode counted = vote.json().path("agenda").get(0).path("vote");
    assertThat(counted.path("forVotes").asText()).as(vote.body()).isEqualTo("1");
    assertThat(counted.path("against").asText()).isEqualTo("1");
    assertThat(counted.path("outcome").asText()).isEqualTo("REJECTED");
    assertThat(closed.json().path("state").asText()).as(closed.body()).isEqualTo("CLOSED");
    assertThat(calls.get(base + "/minutes", admin).json().path("resolutions").path("price").path("outcome")
        .asText()).isEqualTo("REJECTED");
    assertThat(calls.get("/assemblies/koprogo/" + id + "/results?lang=en").status()).isEqualTo(200);
  }

  @Test
  void refusesAConvocationSentLessThanFifteenDaysBeforeTheMeetingAndStoresNothing() {
    String id = drafted(null);

    Answer answer = post("/api/v1/assemblies/" + id + "/convocation",
        "{\"convokedOn\":\"2026-09-02\",\"meetingOn\":\"2026-09-16\"}");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(answer.json().path("field").asText()).isEqualTo("meetingOn");
    assertThat(answer.json().path("from").asText()).isEqualTo("DRAFT");
    assertThat(meeting(id).path("state").asText()).isEqualTo("DRAFT");
    assertThat(meeting(id).path("version").asLong()).isEqualTo(1);
  }

  @Test
  void aConvocationWithTimeAndPlaceRecordsThemAndListsEveryOwnerWithoutAgreedEmailForTheRegisteredLetter() {
    String id = drafted(null);

    Answer answer = post("/api/v1/assemblies/" + id + "/convocation",
        "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T18:00\",\"place\":\" Salle communale \"}");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().path("meetingOn").asText()).isEqualTo("2026-09-16");
    assertThat(answer.json().path("startsAt").asText()).isEqualTo("18:00");
    assertThat(answer.json().path("place").asText()).isEqualTo("Salle communale");
    JsonNode convocations = answer.json().path("convocations");
    assertThat(convocations.path("owners")).hasSize(answer.json().path("votingBody").size());
    assertThat(convocations.path("byPost")).hasSize(convocations.path("owners").size());
    assertThat(convocations.path("owners").get(0).path("means").asText()).isEqualTo("REGISTERED_LETTER");
    assertThat(meeting(id).path("place").asText()).isEqualTo("Salle communale");
    assertThat(meeting(id).path("convocations").isNull()).isTrue();
    JsonNode history = meeting(id).path("history");
    assertThat(history.get(history.size() - 1).path("startsAt").asText()).isEqualTo("18:00");
    // an event writes the facts of its kind only
    assertThat(history.get(history.size() - 1).has("item")).isFalse();
    assertThat(history.get(history.size() - 1).has("notVoted")).isFalse();
  }

  @Test
  void refusesAConvocationWithoutItsPlaceOrWithAnUnboundedPlaceNamingTheFieldAndStoresNothing() {
    String id = drafted(null);
    String uri = "/api/v1/assemblies/" + id + "/convocation";

    Answer noPlace = post(uri, "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T18:00\"}");
    Answer longPlace = post(uri, "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T18:00\",\"place\":\""
        + "x".repeat(201) + "\"}");
    Answer twoLines = post(uri, "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T18:00\","
        + "\"place\":\"Salle\\ncommunale\"}");
    Answer otherDay = post(uri, "{\"convokedOn\":\"2026-08-31\",\"startsAt\":\"2026-09-16T18:00\","
        + "\"place\":\"Salle\",\"meetingOn\":\"2026-09-17\"}");
    Answer noTime = post(uri, "{\"convokedOn\":\"2026-08-31\",\"place\":\"Salle\"}");

    assertThat(noPlace.status()).as(noPlace.body()).isEqualTo(422);
    assertThat(noPlace.code()).isEqualTo("MISSING_FIELD");
    assertThat(noPlace.json().path("field").asText()).isEqualTo("place");
    assertThat(longPlace.code()).as(longPlace.body()).isEqualTo("INVALID_FIELD");
    assertThat(longPlace.json().path("field").asText()).isEqualTo("place");
    assertThat(twoLines.code()).as(twoLines.body()).isEqualTo("INVALID_FIELD");
    assertThat(twoLines.json().path("field").asText()).isEqualTo("place");
    assertThat(otherDay.code()).as(otherDay.body()).isEqualTo("INVALID_FIELD");
    assertThat(otherDay.json().path("field").asText()).isEqualTo("meetingOn");
    assertThat(noTime.code()).as(noTime.body()).isEqualTo("MISSING_FIELD");
    assertThat(noTime.json().path("field").asText()).isEqualTo("startsAt");
    assertThat(meeting(id).path("state").asText()).isEqualTo("DRAFT");
    assertThat(meeting(id).path("version").asLong()).isEqualTo(1);
  }

  @Test
  void refusesTheSyndicsProxyAndAFourthProxyAboveTenPercentAsTheirPrincipalsAbsence() {
    String id = convened("s-syndic");

    Answer opened = post("/api/v1/assemblies/" + id + "/opening", "{\"attendance\":["
        + "{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-janssens\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
        + "{\"owner\":\"o-maes\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
        + "{\"owner\":\"o-jacobs\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
        + "{\"owner\":\"o-mertens\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"},"
        + "{\"owner\":\"o-lambert\",\"mode\":\"PROXY\",\"holder\":\"s-syndic\"},"
        + "{\"owner\":\"o-willems\",\"mode\":\"PRESENT\"},{\"owner\":\"o-claes\",\"mode\":\"PRESENT\"},"
        + "{\"owner\":\"o-goossens\",\"mode\":\"PRESENT\"}]}");

    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    List<String> refused = new ArrayList<>();
    opened.json().path("rejectedProxies").forEach(r ->
        refused.add(r.path("owner").asText() + ":" + r.path("code").asText()));
    assertThat(refused).containsExactlyInAnyOrder("o-mertens:TOO_MANY_PROXIES",
        "o-lambert:SYNDIC_CANNOT_HOLD_PROXY");
  }

  @Test
  void refusesAProxyHeldByAnOwnerWhoIsNotPresentAndStoresNothing() {
    String id = convened(null);

    Answer answer = post("/api/v1/assemblies/" + id + "/opening", "{\"attendance\":["
        + "{\"owner\":\"o-maes\",\"mode\":\"PROXY\",\"holder\":\"o-peeters\"}]}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("HOLDER_NOT_PRESENT");
    assertThat(answer.json().path("field").asText()).isEqualTo("attendance[0].holder");
    assertThat(meeting(id).path("state").asText()).isEqualTo("CONVENED");
    assertThat(meeting(id).path("version").asLong()).isEqualTo(2);
  }

  @Test
  void refusesABallotFromAnAbsentOwner() {
    String id = voting();

    Answer answer = post("/api/v1/assemblies/" + id + "/resolutions/accounts/votes",
        "{\"ballots\":{\"o-jacobs\":\"FOR\"}}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("BALLOT_FROM_ABSENT_OWNER");
    assertThat(answer.json().path("field").asText()).contains("o-jacobs");
    assertThat(meeting(id).path("agenda").get(0).path("vote").isNull()).isTrue();
  }

  @Test
  void refusesAVoteBeforeTheVotesStartAndAnItemOffTheAgenda() {
    String id = convened(null);
    post("/api/v1/assemblies/" + id + "/opening", ATTENDANCE);

    Answer early = post("/api/v1/assemblies/" + id + "/resolutions/accounts/votes",
        "{\"ballots\":{\"o-peeters\":\"FOR\"}}");
    post("/api/v1/assemblies/" + id + "/voting", "{}");
    Answer unknown = post("/api/v1/assemblies/" + id + "/resolutions/nope/votes",
        "{\"ballots\":{\"o-peeters\":\"FOR\"}}");

    assertThat(early.status()).isEqualTo(409);
    assertThat(early.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(early.json().path("from").asText()).isEqualTo("OPENED");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void aClosingWhoseMinutesAreRefusedLeavesTheAssemblyVotingWithNothingRecorded() {
    String id = voting();

    Answer answer = post("/api/v1/assemblies/" + id + "/closing", "{\"language\":\"xx\"}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().path("field").asText()).isEqualTo("language");
    assertThat(meeting(id).path("state").asText()).isEqualTo("VOTING");
    assertThat(meeting(id).path("version").asLong()).isEqualTo(4);
    assertThat(calls.get("/api/v1/assemblies/" + id, syndic).json().path("state").asText()).isEqualTo("VOTING");
    assertThat(calls.get("/api/v1/assemblies/" + id + "/minutes", syndic).status()).isEqualTo(404);
    JsonNode trail = calls.get("/api/v1/audit-trail?subjectType=assembly&subjectId=" + id,
        DemoLogins.token(calls, "admin@tilleuls")).json();
    assertThat(trail).hasSize(4);
  }

  @Test
  void anItemLeftUnvotedAtTheClosingIsPostponedInTheMinutesAndOnThePublicPageNotRejected() {
    String id = voting();
    String base = "/api/v1/assemblies/" + id;
    post(base + "/resolutions/accounts/votes", "{\"ballots\":{\"o-peeters\":\"FOR\",\"o-janssens\":\"FOR\"}}");

    Answer closed = post(base + "/closing", "{\"language\":\"en\"}");

    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().path("agenda").get(1).path("vote").isNull()).isTrue();
    assertThat(calls.get(base, syndic).json().path("resolutions").get(1).path("outcome").isNull()).isTrue();
    JsonNode minutes = calls.get(base + "/minutes", syndic).json();
    assertThat(minutes.path("resolutions").path("accounts").path("outcome").asText()).isEqualTo("ADOPTED");
    assertThat(minutes.path("resolutions").has("roof")).as(minutes.toString()).isFalse();
    assertThat(minutes.path("postponed")).hasSize(1);
    assertThat(minutes.path("postponed").get(0).asText()).isEqualTo("roof");
    String[][] texts = {{"en", "Not voted (postponed)"}, {"fr", "Non votée (reportée)"},
        {"nl", "Niet gestemd (uitgesteld)"}, {"de", "Nicht abgestimmt (vertagt)"}};
    for (String[] text : texts) {
      Answer page = calls.get("/assemblies/demo-tilleuls/" + id + "/results?lang=" + text[0]);
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("data-outcome=\"ADOPTED\"", "data-outcome=\"POSTPONED\"", text[1])
          .doesNotContain("data-outcome=\"REJECTED\"");
    }
    JsonNode data = calls.get("/assemblies/demo-tilleuls/" + id + "/data.json").json();
    assertThat(data.path("resolutions")).hasSize(1);
  }

  @Test
  void refusesTheMinutesOfTheTallyRouteOnAnAssemblyWithALifecycleAndStoresNothing() {
    String id = voting();

    Answer answer = post("/api/v1/assemblies/" + id + "/minutes", ATTENDANCE);

    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(answer.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(answer.json().path("value").asText()).isEqualTo(id);
    assertThat(answer.json().path("detail").asText()).contains(id, "/closing");
    assertThat(meeting(id).path("state").asText()).isEqualTo("VOTING");
    assertThat(calls.get("/api/v1/assemblies/" + id, syndic).json().path("state").asText()).isEqualTo("VOTING");
    assertThat(calls.get("/api/v1/assemblies/" + id + "/minutes", syndic).status()).isEqualTo(404);
  }

  @Test
  void aFirstSessionWithoutQuorumLeadsToASecondSession() {
    String id = convened(null);
    String second = newId();

    Answer opened = post("/api/v1/assemblies/" + id + "/opening",
        "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"}]}");
    Answer drafted = post("/api/v1/assemblies/" + id + "/second-session",
        "{\"id\":\"" + second + "\",\"plannedOn\":\"2026-10-02\"}");
    Answer tooSoon = post("/api/v1/assemblies/" + second + "/convocation",
        "{\"convokedOn\":\"2026-09-16\",\"meetingOn\":\"2026-09-30\"}");
    Answer convened = post("/api/v1/assemblies/" + second + "/convocation", "{\"convokedOn\":\"2026-09-16\"}");

    assertThat(opened.json().path("state").asText()).isEqualTo("NO_QUORUM");
    assertThat(opened.json().path("quorum").path("reached").asBoolean()).isFalse();
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    assertThat(drafted.json().path("session").asText()).isEqualTo("SECOND");
    assertThat(drafted.json().path("agenda")).hasSize(2);
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(convened.json().path("state").asText()).as(convened.body()).isEqualTo("CONVENED");
  }

  @Test
  void refusesAChangeBasedOnAStaleVersion() {
    String id = drafted(null);

    Answer answer = post("/api/v1/assemblies/" + id + "/convocation",
        "{\"convokedOn\":\"2026-08-31\",\"version\":7}");

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.code()).isEqualTo("CONCURRENT_UPDATE");
    assertThat(answer.json().path("field").asText()).isEqualTo("version");
  }

  @Test
  void refusesOwnersRequiringAnAssemblyWithLessThanAFifthOfTheShares() {
    Answer answer = post(BUILDING, "{\"plannedOn\":\"2026-09-16\",\"request\":{\"requestedBy\":[\"o-dupont\"],"
        + "\"requestedOn\":\"2026-08-01\",\"items\":[{\"id\":\"x\",\"title\":\"x\",\"majority\":\"ABSOLUTE\"}]}}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.code()).isEqualTo("INSUFFICIENT_SHARES_FOR_REQUEST");
    assertThat(answer.json().path("field").asText()).isEqualTo("requestedBy");
  }

  @Test
  void refusesMalformedJsonWrongTypesAndUnknownValuesAsProblems() {
    String id = voting();

    Answer malformed = post(BUILDING, "{\"plannedOn\":");
    Answer wrongDate = post(BUILDING, "{\"plannedOn\":\"soon\"," + ITEMS + "}");
    Answer wrongList = post("/api/v1/assemblies/" + id + "/resolutions/accounts/votes", "{\"ballots\":[1,2]}");
    Answer unknownBallot = post("/api/v1/assemblies/" + id + "/resolutions/accounts/votes",
        "{\"ballots\":{\"o-peeters\":\"MAYBE\"}}");
    Answer noMajority = post(BUILDING, "{\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"x\",\"title\":\"x\"}]}");
    Answer frenchRules = post(BUILDING, "{\"plannedOn\":\"2026-09-16\",\"rules\":\"FR_COPROPRIETE\"}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
    for (Answer a : List.of(wrongDate, wrongList)) {
      assertThat(a.status()).as(a.body()).isBetween(400, 422);
      assertThat(a.contentType()).isEqualTo("application/problem+json");
      assertThat(a.body()).doesNotContain("Exception");
    }
    assertThat(wrongDate.json().path("field").asText()).isEqualTo("plannedOn");
    assertThat(unknownBallot.status()).isEqualTo(422);
    assertThat(unknownBallot.code()).isEqualTo("INVALID_FIELD");
    assertThat(unknownBallot.json().path("field").asText()).isEqualTo("ballots.o-peeters");
    assertThat(noMajority.code()).isEqualTo("MISSING_FIELD");
    assertThat(noMajority.json().path("field").asText()).isEqualTo("items[0].majority");
    assertThat(frenchRules.code()).isEqualTo("UNKNOWN_RULES");
  }

  @Test
  void theSyndicAndTheAdminChangeWhileOwnersAndAuditorsOnlyRead() {
    String id = drafted(null);

    Answer byOwner = calls.postJson("/api/v1/assemblies/" + id + "/convocation",
        "{\"convokedOn\":\"2026-08-31\"}", DemoLogins.token(calls, "owner@tilleuls"));
    Answer byCouncil = calls.postJson(BUILDING, "{\"plannedOn\":\"2026-09-16\"," + ITEMS + "}",
        DemoLogins.token(calls, "council@tilleuls"));
    Answer readByOwner = calls.get("/api/v1/assemblies/" + id + "/meeting", DemoLogins.token(calls, "owner@tilleuls"));
    Answer readByAuditor = calls.get("/api/v1/assemblies/" + id + "/meeting",
        DemoLogins.token(calls, "auditor@tilleuls"));

    assertThat(byOwner.status()).isEqualTo(403);
    assertThat(byCouncil.status()).isEqualTo(403);
    assertThat(readByOwner.status()).isEqualTo(200);
    assertThat(readByAuditor.status()).isEqualTo(200);
    assertThat(meeting(id).path("state").asText()).isEqualTo("DRAFT");
  }

  @Test
  void anItemOnAChargeBorneBySomeOwnersIsVotedByThemAloneWithTheirParts() {
    String id = newId();
    String base = "/api/v1/assemblies/" + id;
    Answer draft = post(BUILDING, "{\"id\":\"" + id + "\",\"plannedOn\":\"2026-09-16\","
        + "\"items\":[{\"id\":\"lift\",\"title\":\"Repair the lift of staircase A\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\","
        + "\"chargeKey\":{\"o-peeters\":\"60\",\"o-janssens\":\"40\"}}]}");
    post(base + "/convocation", "{\"convokedOn\":\"2026-08-31\"}");
    post(base + "/opening", ATTENDANCE);
    post(base + "/voting", "{}");

    Answer outsider = post(base + "/resolutions/lift/votes", "{\"ballots\":{\"o-mertens\":\"FOR\"}}");
    Answer vote = post(base + "/resolutions/lift/votes",
        "{\"ballots\":{\"o-peeters\":\"AGAINST\",\"o-janssens\":\"FOR\"}}");

    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(outsider.status()).as(outsider.body()).isEqualTo(422);
    assertThat(outsider.code()).isEqualTo("BALLOT_FROM_UNCONCERNED_OWNER");
    JsonNode lift = vote.json().path("agenda").get(0).path("vote");
    assertThat(lift.path("outcome").asText()).as(vote.body()).isEqualTo("REJECTED");
    assertThat(lift.path("forVotes").asText()).as(vote.body()).isEqualTo("40");
    assertThat(lift.path("against").asText()).as(vote.body()).isEqualTo("40");
  }

  @Test
  void refusesAChargeKeyNamingSomeoneWhoIsNotAnOwner() {
    String id = newId();

    Answer draft = post(BUILDING, "{\"id\":\"" + id + "\",\"plannedOn\":\"2026-09-16\","
        + "\"items\":[{\"id\":\"lift\",\"title\":\"Repair the lift\","
        + "\"decisionType\":\"ORDINARY_ADMINISTRATION\",\"chargeKey\":{\"nobody\":\"1\"}}]}");

    assertThat(draft.status()).as(draft.body()).isBetween(400, 499);
    assertThat(draft.code()).as(draft.body()).isEqualTo("UNKNOWN_OWNER");
  }
}
