/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.TUESDAY_MORNING;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;

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
    DispatchInstance a = new DispatchInstance("instance-a", data, clock, api, true, 2, Harness.testPolicy().messagesPerSecond());
    DispatchInstance b = new DispatchInstance("instance-b", data, clock, api, true, 2, Harness.testPolicy().messagesPerSecond());
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
    DispatchInstance a = new DispatchInstance("instance-a", data, clock, api, true, 2, Harness.testPolicy().messagesPerSecond());
    DispatchInstance b = new DispatchInstance("instance-b", data, clock, api, false, 2, Harness.testPolicy().messagesPerSecond());
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
    return DispatchInstance.database(which, "pause", closing);
  }

  private void enqueue(DispatchInstance instance) {
    for (int i = 0; i < MESSAGES; i++) {
      Recipient owner = recipient("owner-" + i, String.format("+324710%05d", i), Language.FRENCH);
      instance.consents.record(ConsentRecord.optIn(owner.person(), Channel.WHATSAPP,
          clock.now().minusSeconds(86_400), "signed paper form, ref. " + owner.person()));
      instance.notifications.notify(callForFunds(owner, "call-pause"));
    }
  }

  private static List<Message> all(DispatchInstance instance) throws Exception {
    return instance.messages("message_id");
  }
}
