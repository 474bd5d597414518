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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Slow;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;

/** Three workers of one process, sharing the outbox and one sending number, on real threads. */
class ConcurrentWorkersTest {

  @Test
  void neverHasTwoRequestsInFlightToOneRecipientNorSendsAMessageTwice() throws Exception {
    try (Harness harness = Harness.standard()) {
      List<Recipient> owners = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Recipient owner = recipient("owner-" + i, "+3247200000" + i, Language.values()[i]);
        harness.optIn(owner);
        owners.add(owner);
      }
      for (int call = 0; call < 8; call++) {
        for (Recipient owner : owners) {
          harness.notifications.notify(callForFunds(owner, "call-" + call));
        }
      }
      Random delays = new Random(11);
      harness.api.otherwise(request -> new Slow(5 + delays.nextInt(40)));
      DispatchPolicy policy = smallBatches(harness.policy);
      SendingNumber shared = new SendingNumber(
          new WhatsAppCloudApi(harness.api.config(), HttpClient.newHttpClient(), Duration.ofSeconds(5)),
          new SendingPace(policy.messagesPerSecond(), harness.clock, harness.clock));
      List<WhatsAppDispatcher> workers = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        workers.add(new WhatsAppDispatcher(harness.outbox, SendingNumbers.single(shared),
            harness.journal, harness.consents, harness.alerts, policy, harness.clock, "worker-" + w));
      }
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try {
        for (int round = 0; round < 60 && !allSent(harness); round++) {
          List<Future<Integer>> running = new ArrayList<>();
          for (WhatsAppDispatcher worker : workers) {
            running.add(threads.submit(() -> worker.drain(5)));
          }
          for (Future<Integer> f : running) {
            f.get();
          }
          harness.advanceToNextDue();
        }
      } finally {
        threads.shutdownNow();
      }
      harness.deliverWebhooks(new Random(7));

      assertThat(harness.outbox.all()).extracting(Message::status).containsOnly(Status.SENT);
      assertThat(harness.api.maxInFlightPerRecipient()).isEqualTo(1);
      assertThat(harness.api.acceptedByCallback().values()).hasSize(24).containsOnly(1);
    }
  }

  private static boolean allSent(Harness harness) {
    return harness.outbox.all().stream().allMatch(m -> m.status() == Status.SENT);
  }

  private static DispatchPolicy smallBatches(DispatchPolicy p) {
    return new DispatchPolicy(4, p.lease(), p.messagesPerSecond(), p.maxAttempts(), p.retryBase(), p.rateLimitBase(),
        p.retryCap(), p.statusWait(), p.maxResendsAfterUnknown(), p.quietHours());
  }
}
