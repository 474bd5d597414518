/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.Outbox.ChannelSelection;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The channel-filtered claim of the {@link Outbox}: a channel's worker takes only its channel's
 * messages and leaves the others free for their own workers at once (not held until a lease
 * ends), with the same exclusivity as the plain claim.
 */
public abstract class OutboxChannelContract extends ContractBase {
  private static final Duration LEASE = Duration.ofSeconds(30);

  @Test
  void claimsOnlyTheSelectedChannelAndLeavesTheOthersFree() {
    OutboxMessageId whatsapp = enqueue(ACME, "whatsapp", "e1");
    OutboxMessageId email = enqueue(ACME, "email", "e2");

    List<Outbox.Message> mine = ports.outbox().claim("whatsapp-worker", 10, LEASE, ChannelSelection.only("whatsapp"));
    List<Outbox.Message> theirs = ports.outbox().claim("generic-worker", 10, LEASE);

    assertThat(mine).extracting(Outbox.Message::id).containsExactly(whatsapp);
    assertThat(theirs).extracting(Outbox.Message::id).containsExactly(email);
  }

  @Test
  void claimsEveryChannelButTheExcludedOnes() {
    enqueue(ACME, "whatsapp", "e1");
    OutboxMessageId email = enqueue(ACME, "email", "e2");
    OutboxMessageId sms = enqueue(OTHER, "sms", "e3");

    List<Outbox.Message> claimed =
        ports.outbox().claim("generic-worker", 10, LEASE, ChannelSelection.allBut(Set.of("whatsapp")));

    assertThat(claimed).extracting(Outbox.Message::id).containsExactlyInAnyOrder(email, sms);
    assertThat(ports.outbox().find(ACME, email).orElseThrow().status()).isEqualTo(Outbox.Status.CLAIMED);
  }

  @Test
  void claimsSeveralSelectedChannelsOldestFirstWithinTheLimit() {
    OutboxMessageId first = enqueue(ACME, "whatsapp", "e1");
    clock.advance(Duration.ofSeconds(1));
    enqueue(ACME, "email", "e2");
    clock.advance(Duration.ofSeconds(1));
    OutboxMessageId third = enqueue(ACME, "sms", "e3");
    clock.advance(Duration.ofSeconds(1));
    enqueue(ACME, "sms", "e4");

    List<Outbox.Message> claimed =
        ports.outbox().claim("worker", 2, LEASE, ChannelSelection.only("whatsapp", "sms"));

    assertThat(claimed).extracting(Outbox.Message::id).containsExactly(first, third);
  }

  @Test
  void anEmptySelectionClaimsNothing() {
    enqueue(ACME, "whatsapp", "e1");

    List<Outbox.Message> claimed = ports.outbox().claim("worker", 10, LEASE, ChannelSelection.only());

    assertThat(claimed).isEmpty();
  }

  @Test
  void aFilteredClaimTakesBackAMessageWhoseLeaseEnded() {
    OutboxMessageId whatsapp = enqueue(ACME, "whatsapp", "e1");
    Outbox.Message held =
        ports.outbox().claim("dead-worker", 10, LEASE, ChannelSelection.only("whatsapp")).get(0);
    clock.advance(LEASE.plusSeconds(1));

    List<Outbox.Message> again = ports.outbox().claim("worker", 10, LEASE, ChannelSelection.only("whatsapp"));

    assertThat(again).extracting(Outbox.Message::id).containsExactly(whatsapp);
    assertThat(again.get(0).attempts()).isEqualTo(held.attempts() + 1);
    assertThat(ports.outbox().markSent(held.lease(), "wamid.late")).isFalse();
  }

  @Test
  void concurrentFilteredWorkersNeverClaimTheSameMessage() throws Exception {
    int messages = 30;
    for (int i = 0; i < messages; i++) {
      enqueue(ACME, i % 3 == 0 ? "email" : "whatsapp", "e" + i);
    }
    int workers = 3;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<List<OutboxMessageId>>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        String worker = "w" + w;
        futures.add(pool.submit(() -> {
          start.await();
          List<OutboxMessageId> mine = new ArrayList<>();
          List<Outbox.Message> batch;
          while (!(batch = ports.outbox().claim(worker, 3, LEASE, ChannelSelection.only("whatsapp"))).isEmpty()) {
            for (Outbox.Message m : batch) {
              assertThat(m.channel()).isEqualTo("whatsapp");
              if (ports.outbox().markSent(m.lease(), "ext-" + m.id().value())) {
                mine.add(m.id());
              }
            }
          }
          return mine;
        }));
      }
      start.countDown();
      List<OutboxMessageId> all = new ArrayList<>();
      for (Future<List<OutboxMessageId>> f : futures) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }

      assertThat(all).hasSize(20);
      assertThat(new HashSet<>(all)).hasSize(20);
    } finally {
      pool.shutdownNow();
    }
  }

  private OutboxMessageId enqueue(OrganisationId organisation, String channel, String entity) {
    return ports.outbox()
        .enqueue(new Outbox.NewMessage(
            organisation, new Outbox.Key("kind", entity, "x"), channel, "+32470000001", "{}", clock.now(), null))
        .id();
  }
}
