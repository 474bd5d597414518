/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.ACP;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.TUESDAY_MORNING;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koprogo.adapters.jdbc.JdbcMigrations;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.RecordedAlerts;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * Issue 20, finding 17: the sending number's pause after a 130429 holds across instances. Two
 * dispatchers (two processes: each its own store, journal and pace) on one database, H2 and the
 * real PostgreSQL: the first is answered 130429, and the second, which claimed other messages of
 * the same number, sends none of them before the pause ends, since it reads the pause from
 * {@code notification_sending_pauses} before each send. Without the shared pauses it would send
 * through the pause (the control case).
 */
class SharedPauseTest {
  private static final int MESSAGES = 4;

  private final List<AutoCloseable> closing = new ArrayList<>();
  private FakeClock clock;
  private FakeCloudApi api;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aPauseRecordedByOneInstanceHoldsTheOther(String database) throws Exception {
    DataSource data = database(database);
    Instance a = new Instance("instance-a", data, true);
    Instance b = new Instance("instance-b", data, true);
    enqueue(a);
    api.then(new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached"));

    a.dispatcher.dispatchOnce(); // the first request is refused: the number pauses for 60 s
    b.dispatcher.dispatchOnce(); // the other instance claims the rest, and waits too

    assertThat(api.requests()).hasSize(1);
    assertThat(all(a)).extracting(Message::status).containsOnly(Status.PENDING);
    assertThat(all(a)).filteredOn(m -> m.attempts() > 0).hasSize(MESSAGES)
        .allSatisfy(m -> assertThat(m.lastError()).containsAnyOf("130429", "paused after a throughput limit"));
    assertThat(new JdbcSendingPauses(b.store).pausedUntil(Channel.WHATSAPP, FakeCloudApi.PHONE_NUMBER_ID, clock.now()))
        .contains(TUESDAY_MORNING.plus(Duration.ofSeconds(60)));

    clock.advance(Duration.ofSeconds(61));
    b.dispatcher.drain(5);
    a.dispatcher.drain(5);

    assertThat(all(a)).extracting(Message::status).containsOnly(Status.SENT);
    assertThat(api.acceptedByCallback()).hasSize(MESSAGES).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    assertThat(api.requests()).hasSize(MESSAGES + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void withoutSharedPausesTheOtherInstanceSendsThroughThePause(String database) throws Exception {
    DataSource data = database(database);
    Instance a = new Instance("instance-a", data, true);
    Instance b = new Instance("instance-b", data, false);
    enqueue(a);
    api.then(new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached"));

    a.dispatcher.dispatchOnce();
    b.dispatcher.dispatchOnce();

    assertThat(api.requests()).hasSizeGreaterThan(1); // why the pause must be shared
  }

  private DataSource database(String which) throws Exception {
    clock = new FakeClock(TUESDAY_MORNING);
    api = new FakeCloudApi();
    closing.add(api);
    if (which.equals("postgres")) {
      TestPostgres postgres = new TestPostgres();
      closing.add(postgres);
      return postgres.dataSource();
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:pause-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    config.setMaximumPoolSize(4);
    HikariDataSource h2 = new HikariDataSource(config);
    closing.add(h2); // the in-memory database goes with the pool's last connection
    JdbcMigrations.migrate(h2);
    return h2;
  }

  private void enqueue(Instance instance) {
    for (int i = 0; i < MESSAGES; i++) {
      Recipient owner = recipient("owner-" + i, String.format("+324710%05d", i), Language.FRENCH);
      instance.consents.record(ConsentRecord.optIn(owner.person(), Channel.WHATSAPP,
          clock.now().minusSeconds(86_400), "signed paper form, ref. " + owner.person()));
      instance.notifications.notify(callForFunds(owner, "call-pause"));
    }
  }

  private List<Message> all(Instance instance) throws Exception {
    List<Message> all = new ArrayList<>();
    try (Connection c = instance.data.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select message_id from outbox_messages order by message_id")) {
      while (rs.next()) {
        all.add(instance.store.outbox().find(ACP, OutboxMessageId.of(rs.getString(1))).orElseThrow());
      }
    }
    return all;
  }

  /** One host instance: its own store, journal, consents, pace and dispatcher; batches of 2. */
  private final class Instance {
    final DataSource data;
    final JdbcStore store;
    final JdbcConsents consents;
    final WhatsAppNotifications notifications;
    final WhatsAppDispatcher dispatcher;

    Instance(String name, DataSource data, boolean sharedPauses) {
      this.data = data;
      store = new JdbcStore(data, clock);
      consents = new JdbcConsents(store, ACP);
      notifications = new WhatsAppNotifications(store.outbox(), consents, TemplateLanguages.allFour(), clock);
      DispatchPolicy d = Harness.testPolicy();
      DispatchPolicy policy = new DispatchPolicy(2, d.lease(), d.messagesPerSecond(), d.maxAttempts(),
          d.retryBase(), d.rateLimitBase(), d.retryCap(), d.statusWait(), d.maxResendsAfterUnknown(),
          d.quietHours());
      SendingPauses pauses = sharedPauses ? new JdbcSendingPauses(store) : SendingPauses.none();
      WhatsAppCloudApi client = new WhatsAppCloudApi(api.config(),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(10));
      SendingNumber number = new SendingNumber(client,
          new SendingPace(policy.messagesPerSecond(), clock, clock, pauses, FakeCloudApi.PHONE_NUMBER_ID));
      dispatcher = new WhatsAppDispatcher(store.outbox(), SendingNumbers.single(number),
          new JdbcDeliveryJournal(store), consents, new RecordedAlerts(), policy, clock, name);
    }
  }
}
