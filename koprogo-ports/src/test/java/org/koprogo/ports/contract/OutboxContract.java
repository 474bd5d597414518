/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.OTHER;
import static org.koprogo.ports.contract.PortsFixtures.T0;

import java.time.Duration;
import java.time.Instant;
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
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The {@link Outbox} contract: idempotent enqueue, exclusive leases, fencing, retry, dead letters
 * and replay, expiry, delivery receipts, tenant scoping.
 */
public abstract class OutboxContract extends ContractBase {
  private static final Duration LEASE = Duration.ofSeconds(30);

  @Test
  void enqueuesOnePerKey() {
    Outbox.Enqueued first = ports.outbox().enqueue(PortsFixtures.message(ACME, "ledger:E1", "due:2026-03-01"));
    Outbox.Enqueued again = ports.outbox().enqueue(PortsFixtures.message(ACME, "ledger:E1", "due:2026-03-01"));
    Outbox.Enqueued otherEvent = ports.outbox().enqueue(PortsFixtures.message(ACME, "ledger:E1", "reminder:1"));
    Outbox.Enqueued otherOrg = ports.outbox().enqueue(PortsFixtures.message(OTHER, "ledger:E1", "due:2026-03-01"));

    assertThat(first.duplicate()).isFalse();
    assertThat(again).isEqualTo(new Outbox.Enqueued(first.id(), true));
    assertThat(otherEvent.duplicate()).isFalse();
    assertThat(otherOrg.duplicate()).isFalse();
    assertThat(ports.outbox().claim("w1", 10, LEASE)).hasSize(3);
  }

  @Test
  void storesTheMessageExactly() {
    Outbox.NewMessage m = new Outbox.NewMessage(
        ACME, new Outbox.Key("assembly_convocation", "assembly:GA1", "convened"), "whatsapp",
        "+32470000009", "{\"x\":\"é\\n\"}", T0.plusSeconds(5), T0.plus(Duration.ofDays(2)));

    OutboxMessageId id = ports.outbox().enqueue(m).id();
    Outbox.Message stored = ports.outbox().find(ACME, id).orElseThrow();

    assertThat(stored.key()).isEqualTo(m.key());
    assertThat(stored.channel()).isEqualTo("whatsapp");
    assertThat(stored.recipient()).isEqualTo("+32470000009");
    assertThat(stored.payload()).isEqualTo(m.payload());
    assertThat(stored.availableAt()).isEqualTo(m.availableAt());
    assertThat(stored.expiresAt()).isEqualTo(m.expiresAt());
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.status()).isEqualTo(Outbox.Status.PENDING);
    assertThat(stored.attempts()).isZero();
    assertThat(ports.outbox().find(OTHER, id)).isEmpty();
  }

  @Test
  void claimsOnlyDueMessagesOldestFirst() {
    ports.outbox().enqueue(withAvailability(PortsFixtures.message(ACME, "e:later", "x"), T0.plusSeconds(60)));
    ports.outbox().enqueue(withAvailability(PortsFixtures.message(ACME, "e:second", "x"), T0.minusSeconds(10)));
    ports.outbox().enqueue(withAvailability(PortsFixtures.message(ACME, "e:first", "x"), T0.minusSeconds(20)));

    List<Outbox.Message> claimed = ports.outbox().claim("w1", 10, LEASE);

    assertThat(claimed).extracting(m -> m.key().entity()).containsExactly("e:first", "e:second");
    assertThat(claimed).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(Outbox.Status.CLAIMED);
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.lease()).isEqualTo(new Outbox.Lease(m.id(), "w1", 1, T0.plus(LEASE)));
    });
    assertThat(ports.outbox().claim("w2", 10, LEASE)).isEmpty();
    claimed.forEach(m -> ports.outbox().markSent(m.lease(), "sent-" + m.key().entity()));
    clock.advance(Duration.ofSeconds(60));
    assertThat(ports.outbox().claim("w2", 10, LEASE)).extracting(m -> m.key().entity()).containsExactly("e:later");
  }

  @Test
  void renewsALeaseOnlyWhileItIsTheWorkersOwn() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e-renew", "x"));
    Outbox.Message first = ports.outbox().claim("w1", 1, LEASE).get(0);
    clock.advance(LEASE.dividedBy(2));

    java.util.Optional<Outbox.Lease> renewed = ports.outbox().renew(first.lease(), LEASE);
    clock.advance(LEASE.multipliedBy(2));
    Outbox.Message second = ports.outbox().claim("w2", 1, LEASE).get(0);
    java.util.Optional<Outbox.Lease> late = ports.outbox().renew(first.lease(), LEASE);

    assertThat(renewed).map(Outbox.Lease::until).contains(T0.plus(LEASE.dividedBy(2)).plus(LEASE));
    assertThat(second.lease().worker()).isEqualTo("w2");
    assertThat(late).isEmpty();
    assertThat(ports.outbox().markSent(first.lease(), "wamid.late")).isFalse();
    assertThat(ports.outbox().renew(second.lease(), LEASE)).isPresent();
  }

  @Test
  void aSentMessageIsNeverClaimedAgain() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message m = ports.outbox().claim("w1", 1, LEASE).get(0);

    boolean sent = ports.outbox().markSent(m.lease(), "wamid.1");
    clock.advance(LEASE.multipliedBy(3));

    assertThat(sent).isTrue();
    assertThat(ports.outbox().claim("w2", 10, LEASE)).isEmpty();
    Outbox.Message stored = ports.outbox().find(ACME, m.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(Outbox.Status.SENT);
    assertThat(stored.externalId()).isEqualTo("wamid.1");
    assertThat(stored.lease()).isNull();
  }

  @Test
  void aLeaseThatEndedLetsAnotherWorkerTakeTheMessageAndFencesTheFirst() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message first = ports.outbox().claim("killed", 1, Duration.ofSeconds(5)).get(0);

    clock.advance(Duration.ofSeconds(4));
    List<Outbox.Message> tooEarly = ports.outbox().claim("w2", 1, LEASE);
    clock.advance(Duration.ofSeconds(1));
    List<Outbox.Message> taken = ports.outbox().claim("w2", 1, LEASE);

    assertThat(tooEarly).isEmpty();
    assertThat(taken).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(first.id());
      assertThat(m.attempts()).isEqualTo(2);
      assertThat(m.lease().worker()).isEqualTo("w2");
    });
    assertThat(ports.outbox().markSent(first.lease(), "late")).isFalse();
    assertThat(ports.outbox().markRetry(first.lease(), T0, "late")).isFalse();
    assertThat(ports.outbox().deadLetter(first.lease(), "late")).isFalse();
    assertThat(ports.outbox().markSent(taken.get(0).lease(), "wamid.2")).isTrue();
    assertThat(ports.outbox().find(ACME, first.id()).orElseThrow().externalId()).isEqualTo("wamid.2");
  }

  @Test
  void concurrentWorkersNeverClaimTheSameMessage() throws Exception {
    int messages = 40;
    for (int i = 0; i < messages; i++) {
      ports.outbox().enqueue(PortsFixtures.message(ACME, "e" + i, "x"));
    }
    int workers = 4;
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
          while (!(batch = ports.outbox().claim(worker, 3, LEASE)).isEmpty()) {
            for (Outbox.Message m : batch) {
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

      Set<OutboxMessageId> distinct = new HashSet<>(all);
      assertThat(all).hasSize(messages);
      assertThat(distinct).hasSize(messages);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRetryWaitsUntilItsTime() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message m = ports.outbox().claim("w1", 1, LEASE).get(0);

    assertThat(ports.outbox().markRetry(m.lease(), T0.plusSeconds(90), "HTTP 503")).isTrue();

    Outbox.Message stored = ports.outbox().find(ACME, m.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(Outbox.Status.PENDING);
    assertThat(stored.lastError()).isEqualTo("HTTP 503");
    assertThat(stored.availableAt()).isEqualTo(T0.plusSeconds(90));
    clock.advance(Duration.ofSeconds(89));
    assertThat(ports.outbox().claim("w1", 1, LEASE)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(ports.outbox().claim("w1", 1, LEASE)).singleElement()
        .satisfies(again -> assertThat(again.attempts()).isEqualTo(2));
  }

  @Test
  void deadLettersArePagedOldestFirstAfterTheLastOne() {
    for (int i = 0; i < 5; i++) {
      ports.outbox().enqueue(PortsFixtures.message(ACME, "e" + i, "x"));
      clock.advance(Duration.ofSeconds(i % 2));
    }
    ports.outbox().enqueue(PortsFixtures.message(OTHER, "e1", "x"));
    for (Outbox.Message m : ports.outbox().claim("w1", 10, LEASE)) {
      ports.outbox().deadLetter(m.lease(), "invalid number");
    }
    List<Outbox.Message> whole = ports.outbox().deadLetters(ACME, 10);

    for (int limit = 1; limit <= 6; limit++) {
      List<Outbox.Message> walked = new java.util.ArrayList<>();
      java.util.Optional<OutboxMessageId> after = java.util.Optional.empty();
      List<Outbox.Message> page;
      while (!(page = ports.outbox().deadLetters(ACME, after, limit)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        walked.addAll(page);
        after = java.util.Optional.of(page.get(page.size() - 1).id());
      }
      assertThat(walked).isEqualTo(whole);
    }
    assertThat(whole).hasSize(5);
    assertThat(ports.outbox().deadLetters(ACME, java.util.Optional.of(whole.get(2).id()), 10))
        .isEqualTo(whole.subList(3, 5));
    OutboxMessageId foreign = ports.outbox().deadLetters(OTHER, 10).get(0).id();
    assertThat(ports.outbox().deadLetters(ACME, java.util.Optional.of(foreign), 10)).isEmpty();
    assertThat(ports.outbox().replay(ACME, whole.get(1).id())).isTrue();
    assertThat(ports.outbox().deadLetters(ACME, java.util.Optional.of(whole.get(1).id()), 10)).isEmpty();
    assertThat(ports.outbox().deadLetters(ACME, java.util.Optional.of(whole.get(0).id()), 10))
        .isEqualTo(whole.subList(2, 5));
    assertThatThrownBy(() -> ports.outbox().deadLetters(ACME, java.util.Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deadLettersAreListedAndReplayed() {
    OutboxMessageId id = ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x")).id();
    ports.outbox().enqueue(PortsFixtures.message(OTHER, "e1", "x"));
    for (Outbox.Message m : ports.outbox().claim("w1", 10, LEASE)) {
      ports.outbox().deadLetter(m.lease(), "invalid number");
    }

    List<Outbox.Message> dead = ports.outbox().deadLetters(ACME, 10);

    assertThat(dead).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(id);
      assertThat(m.status()).isEqualTo(Outbox.Status.DEAD);
      assertThat(m.lastError()).isEqualTo("invalid number");
    });
    assertThat(ports.outbox().claim("w1", 10, LEASE)).isEmpty();
    assertThat(ports.outbox().replay(OTHER, id)).isFalse();
    clock.advance(Duration.ofMinutes(5));
    assertThat(ports.outbox().replay(ACME, id)).isTrue();
    assertThat(ports.outbox().replay(ACME, id)).isFalse();
    assertThat(ports.outbox().deadLetters(ACME, 10)).isEmpty();
    assertThat(ports.outbox().claim("w1", 10, LEASE)).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(id);
      assertThat(m.attempts()).isEqualTo(1);
    });
  }

  @Test
  void expiresWhatIsNoLongerUseful() {
    OutboxMessageId stale = ports.outbox().enqueue(withExpiry(PortsFixtures.message(ACME, "e1", "x"), T0.plusSeconds(60))).id();
    OutboxMessageId fresh = ports.outbox().enqueue(withExpiry(PortsFixtures.message(ACME, "e2", "x"), T0.plusSeconds(600))).id();
    OutboxMessageId forever = ports.outbox().enqueue(PortsFixtures.message(ACME, "e3", "x")).id();

    clock.advance(Duration.ofSeconds(60));
    List<Outbox.Message> claimable = ports.outbox().claim("w1", 10, LEASE);
    int expired = ports.outbox().expire();

    assertThat(claimable).extracting(Outbox.Message::id).containsExactlyInAnyOrder(fresh, forever);
    assertThat(expired).isEqualTo(1);
    assertThat(ports.outbox().find(ACME, stale).orElseThrow().status()).isEqualTo(Outbox.Status.EXPIRED);
    assertThat(ports.outbox().expire()).isZero();
  }

  @Test
  void recordsDeliveryReceipts() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message m = ports.outbox().claim("w1", 1, LEASE).get(0);
    ports.outbox().markSent(m.lease(), "wamid.42");

    boolean known = ports.outbox().recordDelivery("wamid.42", Outbox.DeliveryStatus.READ, T0.plusSeconds(7), "");
    boolean unknown = ports.outbox().recordDelivery("wamid.nope", Outbox.DeliveryStatus.READ, T0, "");

    assertThat(known).isTrue();
    assertThat(unknown).isFalse();
    Outbox.Message stored = ports.outbox().find(ACME, m.id()).orElseThrow();
    assertThat(stored.delivery()).isEqualTo(Outbox.DeliveryStatus.READ);
    assertThat(stored.deliveryAt()).isEqualTo(T0.plusSeconds(7));
    assertThat(stored.status()).isEqualTo(Outbox.Status.SENT);
  }

  @Test
  void keepsTheFurthestReceiptWhateverTheirOrder() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message m = ports.outbox().claim("w1", 1, LEASE).get(0);
    ports.outbox().markSent(m.lease(), "wamid.7");

    ports.outbox().recordDelivery("wamid.7", Outbox.DeliveryStatus.READ, T0.plusSeconds(9), "");
    boolean lateDelivered = ports.outbox().recordDelivery("wamid.7", Outbox.DeliveryStatus.DELIVERED, T0.plusSeconds(5), "");
    boolean lateFailed = ports.outbox().recordDelivery("wamid.7", Outbox.DeliveryStatus.FAILED, T0.plusSeconds(6), "131047");

    assertThat(lateDelivered).isTrue();
    assertThat(lateFailed).isTrue();
    Outbox.Message stored = ports.outbox().find(ACME, m.id()).orElseThrow();
    assertThat(stored.delivery()).isEqualTo(Outbox.DeliveryStatus.READ);
    assertThat(stored.deliveryAt()).isEqualTo(T0.plusSeconds(9));
    assertThat(stored.lastError()).isNull();
  }

  @Test
  void aDeadLetterTheChannelReportsDeliveredIsSettledAtOnce() {
    OutboxMessageId id = ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x")).id();
    OutboxMessageId pending = ports.outbox().enqueue(PortsFixtures.message(ACME, "e2", "x")).id();
    Outbox.Message claimed = ports.outbox().claim("w1", 10, LEASE).stream()
        .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    ports.outbox().deadLetter(claimed.lease(), "outcome unknown");

    boolean settled = ports.outbox().settleDeadLetter(id, "wamid.late", Outbox.DeliveryStatus.DELIVERED, T0.plusSeconds(30));
    boolean again = ports.outbox().settleDeadLetter(id, "wamid.other", Outbox.DeliveryStatus.READ, T0.plusSeconds(40));
    boolean notDead = ports.outbox().settleDeadLetter(pending, "wamid.x", Outbox.DeliveryStatus.DELIVERED, T0);

    assertThat(settled).isTrue();
    assertThat(again).isFalse();
    assertThat(notDead).isFalse();
    Outbox.Message stored = ports.outbox().find(ACME, id).orElseThrow();
    assertThat(stored.status()).isEqualTo(Outbox.Status.SENT);
    assertThat(stored.externalId()).isEqualTo("wamid.late");
    assertThat(stored.delivery()).isEqualTo(Outbox.DeliveryStatus.DELIVERED);
    assertThat(stored.deliveryAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(ports.outbox().find(ACME, pending).orElseThrow().status()).isEqualTo(Outbox.Status.CLAIMED);
    assertThat(ports.outbox().deadLetters(ACME, 10)).isEmpty();
    assertThat(ports.outbox().replay(ACME, id)).isFalse();
    clock.advance(Duration.ofHours(1));
    assertThat(ports.outbox().claim("w2", 10, LEASE)).extracting(Outbox.Message::id).doesNotContain(id);
    // later reports go through the wamid as for any sent message
    assertThat(ports.outbox().recordDelivery("wamid.late", Outbox.DeliveryStatus.READ, T0.plusSeconds(50), "")).isTrue();
    assertThat(ports.outbox().find(ACME, id).orElseThrow().delivery()).isEqualTo(Outbox.DeliveryStatus.READ);
  }

  private static Outbox.NewMessage withAvailability(Outbox.NewMessage m, Instant at) {
    return new Outbox.NewMessage(m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(), at, m.expiresAt());
  }

  private static Outbox.NewMessage withExpiry(Outbox.NewMessage m, Instant at) {
    return new Outbox.NewMessage(m.organisation(), m.key(), m.channel(), m.recipient(), m.payload(), m.availableAt(), at);
  }
}
