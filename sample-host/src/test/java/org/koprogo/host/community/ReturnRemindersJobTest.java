/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import org.junit.jupiter.api.Test;
import org.koprogo.host.DemoLogins;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.host.outbox.OutboxWorker;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.community.JdbcCommunityBuildings;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.CommunitySettings;
import org.koprogo.domain.community.NeighbourId;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.community.CommunityBuilding;

/**
 * The daily job, switched on for this test (its schedule set to a far-off date so that only the
 * test runs it): a loan due back in two days gets one reminder in the outbox, however many runs.
 */
@MicronautTest
@Property(name = "koprogo.community.return-reminders.enabled", value = "true")
@Property(name = "koprogo.community.return-reminders.cron", value = "0 0 3 1 1 *")
class ReturnRemindersJobTest {
  private static final OrganisationId ORG = OrganisationId.of("org-return-reminders-job");
  private static final NeighbourId OWNER = NeighbourId.of("o-owner");
  private static final NeighbourId BORROWER = NeighbourId.of("o-borrower");

  @Inject ReturnRemindersJob job;
  @Inject OutboxWorker worker;
  @Inject
  @Client("/")
  HttpClient client;
  @Inject OutPorts ports;
  @Inject JdbcStore store;
  @Inject DataSource dataSource;

  @Test
  void enqueuesADueReminderOnceHoweverManyRuns() throws SQLException {
    ports.organisations().add(new Organisation(ORG, "Résidence des rappels", Organisation.Kind.CO_OWNERSHIP, 0));
    LocalDate today = ports.clock().today();
    JdbcCommunityBuildings.storeOn(store).buildings().add(lendingWithLoanDueOn(today.plusDays(2)));

    ReturnReminderQueue.Run first = job.runOnce();
    ReturnReminderQueue.Run second = job.runOnce();

    assertThat(first.enqueued()).isGreaterThanOrEqualTo(1);
    assertThat(second.enqueued()).isZero();
    assertThat(remindersOf(ORG)).containsExactly("loan:l1:return-reminder:2 -> o-borrower");
  }

  @Test
  void theOutboxWorkerDeliversTheReminderToTheBorrowersInAppInboxInsteadOfDeadLetteringIt() throws SQLException {
    OrganisationId tilleuls = OrganisationId.of("demo-tilleuls");
    NeighbourId dupont = NeighbourId.of("o-dupont");
    LocalDate today = ports.clock().today();
    JdbcCommunityBuildings.storeOn(store).buildings()
        .add(lendingWithLoanDueOn(tilleuls, "B-inbox-" + System.nanoTime(), dupont, "l-inbox", today));
    job.runOnce();

    worker.runOnce();

    assertThat(statusesOf(tilleuls, "loan:l-inbox:return-reminder:0")).containsExactly("SENT");
    HttpCalls calls = new HttpCalls(client.toBlocking());
    Answer inbox = calls.get("/api/v1/inbox", DemoLogins.token(calls, "owner@tilleuls"));
    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
    assertThat(inbox.body()).contains("community_return_reminder", "\\\"loan\\\":\\\"l-inbox\\\"");
    assertThat(inbox.json().path("messages").get(0).path("channel").asText()).isEqualTo("community");
    Answer someoneElse = calls.get("/api/v1/inbox", DemoLogins.token(calls, "syndic@tilleuls"));
    assertThat(someoneElse.body()).doesNotContain("l-inbox");
  }

  private static CommunityBuilding lendingWithLoanDueOn(LocalDate until) {
    return lendingWithLoanDueOn(ORG, "B-reminders", BORROWER, "l1", until);
  }

  private static CommunityBuilding lendingWithLoanDueOn(OrganisationId org, String building, NeighbourId borrower,
      String loan, LocalDate until) {
    CommunitySettings settings =
        new CommunitySettings(BuildingId.of(building), Set.of(OWNER), EnumSet.of(CommunityModule.OBJECT_LENDING));
    CommunityBuilding empty = CommunityBuilding.empty(org, settings, Set.of(OWNER, borrower), null, Duration.ofDays(30));
    List<Loan> loans = new ArrayList<>();
    loans.add(new Loan(loan, "ladder", borrower, until.minusDays(5), until, LoanStatus.HANDED_OVER, Condition.GOOD, null));
    return new CommunityBuilding(
        org, settings, empty.neighbours(), empty.floor(), empty.bazaarLifetime(), List.of(),
        List.of(new LendableObject("ladder", OWNER, "Ladder, 3 m", Condition.GOOD, null)), loans, List.of(), List.of(),
        List.of(), 0);
  }

  private List<String> statusesOf(OrganisationId organisation, String event) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "select status from outbox_messages where organisation_id = ? and kind = ? and logical_event = ?")) {
      ps.setString(1, organisation.value());
      ps.setString(2, ReturnReminderQueue.KIND);
      ps.setString(3, event);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1));
        }
      }
    }
    return result;
  }

  private List<String> remindersOf(OrganisationId organisation) throws SQLException {
    List<String> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "select logical_event, recipient from outbox_messages where organisation_id = ? and kind = ?")) {
      ps.setString(1, organisation.value());
      ps.setString(2, ReturnReminderQueue.KIND);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(rs.getString(1) + " -> " + rs.getString(2));
        }
      }
    }
    return result;
  }
}
