/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.callForFunds;
import static org.koprogo.adapters.whatsapp.WhatsAppFixtures.recipient;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Accept;
import org.koprogo.adapters.whatsapp.FakeCloudApi.AcceptThenDrop;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Behaviour;
import org.koprogo.adapters.whatsapp.FakeCloudApi.DropBeforeAccepting;
import org.koprogo.adapters.whatsapp.FakeCloudApi.Fail;
import org.koprogo.adapters.whatsapp.WhatsAppFixtures.Harness;
import org.koprogo.ports.out.Outbox.Message;
import org.koprogo.ports.out.Outbox.Status;
import org.koprogo.ports.out.notification.Language;
import org.koprogo.ports.out.notification.Recipient;

/**
 * Whatever the failure rate and its pattern, every notification ends (delivered, failed or dead
 * with a reason) and the Cloud API accepts none twice; a dead letter was never accepted.
 */
class DispatchProperties {

  @Test
  void everyNotificationEndsAndNoneIsAcceptedTwice() {
    qt().withExamples(10).withShrinkCycles(0).forAll(longs().all(), integers().between(0, 80))
        .checkAssert((seed, failurePercent) -> {
          try (Harness harness = new Harness(Harness.testPolicy(), Duration.ofSeconds(10))) {
            Random random = new Random(seed);
            harness.api.otherwise(request -> behaviour(random, failurePercent));
            for (int i = 0; i < 6; i++) {
              Recipient owner = recipient("owner-" + i, "+3247300000" + i, Language.values()[i % 4]);
              harness.optIn(owner);
              harness.notifications.notify(callForFunds(owner, "call-1"));
            }

            for (int round = 0; round < 300 && !harness.settled(); round++) {
              harness.dispatcher.drain(10);
              if (random.nextBoolean()) {
                harness.deliverWebhooks(random);
              }
              harness.advanceToNextDue(random);
            }
            harness.deliverWebhooks(random);

            assertThat(harness.outbox.all()).hasSize(6).allMatch(Harness::ended);
            Map<String, Integer> accepted = harness.api.acceptedByCallback();
            assertThat(accepted.values()).allMatch(count -> count == 1);
            for (Message m : harness.outbox.all()) {
              assertThat(m.status() == Status.DEAD && accepted.containsKey(m.id().value())).isFalse();
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  private static Behaviour behaviour(Random random, int failurePercent) {
    if (random.nextInt(100) >= failurePercent) {
      return new Accept();
    }
    return switch (random.nextInt(6)) {
      case 0 -> new Fail(500, 131000, "Something went wrong", "Unknown error");
      case 1 -> new Fail(429, 130429, "Rate limit hit", "throughput reached");
      case 2 -> new Fail(400, 131056, "pair rate limit hit", "too many");
      case 3 -> new AcceptThenDrop();
      case 4 -> new DropBeforeAccepting();
      default -> new Fail(400, 131026, "Message undeliverable", "Unable to deliver message");
    };
  }
}
