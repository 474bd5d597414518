/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.ACP;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.RecordedAlerts;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * One host instance of the WhatsApp dispatch on a database shared with others (a process of its
 * own: its store, journal, consents, pace and dispatcher), for the tests of what holds across
 * instances (SharedPauseTest, SharedGuardsTest).
 */
final class DispatchInstance {
  final DataSource data;
  final JdbcStore store;
  final JdbcConsents consents;
  final WhatsAppNotifications notifications;
  final WhatsAppDispatcher dispatcher;

  /**
   * An instance.
   *
   * @param shared whether its pauses, spacing and recipient guards are the database's
   *     ({@link JdbcSendingPauses}) or its own ({@link SendingPauses#none()}: the control cases)
   * @param batch the messages it claims at a time
   * @param messagesPerSecond the sending number's spacing
   */
  DispatchInstance(String name, DataSource data, FakeClock clock, FakeCloudApi api, boolean shared, int batch,
      int messagesPerSecond) {
    this.data = data;
    store = new JdbcStore(data, clock);
    consents = new JdbcConsents(store, ACP);
    notifications = new WhatsAppNotifications(store.outbox(), consents, TemplateLanguages.allFour(), clock);
    DispatchPolicy d = Harness.testPolicy();
    DispatchPolicy policy = new DispatchPolicy(batch, d.lease(), messagesPerSecond, d.maxAttempts(),
        d.retryBase(), d.rateLimitBase(), d.retryCap(), d.statusWait(), d.maxResendsAfterUnknown(),
        d.quietHours());
    SendingPauses pauses = shared ? new JdbcSendingPauses(store) : SendingPauses.none();
    WhatsAppCloudApi client = new WhatsAppCloudApi(api.config(),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(10));
    SendingNumber number = new SendingNumber(client,
        new SendingPace(policy.messagesPerSecond(), clock, clock, pauses, FakeCloudApi.PHONE_NUMBER_ID));
    dispatcher = new WhatsAppDispatcher(store.outbox(), SendingNumbers.single(number),
        new JdbcDeliveryJournal(store), consents, new RecordedAlerts(), policy, clock, name);
  }

  /**
   * Every message of the shared outbox, as this instance reads it.
   *
   * @param order the SQL order of the rows ({@code message_id}, {@code created_at, message_id})
   */
  List<Message> messages(String order) throws Exception {
    List<Message> all = new ArrayList<>();
    try (Connection c = data.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select message_id from outbox_messages order by " + order)) {
      while (rs.next()) {
        all.add(store.outbox().find(ACP, OutboxMessageId.of(rs.getString(1))).orElseThrow());
      }
    }
    return all;
  }

  /**
   * The shared database: the real PostgreSQL, or a migrated H2 in memory of its own.
   *
   * @param which {@code postgres} or {@code h2}
   * @param name the H2 database's name prefix
   * @param closing where what must be closed after the test goes
   */
  static DataSource database(String which, String name, List<AutoCloseable> closing) throws Exception {
    if (which.equals("postgres")) {
      TestPostgres postgres = new TestPostgres();
      closing.add(postgres);
      return postgres.dataSource();
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    config.setMaximumPoolSize(4);
    HikariDataSource h2 = new HikariDataSource(config);
    closing.add(h2); // the in-memory database goes with the pool's last connection
    JdbcMigrations.migrate(h2);
    return h2;
  }
}
