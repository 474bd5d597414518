/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.application.RetrySchedule;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;

/**
 * A backlog of in-app messages drains on PostgreSQL in one worker tick, through the claim along
 * the partial index, delivering into the inboxes like the host's in-app channel (a batch's
 * deliveries and outcomes in one transaction, as the host's worker does). The size is
 * {@code -Dkoprogo.outbox.backlog} (default 1,000, kept small for the suite; the figure in
 * docs/performance.md is from 100,000); the rate is printed.
 */
class PostgresOutboxDrainTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final OrganisationId ACME = OrganisationId.of("acme");

  @Test
  void aBacklogOfInAppMessagesDrainsInOneTick() throws Exception {
    int backlog = Integer.getInteger("koprogo.outbox.backlog", 1_000);
    ManualClock clock = ManualClock.at(T0);
    DATABASE.freshPorts(clock);
    JdbcStore store = new JdbcStore(DATABASE.dataSource(), clock);
    try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("truncate table inbox_messages");
    }
    JdbcInboxes inboxes = new JdbcInboxes(store);
    enqueue(backlog, 40_000);
    OutboxRelay relay = new OutboxRelay(store.outbox(), clock,
        m -> {
          inboxes.deliver(new InboxMessage(m.organisation(), m.id(), m.recipient(), m.channel(), m.key().kind(),
              m.payload(), clock.now()));
          return new OutboxRelay.Outcome.Sent("in-app:" + m.id().value());
        },
        RetrySchedule.standard(), "worker-1", 100, Duration.ofSeconds(60))
        .withBatchTransactions(store.transactions(), java.util.Set.of("in-app"));

    long start = System.nanoTime();
    OutboxRelay.Report report = relay.drain(backlog);
    long millis = Math.max(1, Duration.ofNanos(System.nanoTime() - start).toMillis());

    System.out.printf("outbox drain: %,d in-app messages in %,d ms, %,d messages/s%n",
        report.sent(), millis, report.sent() * 1000L / millis);
    assertThat(report.sent()).isEqualTo(backlog);
    assertThat(count("select count(*) from outbox_messages where status = 'PENDING'")).isZero();
    assertThat(count("select count(*) from inbox_messages")).isEqualTo(backlog);
  }

  @Test
  void theClaimReadsThePendingIndexNotTheBacklog() throws Exception {
    ManualClock clock = ManualClock.at(T0);
    DATABASE.freshPorts(clock);
    enqueue(2_000, 2_000);
    try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("analyze outbox_messages");
      String plan = explain(s, "explain select message_id from outbox_messages where status = 'PENDING'"
          + " and available_at <= now() and (expires_at is null or expires_at > now()) and channel not in ('whatsapp')"
          + " order by available_at, created_at, message_id limit 100 for update skip locked");
      String expiry = explain(s, "explain update outbox_messages set status = 'EXPIRED' where status in ('PENDING', 'CLAIMED')"
          + " and expires_at is not null and expires_at <= now() and (status = 'PENDING' or lease_until <= now())");

      assertThat(plan).contains("outbox_messages_pending").doesNotContain("Sort");
      assertThat(expiry).contains("outbox_messages_expiring");
    }
  }

  private static String explain(Statement s, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
    }
    return plan.toString();
  }

  /** {@code pending} due in-app messages after {@code sent} already sent ones (a set-up, in batches). */
  private static void enqueue(int pending, int sent) throws Exception {
    try (Connection c = DATABASE.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "insert into outbox_messages (message_id, organisation_id, kind, entity, logical_event, channel,"
                + " recipient, payload, status, attempts, created_at, available_at, expires_at)"
                + " values (?, ?, 'coop_notice', ?, 'posted', 'in-app', ?, '{\"notice\":\"n\"}', ?, 0, ?, ?, ?)")) {
      c.setAutoCommit(false);
      List<String> statuses = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        statuses.add("SENT");
      }
      for (int i = 0; i < pending; i++) {
        statuses.add("PENDING");
      }
      int i = 0;
      for (String status : statuses) {
        Timestamp at = Timestamp.from(T0.minusSeconds(100_000 - (i % 100_000)));
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, ACME.value());
        insert.setString(3, "notice-" + i);
        insert.setString(4, "M-" + (i % 1_500));
        insert.setString(5, status);
        insert.setTimestamp(6, at);
        insert.setTimestamp(7, at);
        insert.setTimestamp(8, i % 3 == 0 ? Timestamp.from(T0.plus(Duration.ofDays(30))) : null);
        insert.addBatch();
        if (++i % 1_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      c.commit();
    }
  }

  private static long count(String sql) throws Exception {
    try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
