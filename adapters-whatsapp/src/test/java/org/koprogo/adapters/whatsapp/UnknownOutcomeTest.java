/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.ACP;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.anne;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;

/**
 * Issue 20, "Faults": a send whose outcome is unknown (the answer was lost after the loopback
 * Cloud API accepted the message) is never sent again, by the instance that sent it nor by
 * another one sharing the outbox and the journal. The message waits for a status webhook; with
 * none within the status wait it is dead-lettered with the reason {@code outcome unknown}, and a
 * delivery or read webhook that comes after that settles it at once (sent, out of the dead
 * letters, never sent again): at most once.
 */
class UnknownOutcomeTest {
  private Harness harness;
  private WhatsAppDispatcher instanceA;
  private WhatsAppDispatcher instanceB;

  @BeforeEach
  void twoInstancesOnOneOutbox() throws Exception {
    harness = Harness.standard();
    harness.optIn(anne());
    harness.notifications.notify(callForFunds(anne(), "call-unknown"));
    instanceA = instance("instance-a", Duration.ofMillis(400));
    instanceB = instance("instance-b", Duration.ofSeconds(10));
  }

  @AfterEach
  void close() {
    harness.close();
  }

  @Test
  void anAcceptedSendWhoseAnswerWasLostIsNotSentAgainByTheOtherInstance() throws Exception {
    harness.api.then(new AcceptThenDrop());

    instanceA.dispatchOnce();
    harness.clock.advance(harness.policy.lease().plusSeconds(1));
    instanceB.dispatchOnce(); // the lease ended, the wait did not: B waits too
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce(); // no webhook came: B gives up rather than risk a second copy
    instanceA.dispatchOnce();

    assertThat(harness.api.requests()).hasSize(1);
    assertThat(harness.api.acceptedByCallback()).containsOnly(
        java.util.Map.entry(only().id().value(), 1));
    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(only().lastError()).contains("outcome unknown", "not sent again", "replay only after checking");
  }

  @Test
  void aStatusWebhookThatComesAfterTheDeadLetterSettlesItAtOnce() throws Exception {
    harness.api.then(new AcceptThenDrop());
    instanceA.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce();
    assertThat(only().status()).isEqualTo(Status.DEAD);
    assertThat(harness.outbox.deadLetters(ACP, 10)).hasSize(1);

    harness.api.awaitIdle();
    harness.deliverWebhooks(new Random(7)); // the webhook endpoint was down: its reports come late

    // settled by the webhook itself: no replay needed, none possible, nothing sent again
    assertThat(only().status()).isEqualTo(Status.SENT);
    assertThat(only().externalId()).isEqualTo(harness.api.accepted().get(0).wamid());
    assertThat(only().delivery()).isIn(Outbox.DeliveryStatus.DELIVERED, Outbox.DeliveryStatus.READ);
    assertThat(harness.outbox.deadLetters(ACP, 10)).isEmpty();
    assertThat(harness.outbox.replay(ACP, only().id())).isFalse();
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce();
    instanceA.dispatchOnce();
    assertThat(harness.api.requests()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.SENT);
  }

  @Test
  void aFailedReportAfterTheDeadLetterLeavesItForTheOperator() throws Exception {
    harness.api.then(new AcceptThenDrop());
    instanceA.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce();
    harness.api.awaitIdle();
    Message dead = only();

    FakeCloudApi.AcceptedMessage accepted = harness.api.accepted().get(0);
    harness.post(FakeCloudApi.statusWebhook(java.util.List.of(new FakeCloudApi.StatusEvent(accepted.wamid(),
        "failed", harness.clock.now().getEpochSecond(), accepted.to(), dead.id().value()))));

    assertThat(only().status()).isEqualTo(Status.DEAD);
  }

  @Test
  void aStatusWebhookWithinTheWaitMarksItSentOnTheOtherInstance() throws Exception {
    harness.api.then(new Slow(1_500));

    instanceA.dispatchOnce(); // the answer comes after A's timeout: unknown
    harness.api.awaitIdle();
    harness.deliverWebhooks(new Random(3));
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce();

    assertThat(harness.api.requests()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.SENT);
    assertThat(only().delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
  }

  @Test
  void aReplayOfAMessageMetaNeverAcceptedSendsItOnce() throws Exception {
    harness.api.then(new DropBeforeAccepting());
    instanceA.dispatchOnce();
    harness.clock.advance(harness.policy.statusWait());
    instanceB.dispatchOnce();
    assertThat(only().status()).isEqualTo(Status.DEAD);

    assertThat(harness.outbox.replay(ACP, only().id())).isTrue();
    instanceB.dispatchOnce();
    instanceA.dispatchOnce();

    assertThat(harness.api.requests()).hasSize(2);
    assertThat(harness.api.accepted()).hasSize(1);
    assertThat(only().status()).isEqualTo(Status.SENT);
  }

  private WhatsAppDispatcher instance(String name, Duration requestTimeout) {
    WhatsAppCloudApi client = new WhatsAppCloudApi(harness.api.config(),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), requestTimeout);
    SendingNumber number = new SendingNumber(client,
        new SendingPace(harness.policy.messagesPerSecond(), harness.clock, harness.clock));
    return new WhatsAppDispatcher(harness.outbox, SendingNumbers.single(number), harness.journal,
        harness.consents, harness.alerts, harness.policy, harness.clock, name);
  }

  private Message only() {
    assertThat(harness.outbox.all()).hasSize(1);
    return harness.outbox.all().get(0);
  }
}
