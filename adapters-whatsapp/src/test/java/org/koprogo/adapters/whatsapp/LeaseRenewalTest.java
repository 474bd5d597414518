/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.Outbox.Status;

/**
 * Issue 20, finding 12: two instances, one of which sleeps through its number's pause after a
 * 429 while its lease ends and the other instance takes and sends the message. The sleeper must
 * not send it again: it renews its lease atomically just before sending, and finds it lost.
 */
class LeaseRenewalTest {

  @Test
  void aWorkerThatLostItsLeaseWhileWaitingDoesNotSend() throws Exception {
    try (Harness harness = Harness.standard()) {
      var owner = recipient("owner-1", "+32472000001", Language.FRENCH);
      harness.optIn(owner);
      harness.notifications.notify(callForFunds(owner, "call-lease"));
      DispatchPolicy policy = harness.policy;
      WhatsAppDispatcher other = new WhatsAppDispatcher(harness.outbox,
          SendingNumbers.single(number(harness, policy, harness.clock)), harness.journal,
          harness.consents, harness.alerts, policy, harness.clock, "instance-b");
      AtomicBoolean otherRan = new AtomicBoolean();
      Sleeper slow = pause -> {
        harness.clock.sleep(pause);
        if (otherRan.compareAndSet(false, true)) {
          // the pause outlasted the lease: the other instance claims the message and sends it
          harness.clock.advance(policy.lease().plusSeconds(1));
          other.dispatchOnce();
        }
      };
      SendingNumber paused = number(harness, policy, slow);
      // a wait short enough to be slept (a longer pause defers the message instead), during which
      // the lease ends anyway: the batch before this message was slow
      paused.pace().slowDown(Duration.ofMillis(800));
      WhatsAppDispatcher sleeper = new WhatsAppDispatcher(harness.outbox,
          SendingNumbers.single(paused), harness.journal, harness.consents, harness.alerts,
          policy, harness.clock, "instance-a");

      sleeper.dispatchOnce();

      assertThat(otherRan).isTrue();
      assertThat(harness.api.acceptedByCallback().values()).hasSize(1).containsOnly(1);
      assertThat(harness.outbox.all()).extracting(m -> m.status()).containsOnly(Status.SENT);
    }
  }

  @Test
  void aNumberPausedAfterAThroughputLimitDefersItsMessagesInsteadOfSleeping() throws Exception {
    try (Harness harness = Harness.standard()) {
      for (int i = 0; i < 3; i++) {
        var owner = recipient("owner-" + i, "+3247200001" + i, Language.FRENCH);
        harness.optIn(owner);
        harness.notifications.notify(callForFunds(owner, "call-pause-" + i));
      }
      harness.api.then(new FakeCloudApi.Fail(429, 130429, "Rate limit hit", "throughput reached"));

      harness.dispatcher.dispatchOnce();

      assertThat(harness.clock.sleeps()).allMatch(d -> d.compareTo(Duration.ofSeconds(1)) <= 0);
      assertThat(harness.outbox.all()).extracting(m -> m.status()).containsOnly(Status.PENDING);
      assertThat(harness.outbox.all()).extracting(m -> m.lastError())
          .anySatisfy(e -> assertThat(e).contains("paused after a throughput limit"));
      harness.clock.advance(Duration.ofMinutes(2));
      harness.dispatcher.dispatchOnce();
      assertThat(harness.outbox.all()).extracting(m -> m.status()).containsOnly(Status.SENT);
    }
  }

  private static SendingNumber number(Harness harness, DispatchPolicy policy, Sleeper sleeper) {
    return new SendingNumber(
        new WhatsAppCloudApi(harness.api.config(), HttpClient.newHttpClient(), Duration.ofSeconds(5)),
        new SendingPace(policy.messagesPerSecond(), harness.clock, sleeper));
  }
}
