/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Accept;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Behaviour;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;

/**
 * Every intended notification ends delivered or dead-lettered with a reason, none is accepted
 * twice by the Cloud API, none is lost: with the fake API failing 30% of requests at random
 * (seeded), and across a restart in the middle of dispatch.
 */
class DispatchReliabilityTest {
  private static final int OWNERS = 24;
  private static final int CALLS = 5;

  @Test
  void endsEveryNotificationDeliveredOrDeadLetteredAndSendsNoneTwiceWhenAThirdOfRequestsFail() throws Exception {
    try (Harness harness = new Harness(Harness.testPolicy(), Duration.ofSeconds(10))) {
      Random random = new Random(20260310L);
      harness.api.otherwise(request -> flaky(random));
      int intended = enqueueAll(harness, random);

      runToTheEnd(harness, random, harness.dispatcher);

      assertEveryNotificationEnded(harness, intended);
    }
  }

  @Test
  void keepsTheGuaranteesAcrossARestartInTheMiddleOfDispatch() throws Exception {
    Random random = new Random(424242L);
    CrashingOutbox crashing = new CrashingOutbox(random);
    try (Harness harness = new Harness(Harness.testPolicy(), Duration.ofSeconds(10), crashing)) {
      crashing.delegate = harness.outbox;
      harness.api.otherwise(request -> flaky(random));
      int intended = enqueueAll(harness, random);
      WhatsAppDispatcher first = harness.dispatcher;

      boolean crashed = false;
      try {
        runToTheEnd(harness, random, first);
      } catch (ProcessDied died) {
        crashed = true;
      }
      crashing.armed = false;
      harness.clock.advance(harness.policy.lease());
      WhatsAppDispatcher restarted = harness.newDispatcher(harness.outbox);
      runToTheEnd(harness, random, restarted);

      assertThat(crashed).isTrue();
      assertEveryNotificationEnded(harness, intended);
    }
  }

  /**
   * 70% accepted; 30% failing in every way the Cloud API fails, or slow (answers past the request
   * timeout are {@link AcceptThenDrop} here: the same unknown outcome, without waiting for it).
   */
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
      case 8 -> new Slow(100);
      default -> new Fail(400, 131026, "Message undeliverable", "Unable to deliver message");
    };
  }

  private static int enqueueAll(Harness harness, Random random) {
    List<Recipient> owners = new ArrayList<>();
    Language[] languages = Language.values();
    for (int i = 0; i < OWNERS; i++) {
      Recipient owner = recipient("owner-" + i, String.format("+324700%05d", i), languages[i % languages.length]);
      harness.optIn(owner);
      owners.add(owner);
    }
    harness.unreachable(owners.get(3));
    int intended = 0;
    for (int call = 0; call < CALLS; call++) {
      for (Recipient owner : owners) {
        harness.notifications.notify(callForFunds(owner, "call-" + call));
        intended++;
        if (random.nextInt(5) == 0) {
          harness.notifications.notify(callForFunds(owner, "call-" + call));
        }
      }
    }
    return intended;
  }

  private static void runToTheEnd(Harness harness, Random random, WhatsAppDispatcher dispatcher) throws Exception {
    for (int round = 0; round < 400 && !harness.settled(); round++) {
      dispatcher.drain(20);
      if (random.nextInt(3) > 0) {
        harness.deliverWebhooks(random);
      }
      harness.advanceToNextDue(random);
    }
    harness.deliverWebhooks(random);
  }

  private static void assertEveryNotificationEnded(Harness harness, int intended) {
    List<Message> all = harness.outbox.all();
    assertThat(all).hasSize(intended);
    assertThat(all).allSatisfy(m -> assertThat(Harness.ended(m)).as(m.id() + " " + m.status() + " " + m.lastError()).isTrue());
    Map<String, Integer> accepted = harness.api.acceptedByCallback();
    assertThat(accepted.values()).as("no message accepted twice by the Cloud API").allMatch(count -> count == 1);
    for (Message m : all) {
      if (m.status() == Status.SENT) {
        assertThat(accepted).as("a sent message was accepted").containsKey(m.id().value());
      }
      if (m.status() == Status.DEAD) {
        assertThat(accepted).as("a dead letter was never accepted: " + m.lastError()).doesNotContainKey(m.id().value());
      }
    }
    long delivered = all.stream().filter(m -> m.delivery() == Outbox.DeliveryStatus.DELIVERED).count();
    assertThat(delivered).isGreaterThan(intended / 2);
    assertThat(all).anySatisfy(m -> assertThat(m.status()).isEqualTo(Status.DEAD));
    assertThat(all).anySatisfy(m -> assertThat(m.delivery()).isEqualTo(Outbox.DeliveryStatus.FAILED));
  }

  /** The process dying: thrown out of the dispatcher, as a kill would stop it. */
  static final class ProcessDied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProcessDied() {
      super("process died", null, false, false);
    }
  }

  /**
   * An outbox through which the first process dies once, right after the Cloud API accepted a
   * message and before it was marked sent (the worst moment).
   */
  static final class CrashingOutbox implements Outbox {
    private final Random random;
    Outbox delegate;
    volatile boolean armed = true;

    CrashingOutbox(Random random) {
      this.random = random;
    }

    @Override
    public boolean markSent(Lease lease, String externalId) {
      if (armed && random.nextInt(40) == 0) {
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
    public List<Message> deadLetters(OrganisationId organisation, int limit) {
      return delegate.deadLetters(organisation, limit);
    }

    @Override
    public boolean replay(OrganisationId organisation, OutboxMessageId id) {
      return delegate.replay(organisation, id);
    }

    @Override
    public Optional<Message> find(OrganisationId organisation, OutboxMessageId id) {
      return delegate.find(organisation, id);
    }

    @Override
    public boolean recordDelivery(String externalId, DeliveryStatus status, Instant at, String detail) {
      return delegate.recordDelivery(externalId, status, at, detail);
    }
  }
}
