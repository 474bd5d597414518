/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.ACP;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.APP_SECRET;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.TUESDAY_MORNING;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.VERIFY_TOKEN;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcConsents;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Accept;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptedMessage;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Behaviour;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;
import org.koprogo.adapters.whatsapp.FakeCloudApi.StatusEvent;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.RecordedAlerts;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.NotifyOutcome;
import org.koprogo.ports.out.notification.Recipient;

/**
 * The host's WhatsApp wiring end to end on the real PostgreSQL: the dispatcher on the JDBC outbox,
 * the JDBC delivery journal and consent register, the webhook, and a local fake Cloud API failing
 * 30% of requests at random (seeded). Every notification ends delivered, failed or dead-lettered
 * with a reason; none is lost; the Cloud API accepts none twice; and two dispatchers (two
 * processes: each its own store, journal and sending number) running at the same time on the
 * same database never send the same row twice; the same holds when an instance dies between Meta's
 * acceptance and the outbox update and another takes over. Lives in the adapter's package to reuse its
 * test fakes (the adapter's test-jar).
 */
class HostJdbcDispatchReliabilityTest {
  private static final int OWNERS = 12;
  private static final int CALLS = 3;
  private static TestPostgres database;

  private FakeClock clock;
  private FakeCloudApi api;
  private final Set<String> reported = new HashSet<>();
  private final Set<String> unreachable = new HashSet<>();
  private final WebhookSignature signature = new WebhookSignature(APP_SECRET);

  @BeforeAll
  static void startDatabase() throws SQLException {
    database = new TestPostgres();
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    database.close();
  }

  @BeforeEach
  void emptyTables() throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of("notification_attempts", "notification_receipts", "notification_deliveries",
          "notification_consents", "outbox_messages")) {
        s.executeUpdate("delete from " + table);
      }
    }
    clock = new FakeClock(TUESDAY_MORNING);
  }

  @Test
  void endsEveryNotificationAndSendsNoneTwiceWhenAThirdOfRequestsFail() throws Exception {
    try (FakeCloudApi fake = new FakeCloudApi()) {
      api = fake;
      Random random = new Random(20261121L);
      api.otherwise(request -> flaky(random));
      Process process = new Process("instance-1", smallBatches());
      int intended = enqueueAll(process, random);

      runToTheEnd(process, random);

      assertEveryNotificationEnded(process.store.outbox(), intended);
    }
  }

  @Test
  void twoDispatchersOnTheSameDatabaseNeverSendTheSameRowTwice() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (FakeCloudApi fake = new FakeCloudApi()) {
      api = fake;
      Random random = new Random(777L);
      api.otherwise(request -> flakySynchronized(random));
      Process one = new Process("instance-1", smallBatches());
      Process two = new Process("instance-2", smallBatches());
      int intended = enqueueAll(one, random);

      int claimedByOne = 0;
      int claimedByTwo = 0;
      for (int round = 0; round < 400 && !settled(one.store.outbox()); round++) {
        Future<Integer> a = threads.submit(() -> one.dispatcher.drain(20));
        Future<Integer> b = threads.submit(() -> two.dispatcher.drain(20));
        claimedByOne += a.get(60, TimeUnit.SECONDS);
        claimedByTwo += b.get(60, TimeUnit.SECONDS);
        if (random.nextInt(3) > 0) {
          deliverWebhooks(random.nextBoolean() ? one.webhook : two.webhook, random);
        }
        advanceToNextDue(one, random);
      }
      deliverWebhooks(two.webhook, random);

      assertEveryNotificationEnded(two.store.outbox(), intended);
      assertThat(claimedByOne + claimedByTwo).isGreaterThanOrEqualTo(intended);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void keepsTheGuaranteesWhenAnInstanceDiesBetweenAcceptanceAndTheOutboxUpdate() throws Exception {
    try (FakeCloudApi fake = new FakeCloudApi()) {
      api = fake;
      Random random = new Random(424242L);
      api.otherwise(request -> flaky(random));
      Process dying = new Process("instance-1", smallBatches(), outbox -> new DyingOutbox(outbox, 7));
      int intended = enqueueAll(dying, random);

      boolean died = false;
      try {
        runToTheEnd(dying, random);
      } catch (ProcessDied expected) {
        died = true;
      }
      clock.advance(smallBatches().lease());
      Process restarted = new Process("instance-2", smallBatches());
      runToTheEnd(restarted, random);

      assertThat(died).isTrue();
      assertEveryNotificationEnded(restarted.store.outbox(), intended);
    }
  }

  private void runToTheEnd(Process process, Random random) throws Exception {
    for (int round = 0; round < 400 && !settled(process.store.outbox()); round++) {
      process.dispatcher.drain(20);
      if (random.nextInt(3) > 0) {
        deliverWebhooks(process.webhook, random);
      }
      advanceToNextDue(process, random);
    }
    deliverWebhooks(process.webhook, random);
  }

  /** The process dying: thrown out of the dispatcher, as a kill would stop it. */
  static final class ProcessDied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProcessDied() {
      super("process died", null, false, false);
    }
  }

  /** An outbox through which the process dies at its n-th markSent: after Meta accepted, before the row says so. */
  static final class DyingOutbox implements Outbox {
    private final Outbox delegate;
    private int sentUntilDeath;

    DyingOutbox(Outbox delegate, int dieAt) {
      this.delegate = delegate;
      this.sentUntilDeath = dieAt;
    }

    @Override
    public boolean markSent(Lease lease, String externalId) {
      if (--sentUntilDeath == 0) {
        throw new ProcessDied();
      }
      return delegate.markSent(lease, externalId);
    }

    @Override
    public Enqueued enqueue(NewMessage message) {
      return delegate.enqueue(message);
    }

    @Override
    public List<Message> claim(String worker, int limit, Duration lease) {
      return delegate.claim(worker, limit, lease);
    }

    @Override
    public List<Message> claim(String worker, int limit, Duration lease, ChannelSelection channels) {
      return delegate.claim(worker, limit, lease, channels);
    }

    @Override
    public boolean markRetry(Lease lease, Instant retryAt, String reason) {
      return delegate.markRetry(lease, retryAt, reason);
    }

    @Override
    public boolean deadLetter(Lease lease, String reason) {
      return delegate.deadLetter(lease, reason);
    }

    @Override
    public int expire() {
      return delegate.expire();
    }

    @Override
    public List<Message> deadLetters(org.koprogo.ports.out.OrganisationId organisation, int limit) {
      return delegate.deadLetters(organisation, limit);
    }

    @Override
    public boolean replay(org.koprogo.ports.out.OrganisationId organisation, OutboxMessageId id) {
      return delegate.replay(organisation, id);
    }

    @Override
    public java.util.Optional<Message> find(org.koprogo.ports.out.OrganisationId organisation, OutboxMessageId id) {
      return delegate.find(organisation, id);
    }

    @Override
    public boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
      return delegate.recordDelivery(externalId, status, at, detail);
    }
  }

  /** One host instance: its own store, journal, consent register, sending number and dispatcher. */
  private final class Process {
    final JdbcStore store;
    final JdbcDeliveryJournal journal;
    final JdbcConsents consents;
    final WhatsAppNotifications notifications;
    final WhatsAppWebhook webhook;
    final WhatsAppDispatcher dispatcher;

    Process(String name, DispatchPolicy policy) {
      this(name, policy, outbox -> outbox);
    }

    Process(String name, DispatchPolicy policy, java.util.function.UnaryOperator<Outbox> through) {
      store = new JdbcStore(database.dataSource(), clock);
      journal = new JdbcDeliveryJournal(store);
      consents = new JdbcConsents(store, ACP);
      notifications = new WhatsAppNotifications(store.outbox(), consents, TemplateLanguages.allFour(), clock);
      webhook = new WhatsAppWebhook(new WebhookVerification(VERIFY_TOKEN), signature, store.outbox(), journal);
      WhatsAppCloudApi client = new WhatsAppCloudApi(api.config(),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(10));
      SendingNumber number = new SendingNumber(client, new SendingPace(policy.messagesPerSecond(), clock, clock));
      dispatcher = new WhatsAppDispatcher(through.apply(store.outbox()), SendingNumbers.single(number), journal, consents,
          new RecordedAlerts(), policy, clock, name);
    }
  }

  /** The test policy (no quiet hours) with batches of 5, so that two dispatchers share the work. */
  private static DispatchPolicy smallBatches() {
    DispatchPolicy d = Harness.testPolicy();
    return new DispatchPolicy(5, d.lease(), d.messagesPerSecond(), d.maxAttempts(), d.retryBase(), d.rateLimitBase(),
        d.retryCap(), d.statusWait(), d.maxResendsAfterUnknown(), d.quietHours());
  }

  /** 70% accepted; 30% failing in the ways the Cloud API fails (as the adapter's reliability test). */
  private static Behaviour flaky(Random random) {
    int roll = random.nextInt(100);
    if (roll >= 30) {
      return new Accept();
    }
    return switch (roll % 10) {
      case 0, 1 -> new Fail(500, 131000, "Something went wrong", "Unknown error");
      case 2 -> new Fail(503, 131016, "Service unavailable", "A service is temporarily unavailable");
      case 3 -> new Fail(429, 130429, "Rate limit hit", "Cloud API message throughput has been reached");
      case 4 -> new Fail(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Too many messages");
      case 5, 6 -> new AcceptThenDrop();
      case 7 -> new DropBeforeAccepting();
      case 8 -> new Slow(50);
      default -> new Fail(400, 131026, "Message undeliverable", "Unable to deliver message");
    };
  }

  private static Behaviour flakySynchronized(Random random) {
    synchronized (random) {
      return flaky(random);
    }
  }

  private int enqueueAll(Process process, Random random) {
    List<Recipient> owners = new ArrayList<>();
    Language[] languages = Language.values();
    for (int i = 0; i < OWNERS; i++) {
      Recipient owner = recipient("owner-" + i, String.format("+324700%05d", i), languages[i % languages.length]);
      process.consents.record(ConsentRecord.optIn(owner.person(), Channel.WHATSAPP, clock.now().minusSeconds(86_400),
          "signed paper form, ref. " + owner.person()));
      owners.add(owner);
    }
    unreachable.add(owners.get(3).phone().digits());
    int intended = 0;
    for (int call = 0; call < CALLS; call++) {
      for (Recipient owner : owners) {
        assertThat(process.notifications.notify(callForFunds(owner, "call-" + call))).isEqualTo(NotifyOutcome.ENQUEUED);
        intended++;
        if (random.nextInt(4) == 0) {
          assertThat(process.notifications.notify(callForFunds(owner, "call-" + call)))
              .isEqualTo(NotifyOutcome.ALREADY_ENQUEUED);
        }
      }
    }
    return intended;
  }

  /** The status webhooks Meta would send for what it accepted since the last call: shuffled, some twice, signed. */
  private void deliverWebhooks(WhatsAppWebhook webhook, Random random) {
    List<StatusEvent> events = new ArrayList<>();
    for (AcceptedMessage accepted : api.accepted()) {
      if (!reported.add(accepted.wamid())) {
        continue;
      }
      long at = clock.now().getEpochSecond();
      events.add(new StatusEvent(accepted.wamid(), "sent", at, accepted.to(), accepted.callbackData()));
      String last = unreachable.contains(accepted.to()) ? "failed" : "delivered";
      events.add(new StatusEvent(accepted.wamid(), last, at + 1, accepted.to(), accepted.callbackData()));
      if (random.nextInt(4) == 0) {
        events.add(new StatusEvent(accepted.wamid(), "sent", at, accepted.to(), accepted.callbackData()));
      }
    }
    Collections.shuffle(events, random);
    for (int from = 0; from < events.size(); from += 3) {
      byte[] raw = FakeCloudApi.statusWebhook(events.subList(from, Math.min(events.size(), from + 3)))
          .getBytes(StandardCharsets.UTF_8);
      assertThat(webhook.receive(raw, signature.sign(raw)).httpStatus()).isEqualTo(200);
    }
  }

  /** Moves the clock to the next due instant; webhooks come within a minute, before any longer jump. */
  private void advanceToNextDue(Process process, Random random) throws SQLException {
    Instant next = null;
    for (Message m : all(process.store.outbox())) {
      Instant due = switch (m.status()) {
        case PENDING -> m.availableAt();
        case CLAIMED -> m.lease().until();
        default -> null;
      };
      if (due != null && (next == null || due.isBefore(next))) {
        next = due;
      }
    }
    if (next != null && next.isAfter(clock.now())) {
      if (Duration.between(clock.now(), next).compareTo(Duration.ofMinutes(1)) > 0) {
        api.awaitIdle();
        deliverWebhooks(process.webhook, random);
      }
      clock.advance(Duration.between(clock.now(), next));
    } else {
      clock.advance(Duration.ofSeconds(1));
    }
  }

  private boolean settled(Outbox outbox) throws SQLException {
    return all(outbox).stream().allMatch(Harness::ended);
  }

  private List<Message> all(Outbox outbox) throws SQLException {
    List<Message> all = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("select message_id from outbox_messages order by message_id")) {
      while (rs.next()) {
        all.add(outbox.find(ACP, OutboxMessageId.of(rs.getString(1))).orElseThrow());
      }
    }
    return all;
  }

  private void assertEveryNotificationEnded(Outbox outbox, int intended) throws SQLException {
    List<Message> all = all(outbox);
    assertThat(all).as("none lost, none doubled in the outbox").hasSize(intended);
    assertThat(all).allSatisfy(m -> assertThat(Harness.ended(m)).as(m.id() + " " + m.status() + " " + m.lastError()).isTrue());
    Map<String, Integer> accepted = api.acceptedByCallback();
    assertThat(accepted.values()).as("no message accepted twice by the Cloud API").allMatch(count -> count == 1);
    for (Message m : all) {
      if (m.status() == Status.SENT) {
        assertThat(accepted).as("a sent message was accepted").containsKey(m.id().value());
      }
      if (m.status() == Status.DEAD) {
        assertThat(accepted).as("a dead letter was never accepted: " + m.lastError()).doesNotContainKey(m.id().value());
      }
    }
    assertThat(all).anySatisfy(m -> assertThat(m.delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED));
    assertThat(all).anySatisfy(m -> assertThat(m.delivery()).isEqualTo(Outbox.DeliveryStatus.FAILED));
  }
}
