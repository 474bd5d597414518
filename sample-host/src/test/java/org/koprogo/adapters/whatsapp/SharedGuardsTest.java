/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.TUESDAY_MORNING;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcSendingPauses;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Accept;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;
import org.koprogo.ports.out.notification.SendingPauses;

/**
 * Issue 20, finding 17: the spacing of a sending number (so many requests per second) and its
 * per-recipient guards (one request in flight to a recipient; a recipient held after a 131056)
 * hold across instances. Two dispatchers (two processes: each its own store, journal and pace)
 * on one database, H2 and the real PostgreSQL, read and take them from {@code
 * notification_sending_slots} and {@code notification_recipient_guards}; without the shared store
 * (the control cases) each instance keeps its own, and together they break them.
 */
class SharedGuardsTest {
  private static final String ONE_RECIPIENT = "+32471000099";

  private final List<AutoCloseable> closing = new ArrayList<>();
  private FakeClock clock;
  private FakeCloudApi api;
  private final List<Instant> sentAt = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void twoInstancesTogetherKeepTheNumbersSpacing(String database) throws Exception {
    DataSource data = database(database);
    DispatchInstance a = new DispatchInstance("instance-a", data, clock, api, true, 2, 1);
    DispatchInstance b = new DispatchInstance("instance-b", data, clock, api, true, 2, 1);
    enqueue(a, 4, false);

    a.dispatcher.dispatchOnce(); // two messages, one second apart
    b.dispatcher.dispatchOnce(); // the other two: after a's slots, not beside them

    assertThat(all(a)).extracting(Message::status).containsOnly(Status.SENT);
    assertThat(sentAt).hasSize(4);
    for (int i = 1; i < sentAt.size(); i++) {
      assertThat(Duration.between(sentAt.get(i - 1), sentAt.get(i)))
          .as("spacing between requests %d and %d (one per second for the number)", i - 1, i)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void withoutTheSharedStoreTwoInstancesSendFasterThanTheNumberAllows(String database) throws Exception {
    DataSource data = database(database);
    DispatchInstance a = new DispatchInstance("instance-a", data, clock, api, false, 2, 1);
    DispatchInstance b = new DispatchInstance("instance-b", data, clock, api, false, 2, 1);
    enqueue(a, 4, false);

    a.dispatcher.dispatchOnce();
    b.dispatcher.dispatchOnce();

    assertThat(sentAt).hasSize(4);
    assertThat(sentAt.get(2)).isEqualTo(sentAt.get(1)); // why the slots must be shared
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRecipientHeldByOneInstanceAfterA131056IsHeldByTheOther(String database) throws Exception {
    DataSource data = database(database);
    DispatchInstance a = new DispatchInstance("instance-a", data, clock, api, true, 1, 1);
    DispatchInstance b = new DispatchInstance("instance-b", data, clock, api, true, 1, 1);
    enqueue(a, 2, true); // two messages to one recipient
    api.then(new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Too many messages"));

    a.dispatcher.dispatchOnce(); // refused: the recipient is held
    b.dispatcher.dispatchOnce(); // the other message to the same recipient waits

    assertThat(api.requests()).hasSize(1);
    assertThat(all(a)).extracting(Message::status).containsOnly(Status.PENDING);
    assertThat(all(a)).allSatisfy(m -> assertThat(m.lastError()).containsIgnoringCase("pair rate limit"));

    clock.advance(Duration.ofMinutes(30));
    b.dispatcher.drain(5);
    a.dispatcher.drain(5);
    assertThat(all(a)).extracting(Message::status).containsOnly(Status.SENT);
    assertThat(api.requests()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void oneRequestInFlightPerRecipientAcrossInstances(String database) throws Exception {
    DataSource data = database(database);
    SendingPace a = pace(data, true);
    SendingPace b = pace(data, true);

    assertThat(a.tryAcquire(ONE_RECIPIENT)).isTrue();
    assertThat(b.tryAcquire(ONE_RECIPIENT)).as("in flight in the other instance").isFalse();
    assertThat(b.tryAcquire("+32471000098")).as("another recipient").isTrue();
    a.release(ONE_RECIPIENT);
    assertThat(b.tryAcquire(ONE_RECIPIENT)).isTrue();
    // b dies with its request in flight: its turn ends after the limit
    assertThat(a.tryAcquire(ONE_RECIPIENT)).isFalse();
    clock.advance(SendingPace.IN_FLIGHT_LIMIT);
    assertThat(a.tryAcquire(ONE_RECIPIENT)).isTrue();
    a.release(ONE_RECIPIENT);

    SendingPace alone = pace(data, false);
    SendingPace other = pace(data, false);
    assertThat(alone.tryAcquire("+32471000097")).isTrue();
    assertThat(other.tryAcquire("+32471000097")).as("without the shared store: the control case").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void theStoreKeepsNoPhoneNumber(String database) throws Exception {
    DataSource data = database(database);
    SendingPace a = pace(data, true);
    a.holdRecipient(ONE_RECIPIENT, clock.now().plusSeconds(60));
    assertThat(a.tryAcquire("+32471000098")).isTrue();
    try (Connection c = data.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select recipient from notification_recipient_guards")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        assertThat(rs.getString(1)).hasSize(64).doesNotContain("32471");
      }
      assertThat(rows).isEqualTo(2);
    }
    a.release("+32471000098");
    try (Connection c = data.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select count(*) from notification_recipient_guards")) {
      rs.next();
      assertThat(rs.getInt(1)).as("a finished request leaves no row; a hold stays").isEqualTo(1);
    }
  }

  private SendingPace pace(DataSource data, boolean shared) {
    JdbcStore store = new JdbcStore(data, clock);
    SendingPauses pauses = shared ? new JdbcSendingPauses(store) : SendingPauses.none();
    return new SendingPace(1, clock, clock, pauses, FakeCloudApi.PHONE_NUMBER_ID);
  }

  private DataSource database(String which) throws Exception {
    clock = new FakeClock(TUESDAY_MORNING);
    api = new FakeCloudApi();
    api.otherwise(request -> {
      sentAt.add(clock.now());
      return new Accept();
    });
    closing.add(api);
    return DispatchInstance.database(which, "guards", closing);
  }

  private void enqueue(DispatchInstance instance, int messages, boolean sameRecipient) {
    for (int i = 0; i < messages; i++) {
      Recipient owner = sameRecipient ? recipient("owner-same", ONE_RECIPIENT, Language.FRENCH)
          : recipient("owner-" + i, String.format("+324710%05d", i), Language.FRENCH);
      instance.consents.record(ConsentRecord.optIn(owner.person(), Channel.WHATSAPP,
          clock.now().minusSeconds(86_400), "signed paper form, ref. " + owner.person()));
      instance.notifications.notify(callForFunds(owner, "call-guards-" + i));
    }
  }

  private static List<Message> all(DispatchInstance instance) throws Exception {
    return instance.messages("created_at, message_id");
  }
}
