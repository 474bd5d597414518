/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.application.OutboxDraining;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.in.outbox.DrainOutbox;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * The outbox worker's use case ({@link DrainOutbox} built by {@link OutboxDraining}) on a store:
 * each channel to its delivery, a channel without one dead-lettered with the reason, a channel
 * left to its own worker never claimed, a backlog drained batch after batch in one tick, a
 * database channel's batch delivered in one transaction (redone one by one when it fails), and
 * two workers sharing the outbox without delivering a message twice.
 */
public abstract class OutboxDrainContract extends ContractBase {
  private OutboxMessageId enqueue(String channel, String entity) {
    return ports.outbox().enqueue(new Outbox.NewMessage(ACME, new Outbox.Key("notice", entity, "posted"),
        channel, "M-1", "{}", PortsFixtures.T0, null)).id();
  }

  private Outbox.Status status(OutboxMessageId id) {
    return ports.outbox().find(ACME, id).orElseThrow().status();
  }

  @Test
  void handsEachMessageToItsChannelAndDeadLettersAChannelWithoutDelivery() {
    OutboxMessageId email = enqueue("email", "e1");
    OutboxMessageId whatsapp = enqueue("whatsapp", "e2");
    OutboxMessageId fax = enqueue("fax", "e3");
    List<String> sent = new ArrayList<>();
    DrainOutbox worker = OutboxDraining.on(ports, "worker-1")
        .deliver("email", m -> {
          sent.add(m.key().entity());
          return new OutboxRelay.Outcome.Sent("smtp-" + m.key().entity());
        })
        .leaveToItsOwnWorker("whatsapp")
        .build();

    DrainOutbox.Report report = worker.drain();

    assertThat(report).isEqualTo(new DrainOutbox.Report(2, 1, 0, 1, 0, 0));
    assertThat(sent).containsExactly("e1");
    assertThat(status(email)).isEqualTo(Outbox.Status.SENT);
    assertThat(ports.outbox().find(ACME, email).orElseThrow().externalId()).isEqualTo("smtp-e1");
    assertThat(status(whatsapp)).isEqualTo(Outbox.Status.PENDING);
    assertThat(status(fax)).isEqualTo(Outbox.Status.DEAD);
    assertThat(ports.outbox().find(ACME, fax).orElseThrow().lastError())
        .isEqualTo("no delivery is configured for channel 'fax'");
    assertThat(worker.worker()).isEqualTo("worker-1");
  }

  @Test
  void drainsABacklogBatchAfterBatchInOneTickUpToItsRounds() {
    for (int i = 0; i < 25; i++) {
      enqueue("email", "e" + i);
    }
    OutboxDraining.Builder builder = OutboxDraining.on(ports, "worker-1")
        .deliver("email", m -> new OutboxRelay.Outcome.Sent("x-" + m.key().entity()))
        .batch(10);

    DrainOutbox.Report twoRounds = builder.maxRounds(2).build().drain();
    DrainOutbox.Report rest = builder.maxRounds(100).build().drain();
    DrainOutbox.Report nothing = builder.build().drain();

    assertThat(twoRounds.sent()).isEqualTo(20);
    assertThat(rest.sent()).isEqualTo(5);
    assertThat(nothing).isEqualTo(DrainOutbox.Report.NOTHING);
    assertThat(nothing.didSomething()).isFalse();
  }

  @Test
  void deliversADatabaseChannelsBatchInOneTransactionAndOneByOneWhenTheBatchFails() {
    for (int i = 0; i < 4; i++) {
      enqueue("in-app", "e" + i);
    }
    AtomicInteger attempts = new AtomicInteger();
    DrainOutbox worker = OutboxDraining.on(ports, "worker-1")
        .deliverInDatabase("in-app", m -> {
          ports.auditTrail().append(ACME, new AuditEvent(PortsFixtures.T0, "worker", "Delivered",
              "message", m.key().entity(), Map.of()));
          if (attempts.incrementAndGet() == 3) {
            throw new IllegalStateException("deadlock detected");
          }
          return new OutboxRelay.Outcome.Sent("in-app:" + m.id().value());
        })
        .build();

    DrainOutbox.Report report = worker.drain();

    assertThat(report.sent()).isEqualTo(4);
    assertThat(attempts).hasValue(7);
    assertThat(ports.auditTrail().list(ACME, new AuditTrail.Query("message", null, 0, 100)))
        .extracting(e -> e.event().subjectId())
        .containsExactlyInAnyOrder("e0", "e1", "e2", "e3");
  }

  @Test
  void twoWorkersSharingTheOutboxDeliverEveryMessageExactlyOnce() throws Exception {
    List<OutboxMessageId> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(enqueue("email", "e" + i));
    }
    Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    OutboxRelay.Delivery counting = m -> {
      delivered.computeIfAbsent(m.key().entity(), k -> new AtomicInteger()).incrementAndGet();
      return new OutboxRelay.Outcome.Sent("x-" + m.key().entity());
    };
    List<DrainOutbox> workers = List.of(
        OutboxDraining.on(ports, OutboxDraining.uniqueWorkerName("a")).deliver("email", counting).batch(7).build(),
        OutboxDraining.on(ports, OutboxDraining.uniqueWorkerName("b")).deliver("email", counting).batch(7).build());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    int sent = 0;
    try {
      List<Future<DrainOutbox.Report>> runs = new ArrayList<>();
      for (DrainOutbox w : workers) {
        runs.add(pool.submit((Callable<DrainOutbox.Report>) w::drain));
      }
      for (Future<DrainOutbox.Report> run : runs) {
        sent += run.get().sent();
      }
    } finally {
      pool.shutdownNow();
    }
    sent += workers.get(0).drain().sent();

    assertThat(sent).isEqualTo(60);
    assertThat(delivered).hasSize(60).allSatisfy((entity, count) -> assertThat(count).hasValue(1));
    assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo(Outbox.Status.SENT));
    assertThat(workers.get(0).worker()).startsWith("a/").isNotEqualTo(workers.get(1).worker());
  }
}
