/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.demo.DemoData;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * Walks every endpoint of {@code /api/v1} that reads or changes an organisation's records as a
 * user of another organisation, with ids of the demo co-ownership: every answer is 403 or 404,
 * and nothing of the other organisation leaks. The list of endpoints is checked against the
 * router, so a new endpoint cannot be forgotten here.
 */
@MicronautTest
class CrossTenantTest {
  /** Endpoints open to anyone or about the caller only: nothing of an organisation to cross. */
  private static final Set<String> NOT_TENANT_SCOPED =
      Set.of("GET /api/v1/calculations", "POST /api/v1/calculations/{family}",
          "POST /api/v1/login", "POST /api/v1/login/refresh", "GET /api/v1/me",
          "GET /api/v1/organisation",
          "POST /api/v1/solidarity/eligibility", "POST /api/v1/solidarity/loan-schedules",
          // the caller's own organisation's books, named by quarter only: no id of another
          // organisation to cross (a co-ownership has none: 404)
          "GET /api/v1/association/transparency");

  private static final String EXPENSE = "{\"label\":\"x\",\"amount\":\"10.00\",\"bookedOn\":\"2026-01-01\"}";
  private static final String ENTRY =
      "{\"amount\":\"10.00\",\"valueDate\":\"2026-01-01\",\"idempotencyKey\":\"cross-tenant\"}";
  private static final String VOTES =
      "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"}],\"ballots\":{}}";

  private static final String TILLEULS_USER = "admin@cailles";
  private static final String CAILLES_USER = "admin@tilleuls";

  /**
   * Every tenant-scoped endpoint: its URI with ids of one demo organisation, a valid body, and an
   * admin of the other organisation as caller (an admin passes every role check, so a refusal
   * can only come from the tenant scoping). Endpoints without an id list or create in the
   * caller's own organisation: their answers must not leak the other organisation.
   */
  private static final Map<String, String[]> CALLS = new LinkedHashMap<>();

  static {
    call("GET /api/v1/buildings", "/api/v1/buildings", null, TILLEULS_USER);
    call("POST /api/v1/buildings", "/api/v1/buildings",
        "{\"id\":\"cross-tenant-building\",\"name\":\"x\",\"address\":\"x\",\"totalShares\":1,"
            + "\"lots\":[{\"id\":\"cross-tenant-lot\",\"label\":\"x\",\"shares\":1,\"owners\":[]}],"
            + "\"owners\":[]}", TILLEULS_USER);
    call("GET /api/v1/buildings/{building}", "/api/v1/buildings/residence-tilleuls", null, TILLEULS_USER);
    call("POST /api/v1/buildings/{building}/payment-reminders",
        "/api/v1/buildings/residence-tilleuls/payment-reminders", "{\"asOf\":\"2026-06-30\"}", TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/late-penalty-policy",
        "/api/v1/buildings/residence-tilleuls/late-penalty-policy", null, TILLEULS_USER);
    call("PUT /api/v1/buildings/{building}/late-penalty-policy", "/api/v1/buildings/residence-tilleuls/late-penalty-policy",
        "{\"annualRatePercent\":\"99\",\"statutesArticle\":\"cross-tenant\"}", TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/lots", "/api/v1/buildings/residence-tilleuls/lots", null, TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/expenses", "/api/v1/buildings/residence-tilleuls/expenses", null, TILLEULS_USER);
    call("POST /api/v1/buildings/{building}/expenses", "/api/v1/buildings/residence-tilleuls/expenses", EXPENSE, TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/assemblies", "/api/v1/buildings/residence-tilleuls/assemblies", null, TILLEULS_USER);
    call("POST /api/v1/buildings/{building}/calls-for-funds", "/api/v1/buildings/residence-tilleuls/calls-for-funds",
        "{\"yearStart\":\"2027-01-01\",\"lines\":[{\"label\":\"x\",\"amount\":\"100.00\"}]}", TILLEULS_USER);
    call("GET /api/v1/lots/{lot}", "/api/v1/lots/A1", null, TILLEULS_USER);
    call("GET /api/v1/expenses/{expense}", "/api/v1/expenses/roof-2026", null, TILLEULS_USER);
    call("GET /api/v1/assemblies", "/api/v1/assemblies", null, TILLEULS_USER);
    call("GET /api/v1/assemblies/{assembly}", "/api/v1/assemblies/ga-2026", null, TILLEULS_USER);
    call("POST /api/v1/assemblies/{assembly}/tally", "/api/v1/assemblies/ga-2026/tally", VOTES, TILLEULS_USER);
    call("POST /api/v1/assemblies/{assembly}/minutes", "/api/v1/assemblies/ga-2026/minutes", VOTES, TILLEULS_USER);
    call("GET /api/v1/assemblies/{assembly}/minutes", "/api/v1/assemblies/ga-2026/minutes", null, TILLEULS_USER);
    call("POST /api/v1/assemblies/{assembly}/minutes/corrections", "/api/v1/assemblies/ga-2026/minutes/corrections", "{\"correction\":\"x\",\"reason\":\"y\"}", TILLEULS_USER);
    call("GET /api/v1/owners", "/api/v1/owners", null, TILLEULS_USER);
    call("GET /api/v1/owners/{owner}", "/api/v1/owners/o-peeters", null, TILLEULS_USER);
    call("GET /api/v1/owners/{owner}/lots", "/api/v1/owners/o-peeters/lots", null, TILLEULS_USER);
    call("GET /api/v1/owners/{owner}/statement", "/api/v1/owners/o-peeters/statement?asOf=2026-06-30", null, TILLEULS_USER);
    call("POST /api/v1/owners/{owner}/payments", "/api/v1/owners/o-peeters/payments",
        "{\"date\":\"2026-05-02\",\"amount\":\"5.00\"}", TILLEULS_USER);
    call("GET /api/v1/owners/{owner}/personal-data", "/api/v1/owners/o-peeters/personal-data", null, TILLEULS_USER);
    call("DELETE /api/v1/owners/{owner}/personal-data", "/api/v1/owners/o-peeters/personal-data", null, TILLEULS_USER);
    call("GET /api/v1/owners/{owner}/notification-choices", "/api/v1/owners/o-peeters/notification-choices", null,
        TILLEULS_USER);
    call("PUT /api/v1/owners/{owner}/notification-choices/channel",
        "/api/v1/owners/o-peeters/notification-choices/channel", "{\"channel\":\"POST\"}", TILLEULS_USER);
    call("PUT /api/v1/owners/{owner}/notification-choices/language",
        "/api/v1/owners/o-peeters/notification-choices/language", "{\"language\":\"fr\"}", TILLEULS_USER);
    call("POST /api/v1/owners/{owner}/notification-choices/consents",
        "/api/v1/owners/o-peeters/notification-choices/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"x\"}", TILLEULS_USER);
    call("GET /api/v1/members", "/api/v1/members", null, CAILLES_USER);
    call("POST /api/v1/members", "/api/v1/members",
        "{\"id\":\"cross-tenant-member\",\"name\":\"x\",\"rank\":0,\"joinedOn\":\"2026-01-01\"}",
        CAILLES_USER);
    call("GET /api/v1/members/{member}", "/api/v1/members/m-amrani", null, CAILLES_USER);
    call("GET /api/v1/members/{member}/ledger", "/api/v1/members/m-amrani/ledger", null, CAILLES_USER);
    call("POST /api/v1/members/{member}/ledger/dues", "/api/v1/members/m-amrani/ledger/dues", ENTRY, CAILLES_USER);
    call("POST /api/v1/members/{member}/ledger/payments", "/api/v1/members/m-amrani/ledger/payments", ENTRY, CAILLES_USER);
    call("GET /api/v1/members/{member}/personal-data", "/api/v1/members/m-amrani/personal-data", null, CAILLES_USER);
    call("DELETE /api/v1/members/{member}/personal-data", "/api/v1/members/m-amrani/personal-data", null, CAILLES_USER);
    call("GET /api/v1/members/{member}/notification-choices", "/api/v1/members/m-amrani/notification-choices", null,
        CAILLES_USER);
    call("PUT /api/v1/members/{member}/notification-choices/channel",
        "/api/v1/members/m-amrani/notification-choices/channel", "{\"channel\":\"POST\"}", CAILLES_USER);
    call("PUT /api/v1/members/{member}/notification-choices/language",
        "/api/v1/members/m-amrani/notification-choices/language", "{\"language\":\"fr\"}", CAILLES_USER);
    call("POST /api/v1/members/{member}/notification-choices/consents",
        "/api/v1/members/m-amrani/notification-choices/consents",
        "{\"channel\":\"EMAIL\",\"decision\":\"GRANTED\",\"proof\":\"x\"}", CAILLES_USER);
    call("GET /api/v1/ledger/{entry}", "/api/v1/ledger/due-m-devos-2026-01", null, CAILLES_USER);
    call("POST /api/v1/ledger/{entry}/confirmation", "/api/v1/ledger/pay-m-devos-2026-01/confirmation", "{}", CAILLES_USER);
    call("POST /api/v1/ledger/{entry}/rejection", "/api/v1/ledger/pay-m-devos-2026-01/rejection", "{}", CAILLES_USER);
    call("POST /api/v1/ledger/{entry}/reversal", "/api/v1/ledger/pay-m-devos-2026-01/reversal", "{\"reason\":\"x\"}", CAILLES_USER);
    call("GET /api/v1/audit-trail", "/api/v1/audit-trail", null, TILLEULS_USER);
    // the caller's own inbox: nothing of another organisation may appear in it
    call("GET /api/v1/inbox", "/api/v1/inbox", null, TILLEULS_USER);
    call("GET /api/v1/outbox/dead-letters", "/api/v1/outbox/dead-letters", null, TILLEULS_USER);
    call("POST /api/v1/outbox/dead-letters/{message}/replay",
        "/api/v1/outbox/dead-letters/00000000-0000-0000-0000-000000000000/replay", "{}", TILLEULS_USER);
    registry();
    associationBooks();
    community();
    cooperativeGroups();
    assemblyLifecycle();
    bankingAndSale();
    call("GET /api/v1/association/surplus-allocations", "/api/v1/association/surplus-allocations", null, TILLEULS_USER);
    call("POST /api/v1/association/surplus-allocations", "/api/v1/association/surplus-allocations",
        "{\"resolution\":\"cross-tenant\",\"year\":2025,\"revenue\":\"10.00\",\"costs\":[],"
            + "\"members\":1,\"monthlyPrice\":\"5.00\",\"destinations\":[{\"id\":\"a\",\"percent\":\"100\"}]}",
        TILLEULS_USER);
  }

  /** A drafted assembly of the demo building, created before each test ({@link #calls()}). */
  private static final String LIFECYCLE_ASSEMBLY = "cross-tenant-ga";

  /** The assembly lifecycle (docs/http-api.md, "General assemblies: the lifecycle"). */
  private static void assemblyLifecycle() {
    String route = "/api/v1/assemblies/{assembly}";
    String uri = "/api/v1/assemblies/" + LIFECYCLE_ASSEMBLY;
    call("POST /api/v1/buildings/{building}/assemblies", "/api/v1/buildings/residence-tilleuls/assemblies",
        "{\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"x\",\"title\":\"x\",\"majority\":\"ABSOLUTE\"}]}",
        TILLEULS_USER);
    call("POST /api/v1/assemblies", "/api/v1/assemblies",
        "{\"rules\":\"ONE_MEMBER_ONE_VOTE\",\"plannedOn\":\"2026-09-16\",\"members\":[\"m-amrani\"],"
            + "\"items\":[{\"id\":\"x\",\"title\":\"x\",\"majority\":\"ABSOLUTE\"}]}", TILLEULS_USER);
    call("GET " + route + "/meeting", uri + "/meeting", null, TILLEULS_USER);
    call("GET " + route + "/convocation", uri + "/convocation", null, TILLEULS_USER);
    call("POST " + route + "/agenda-items", uri + "/agenda-items",
        "{\"id\":\"y\",\"title\":\"y\",\"majority\":\"ABSOLUTE\"}", TILLEULS_USER);
    call("POST " + route + "/convocation", uri + "/convocation", "{\"convokedOn\":\"2026-08-31\"}", TILLEULS_USER);
    call("POST " + route + "/opening", uri + "/opening",
        "{\"attendance\":[{\"owner\":\"o-peeters\",\"mode\":\"PRESENT\"}]}", TILLEULS_USER);
    call("POST " + route + "/second-session", uri + "/second-session", "{\"plannedOn\":\"2026-10-16\"}", TILLEULS_USER);
    call("POST " + route + "/voting", uri + "/voting", "{}", TILLEULS_USER);
    call("POST " + route + "/resolutions/{resolution}/votes", uri + "/resolutions/x/votes",
        "{\"ballots\":{\"o-peeters\":\"FOR\"}}", TILLEULS_USER);
    call("POST " + route + "/closing", uri + "/closing", "{}", TILLEULS_USER);
    call("POST " + route + "/minutes/publication", uri + "/minutes/publication",
        "{\"publishedOn\":\"2026-09-30\"}", TILLEULS_USER);
  }

  /** Bank statements, their queue, the sale information of a lot and the books (docs/banking.md, accounting.md). */
  private static void bankingAndSale() {
    String route = "/api/v1/buildings/{building}/bank-statements";
    String uri = "/api/v1/buildings/residence-tilleuls/bank-statements";
    // the demo's CODA file sent as text/plain (the only body of the walk that is not JSON): it
    // reads, so only the tenant scoping can refuse it
    String coda;
    try {
      coda = java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "docs", "examples", "statement-tilleuls.coda"),
          java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    call("POST " + route, uri, CODA_BODY + coda, TILLEULS_USER);
    call("GET " + route + "/queue", uri + "/queue", null, TILLEULS_USER);
    call("POST " + route + "/queue/confirmation", uri + "/queue/confirmation", "{\"line\":\"x\"}", TILLEULS_USER);
    call("POST " + route + "/queue/assignment", uri + "/queue/assignment",
        "{\"line\":\"x\",\"owner\":\"o-peeters\"}", TILLEULS_USER);
    call("GET /api/v1/lots/{lot}/sale-information", "/api/v1/lots/A1/sale-information?transferOn=2026-11-16",
        null, TILLEULS_USER);
    String commitments = "/api/v1/buildings/{building}/commitments";
    String demoCommitments = "/api/v1/buildings/residence-tilleuls/commitments";
    call("GET " + commitments, demoCommitments, null, TILLEULS_USER);
    call("POST " + commitments, demoCommitments,
        "{\"commitment\":\"cross-tenant\",\"kind\":\"WORKS\",\"decidedOn\":\"2026-01-01\",\"decidedBy\":\"SYNDIC\","
            + "\"label\":\"x\",\"total\":\"1.00\"}", TILLEULS_USER);
    call("GET " + commitments + "/{commitment}", demoCommitments + "/elevator-doors-2026", null, TILLEULS_USER);
    call("POST " + commitments + "/{commitment}/called", demoCommitments + "/elevator-doors-2026/called",
        "{\"calledOn\":\"2026-12-01\"}", TILLEULS_USER);
    String books = "/api/v1/buildings/{building}/books/{year}";
    String demoBooks = "/api/v1/buildings/residence-tilleuls/books/2025";
    for (String report : new String[] {"/trial-balance", "/income-statement", "/balance-sheet"}) {
      call("GET " + books + report, demoBooks + report, null, TILLEULS_USER);
    }
    call("POST " + books + "/closing", demoBooks + "/closing", "{}", TILLEULS_USER);
    String posting = "/api/v1/buildings/{building}/books";
    String demoPosting = "/api/v1/buildings/residence-tilleuls/books";
    call("POST " + posting + "/calls-for-funds", demoPosting + "/calls-for-funds",
        "{\"entry\":\"x\",\"dueDate\":\"2026-12-01\",\"owner\":\"o-peeters\",\"lot\":\"A1\",\"period\":4,"
            + "\"call\":1,\"workingCapital\":\"1.00\",\"reserve\":\"0.00\"}", TILLEULS_USER);
    call("POST " + posting + "/earlier-payments", demoPosting + "/earlier-payments", "{}", TILLEULS_USER);
    call("POST " + posting + "/expenses", demoPosting + "/expenses",
        "{\"entry\":\"x\",\"date\":\"2026-12-01\",\"label\":\"x\",\"amount\":\"1.00\"}", TILLEULS_USER);
    call("POST " + posting + "/payments", demoPosting + "/payments",
        "{\"entry\":\"x\",\"date\":\"2026-12-01\",\"owner\":\"o-peeters\",\"amount\":\"1.00\"}", TILLEULS_USER);
    call("GET " + posting + "/entries/{entry}", demoPosting + "/entries/call-251-A1", null, TILLEULS_USER);
  }

  /** Marks a body sent as {@code text/plain} rather than JSON (the marker is not sent). */
  private static final String CODA_BODY = "text/plain:";

  /** The register of lots and owners (RegistryController). */
  private static void registry() {
    call("POST /api/v1/buildings/{building}/lots", "/api/v1/buildings/residence-tilleuls/lots",
        "{\"label\":\"x\",\"shares\":1}", TILLEULS_USER);
    call("PUT /api/v1/lots/{lot}/ownership", "/api/v1/lots/A1/ownership",
        "{\"version\":1,\"owners\":[{\"owner\":\"o-peeters\",\"fraction\":\"1\"}]}", TILLEULS_USER);
    call("POST /api/v1/owners", "/api/v1/owners", "{\"name\":\"x\"}", TILLEULS_USER);
    call("PUT /api/v1/owners/{owner}", "/api/v1/owners/o-peeters", "{\"version\":1,\"name\":\"x\"}",
        TILLEULS_USER);
    String budgets = "/api/v1/buildings/residence-tilleuls/budgets";
    String budget = "{\"yearStart\":\"2027-01-01\",\"lines\":[{\"label\":\"x\",\"amount\":\"100.00\"}],"
        + "\"version\":1}";
    call("POST /api/v1/buildings/{building}/budgets", budgets, budget, TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/budgets", budgets, null, TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/budgets/{yearStart}", budgets + "/2026-01-01", null, TILLEULS_USER);
    call("PUT /api/v1/buildings/{building}/budgets/{yearStart}", budgets + "/2026-01-01", budget, TILLEULS_USER);
    call("GET /api/v1/buildings/{building}/budgets/{yearStart}/calls-for-funds",
        budgets + "/2026-01-01/calls-for-funds", null, TILLEULS_USER);
  }

  /** The association's books and price history (AssociationBooksController), of admin@koprogo. */
  private static void associationBooks() {
    String books = "{\"quarter\":\"2031-Q1\",\"members\":[],\"costs\":[],\"version\":1}";
    call("GET /api/v1/association/books", "/api/v1/association/books", null, TILLEULS_USER);
    call("POST /api/v1/association/books", "/api/v1/association/books", books, TILLEULS_USER);
    call("GET /api/v1/association/books/{quarter}", "/api/v1/association/books/2025-Q1", null, TILLEULS_USER);
    call("PUT /api/v1/association/books/{quarter}", "/api/v1/association/books/2025-Q1", books, TILLEULS_USER);
    call("GET /api/v1/association/prices", "/api/v1/association/prices", null, TILLEULS_USER);
    call("POST /api/v1/association/prices", "/api/v1/association/prices",
        "{\"price\":\"5.00\",\"effectiveFrom\":\"2020-01-01\",\"resolution\":\"x\"}", TILLEULS_USER);
    call("POST /api/v1/association/prices/changes", "/api/v1/association/prices/changes",
        "{\"resolution\":\"y\",\"adopted\":true,\"newMonthlyPrice\":\"4.00\","
            + "\"effectiveFrom\":\"2021-01-01\"}", TILLEULS_USER);
  }

  /** The cooperative's groups, project and allocation rounds (docs/http-api.md). */
  private static void cooperativeGroups() {
    String route = "/api/v1/groups/{group}";
    String uri = "/api/v1/groups/cailles-habitat";
    call("GET /api/v1/groups", "/api/v1/groups", null, CAILLES_USER);
    call("POST /api/v1/groups", "/api/v1/groups",
        "{\"id\":\"cross-tenant-group\",\"name\":\"x\",\"fundingThreshold\":\"1.00\"}", CAILLES_USER);
    call("GET " + route, uri, null, CAILLES_USER);
    call("POST " + route + "/members", uri + "/members", "{\"member\":\"m-fontaine\"}", CAILLES_USER);
    call("POST " + route + "/members/{member}/status", uri + "/members/m-amrani/status",
        "{\"status\":\"SUSPENDED\"}", CAILLES_USER);
    call("POST " + route + "/members/{member}/documents", uri + "/members/m-amrani/documents",
        "{\"kind\":\"IDENTITY_DOCUMENT\",\"reference\":\"x\"}", CAILLES_USER);
    call("POST " + route + "/members/{member}/documents/{kind}/acceptance",
        uri + "/members/m-amrani/documents/IDENTITY_DOCUMENT/acceptance", "{}", CAILLES_USER);
    call("POST " + route + "/members/{member}/documents/{kind}/rejection",
        uri + "/members/m-amrani/documents/IDENTITY_DOCUMENT/rejection", "{\"reason\":\"x\"}", CAILLES_USER);
    call("POST " + route + "/minutes", uri + "/minutes", "{\"minutesReference\":\"x\"}", CAILLES_USER);
    call("POST " + route + "/documents", uri + "/documents", "{\"title\":\"x\",\"reference\":\"x\"}", CAILLES_USER);
    call("GET " + route + "/timeline", uri + "/timeline", null, CAILLES_USER);
    call("POST " + route + "/contribution-plan", uri + "/contribution-plan", "{\"reference\":\"x\"}", CAILLES_USER);
    call("POST " + route + "/transitions", uri + "/transitions", "{\"to\":\"ON_HOLD\"}", CAILLES_USER);
    call("POST " + route + "/project", uri + "/project", "{\"id\":\"x\"}", CAILLES_USER);
    call("GET " + route + "/project", uri + "/project", null, CAILLES_USER);
    call("POST " + route + "/project/lots", uri + "/project/lots",
        "{\"id\":\"Z9\",\"type\":\"STUDIO\",\"surface\":\"20\"}", CAILLES_USER);
    call("POST " + route + "/project/milestones", uri + "/project/milestones", "{\"to\":\"ON_HOLD\"}", CAILLES_USER);
    call("POST " + route + "/allocation-rounds", uri + "/allocation-rounds",
        "{\"round\":\"x\",\"cutoff\":\"2026-03-31\"}", CAILLES_USER);
    call("GET " + route + "/allocations", uri + "/allocations", null, CAILLES_USER);
    String proposal = route + "/allocations/{round}/{member}";
    String proposalUri = uri + "/allocations/2026-R1/m-bertrand";
    call("POST " + proposal + "/validation", proposalUri + "/validation",
        "{\"minutesReference\":\"x\",\"decidedOn\":\"2026-04-15\"}", CAILLES_USER);
    call("POST " + proposal + "/rejection", proposalUri + "/rejection", "{\"reason\":\"CONTESTED\"}", CAILLES_USER);
    call("POST " + proposal + "/assignment", proposalUri + "/assignment", "{}", CAILLES_USER);
  }

  /** The community modules of the demo building (docs/community.md). */
  private static void community() {
    String route = "/api/v1/buildings/{buildingId}/community";
    String uri = "/api/v1/buildings/residence-tilleuls/community";
    call("GET " + route, uri, null, TILLEULS_USER);
    call("PUT " + route, uri, "{\"council\":[\"x\"]}", TILLEULS_USER);
    call("PUT " + route + "/modules/{module}", uri + "/modules/NOTICE_BOARD", "{\"on\":true,\"decisionReference\":\"x\"}", TILLEULS_USER);
    call("GET " + route + "/impact", uri + "/impact", null, TILLEULS_USER);
    call("GET /api/v1/community/impact", "/api/v1/community/impact", null, TILLEULS_USER);
    call("GET " + route + "/exchanges", uri + "/exchanges", null, TILLEULS_USER);
    call("GET " + route + "/balances", uri + "/balances", null, TILLEULS_USER);
    call("POST " + route + "/exchanges", uri + "/exchanges", "{\"offer\":true,\"service\":\"x\",\"hours\":\"1\"}", TILLEULS_USER);
    for (String step : new String[] {"accept", "confirm", "cancel"}) {
      call("POST " + route + "/exchanges/{id}/" + step, uri + "/exchanges/x1/" + step, "{}", TILLEULS_USER);
    }
    call("POST " + route + "/exchanges/{id}/rating", uri + "/exchanges/x1/rating", "{\"stars\":5}", TILLEULS_USER);
    call("GET " + route + "/objects", uri + "/objects", null, TILLEULS_USER);
    call("POST " + route + "/objects", uri + "/objects", "{\"description\":\"x\",\"condition\":\"GOOD\"}", TILLEULS_USER);
    call("GET " + route + "/loans", uri + "/loans", null, TILLEULS_USER);
    call("GET " + route + "/loans/reminders", uri + "/loans/reminders", null, TILLEULS_USER);
    call("POST " + route + "/loans", uri + "/loans",
        "{\"object\":\"drill\",\"from\":\"2026-07-01\",\"until\":\"2026-07-02\"}", TILLEULS_USER);
    call("POST " + route + "/loans/{id}/handover", uri + "/loans/l1/handover", "{\"condition\":\"GOOD\"}", TILLEULS_USER);
    call("POST " + route + "/loans/{id}/return", uri + "/loans/l1/return", "{\"condition\":\"GOOD\"}", TILLEULS_USER);
    call("POST " + route + "/loans/{id}/cancel", uri + "/loans/l1/cancel", "{}", TILLEULS_USER);
    call("GET " + route + "/bazaar", uri + "/bazaar", null, TILLEULS_USER);
    call("POST " + route + "/bazaar", uri + "/bazaar", "{\"kind\":\"GIFT\",\"title\":\"x\"}", TILLEULS_USER);
    call("POST " + route + "/bazaar/{id}/{step}", uri + "/bazaar/o1/reserve", "{}", TILLEULS_USER);
    call("GET " + route + "/skills", uri + "/skills", null, TILLEULS_USER);
    call("POST " + route + "/skills", uri + "/skills", "{\"skill\":\"x\",\"consent\":true}", TILLEULS_USER);
    call("POST " + route + "/skills/withdraw-consent", uri + "/skills/withdraw-consent", "{}", TILLEULS_USER);
    call("GET " + route + "/notices", uri + "/notices", null, TILLEULS_USER);
    call("POST " + route + "/notices", uri + "/notices",
        "{\"kind\":\"EVENT\",\"title\":\"x\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}", TILLEULS_USER);
    call("POST " + route + "/notices/{id}/hide", uri + "/notices/n1/hide", "{\"reason\":\"x\"}", TILLEULS_USER);
  }

  private static void call(String route, String uri, String body, String caller) {
    CALLS.put(route, new String[] {uri, body, caller});
  }

  @Inject
  @Client("/")
  HttpClient client;

  @Inject
  Router router;

  @Inject
  Inboxes inboxes;

  HttpCalls calls;

  @BeforeEach
  void calls() {
    calls = new HttpCalls(client.toBlocking());
    calls.postJson("/api/v1/buildings/residence-tilleuls/assemblies", "{\"id\":\"" + LIFECYCLE_ASSEMBLY
        + "\",\"plannedOn\":\"2026-09-16\",\"items\":[{\"id\":\"x\",\"title\":\"x\",\"majority\":\"ABSOLUTE\"}]}",
        DemoLogins.token(calls, "syndic@tilleuls"));
  }

  @Test
  void coversEveryEndpointOfTheApi() {
    Set<String> routes =
        router.uriRoutes()
            .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
            .filter(r -> r.contains(" /api/v1") && !r.startsWith("HEAD "))
            .collect(Collectors.toCollection(TreeSet::new));
    routes.removeAll(NOT_TENANT_SCOPED);

    assertThat(new TreeSet<>(CALLS.keySet())).isEqualTo(routes);
  }

  @TestFactory
  Stream<DynamicTest> anotherOrganisationsUserGetsOnly403Or404AndSeesNothingOfIt() {
    return CALLS.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getValue()[2] + " " + e.getKey(), () -> {
          String[] call = e.getValue();
          String method = e.getKey().substring(0, e.getKey().indexOf(' '));
          boolean withId = e.getKey().contains("{");
          Answer answer = calls.exchange(request(method, call[0], call[1], DemoLogins.token(calls, call[2])));

          if (withId) {
            assertThat(answer.status()).as(answer.body()).isIn(403, 404);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
          } else {
            assertThat(answer.status()).as(answer.body()).isIn(200, 201, 403);
          }
          String other = TILLEULS_USER.equals(call[2]) ? "Peeters" : "Amrani";
          assertThat(answer.body()).doesNotContain(other);
        }));
  }

  @TestFactory
  Stream<DynamicTest> aUserWithANarrowerRoleOfAnotherOrganisationIsRefusedToo() {
    return CALLS.entrySet().stream()
        .filter(e -> e.getKey().contains("{") && TILLEULS_USER.equals(e.getValue()[2]))
        .map(e -> DynamicTest.dynamicTest("member@cailles " + e.getKey(), () -> {
          String[] call = e.getValue();
          String method = e.getKey().substring(0, e.getKey().indexOf(' '));
          Answer answer = calls.exchange(
              request(method, call[0], call[1], DemoLogins.token(calls, "member@cailles")));

          assertThat(answer.status()).as(answer.body()).isIn(403, 404);
          assertThat(answer.body()).doesNotContain("Peeters");
        }));
  }

  @Test
  void theSameIdsAreReadableInsideTheirOwnOrganisation() {
    String admin = DemoLogins.token(calls, "admin@tilleuls");

    assertThat(calls.get("/api/v1/owners/o-peeters", admin).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/expenses/roof-2026", admin).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/assemblies/" + LIFECYCLE_ASSEMBLY + "/meeting", admin).status()).isEqualTo(200);
    assertThat(calls.get("/api/v1/members/m-amrani", DemoLogins.token(calls, "admin@cailles")).status())
        .isEqualTo(200);
  }

  @Test
  void anInboxShowsNothingDeliveredInAnotherOrganisationToTheSamePersonId() {
    String id = java.util.UUID.randomUUID().toString();
    inboxes.deliver(new InboxMessage(OrganisationId.of(DemoData.CAILLES), OutboxMessageId.of(id), "o-dupont",
        "in-app", "TEST_NOTICE", "{\"about\":\"Amrani\"}", java.time.Instant.parse("2999-01-01T00:00:00Z")));

    Answer inbox = calls.get("/api/v1/inbox?limit=200", DemoLogins.token(calls, "owner@tilleuls"));
    Answer forgedCursor = calls.get("/api/v1/inbox?after=" + id, DemoLogins.token(calls, "owner@tilleuls"));

    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    assertThat(inbox.body()).doesNotContain(id, "Amrani");
    assertThat(forgedCursor.status()).isEqualTo(422);
    assertThat(forgedCursor.body()).doesNotContain("Amrani");
  }

  private static MutableHttpRequest<?> request(String method, String uri, String body, String token) {
    MutableHttpRequest<?> request =
        body == null
            ? HttpRequest.create(HttpMethod.valueOf(method), uri)
            : body.startsWith(CODA_BODY)
                ? HttpRequest.create(HttpMethod.valueOf(method), uri).body(body.substring(CODA_BODY.length()))
                    .contentType("text/plain")
                : HttpRequest.create(HttpMethod.valueOf(method), uri).body(body).contentType("application/json");
    return request.bearerAuth(token);
  }
}
