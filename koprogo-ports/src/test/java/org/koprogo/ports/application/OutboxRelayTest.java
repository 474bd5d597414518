/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

class OutboxRelayTest {
  private final ManualClock clock = ManualClock.at(PortsFixtures.T0);
  private final MemoryDatabase store = new MemoryDatabase(clock);
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(10), 3, RetrySchedule.Jitter.fixed(500));
  private final List<String> sent = new ArrayList<>();

  private OutboxRelay relay(OutboxRelay.Delivery delivery) {
    return new OutboxRelay(store.outbox(), clock, delivery, schedule, "worker-1", 10, Duration.ofSeconds(30));
  }

  @Test
  void drainsABacklogBatchAfterBatchInOneTick() {
    for (int i = 0; i < 35; i++) {
      store.outbox().enqueue(PortsFixtures.message(ACME, "e" + i, "x"));
    }

    OutboxRelay.Report report = relay(m -> {
      sent.add(m.key().entity());
      return new OutboxRelay.Outcome.Sent("id-" + m.key().entity());
    }).drain(100);

    assertThat(report.claimed()).isEqualTo(35);
    assertThat(report.sent()).isEqualTo(35);
    assertThat(sent).hasSize(35).doesNotHaveDuplicates();
  }

  @Test
  void drainStopsAtItsRoundsAndAtTheFirstBatchThatIsNotFull() {
    for (int i = 0; i < 35; i++) {
      store.outbox().enqueue(PortsFixtures.message(ACME, "e" + i, "x"));
    }
    OutboxRelay relay = relay(m -> new OutboxRelay.Outcome.Sent("id-" + m.key().entity()));

    OutboxRelay.Report twoRounds = relay.drain(2);
    OutboxRelay.Report rest = relay.drain(100);
    OutboxRelay.Report nothing = relay.drain(100);

    assertThat(twoRounds.claimed()).isEqualTo(20);
    assertThat(rest.claimed()).isEqualTo(15);
    assertThat(nothing.claimed()).isZero();
  }

  @Test
  void aBatchThatFailsIsNotClaimedAgainInTheSameDrain() {
    for (int i = 0; i < 10; i++) {
      store.outbox().enqueue(PortsFixtures.message(ACME, "e" + i, "x"));
    }

    OutboxRelay.Report report = relay(m -> {
      throw new IllegalStateException("HTTP 503");
    }).drain(100);

    assertThat(report.claimed()).isEqualTo(10);
    assertThat(report.retried()).isEqualTo(10);
  }

  @Test
  void deliversADatabaseChannelsBatchInOneTransactionAndRetriesOneByOneIfItFails() {
    for (int i = 0; i < 4; i++) {
      store.outbox().enqueue(new Outbox.NewMessage(ACME, new Outbox.Key("notice", "e" + i, "x"), "in-app",
          "M" + i, "{}", PortsFixtures.T0, null));
    }
    List<Integer> transactions = new ArrayList<>();
    org.koprogo.ports.out.Transactions counting = new org.koprogo.ports.out.Transactions() {
      @Override
      public <T> T inTransaction(java.util.function.Supplier<T> work) {
        transactions.add(transactions.size());
        return store.transactions().inTransaction(work);
      }
    };
    List<String> attempts = new ArrayList<>();
    OutboxRelay relay = relay(m -> {
      attempts.add(m.key().entity());
      if (m.key().entity().equals("e2") && attempts.size() == 3) {
        throw new IllegalStateException("deadlock detected");
      }
      return new OutboxRelay.Outcome.Sent("in-app:" + m.id().value());
    }).withBatchTransactions(counting, java.util.Set.of("in-app"));

    OutboxRelay.Report report = relay.runOnce();

    assertThat(transactions).hasSize(1);
    assertThat(report.sent()).isEqualTo(4);
    assertThat(attempts).containsExactly("e0", "e1", "e2", "e0", "e1", "e2", "e3");
  }

  @Test
  void sendsAndRecordsTheExternalId() {
    OutboxMessageId id = store.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x")).id();

    OutboxRelay.Report report = relay(m -> {
      sent.add(m.key().entity());
      return new OutboxRelay.Outcome.Sent("wamid.1");
    }).runOnce();

    assertThat(report).isEqualTo(new OutboxRelay.Report(1, 1, 0, 0, 0, 0));
    assertThat(sent).containsExactly("e1");
    assertThat(store.outbox().find(ACME, id).orElseThrow().externalId()).isEqualTo("wamid.1");
  }

  @Test
  void retriesWithBackoffThenDeadLettersAfterTheLastAttempt() {
    OutboxMessageId id = store.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x")).id();
    OutboxRelay failing = relay(m -> {
      throw new IllegalStateException("HTTP 503");
    });

    OutboxRelay.Report first = failing.runOnce();
    Outbox.Message afterFirst = store.outbox().find(ACME, id).orElseThrow();
    clock.advance(Duration.ofSeconds(7));
    OutboxRelay.Report tooEarly = failing.runOnce();
    clock.advance(Duration.ofSeconds(1));
    failing.runOnce();
    clock.advance(Duration.ofSeconds(15));
    OutboxRelay.Report last = failing.runOnce();

    assertThat(first.retried()).isEqualTo(1);
    assertThat(afterFirst.availableAt()).isEqualTo(PortsFixtures.T0.plusMillis(7500));
    assertThat(afterFirst.lastError()).isEqualTo("IllegalStateException: HTTP 503");
    assertThat(tooEarly.claimed()).isZero();
    assertThat(last.dead()).isEqualTo(1);
    assertThat(store.outbox().deadLetters(ACME, 10)).extracting(Outbox.Message::id).containsExactly(id);
  }

  @Test
  void aPermanentFailureIsADeadLetterAtOnce() {
    store.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));

    OutboxRelay.Report report = relay(m -> new OutboxRelay.Outcome.Permanent("131026 undeliverable")).runOnce();

    assertThat(report.dead()).isEqualTo(1);
    assertThat(store.outbox().deadLetters(ACME, 10)).singleElement()
        .satisfies(m -> assertThat(m.lastError()).isEqualTo("131026 undeliverable"));
  }

  @Test
  void expiresStaleMessagesBeforeSending() {
    store.outbox().enqueue(new Outbox.NewMessage(
        ACME, new Outbox.Key("payment_reminder", "e1", "x"), "whatsapp", "+32470000001", "{}",
        PortsFixtures.T0, PortsFixtures.T0.plusSeconds(60)));
    clock.advance(Duration.ofMinutes(2));

    OutboxRelay.Report report = relay(m -> {
      sent.add(m.key().entity());
      return new OutboxRelay.Outcome.Sent("x");
    }).runOnce();

    assertThat(report.expired()).isEqualTo(1);
    assertThat(sent).isEmpty();
  }
}
