/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.DeliveryJournal.Receipt;
import org.koprogo.ports.out.notification.DeliveryJournal.Recorded;
import org.koprogo.ports.out.notification.DeliveryStatus;

/**
 * Meta delivers a webhook at least once, sometimes twice at the same moment to two instances of
 * the host: on the real PostgreSQL, the same report recorded concurrently by several journals
 * (several processes) is recorded once, and the furthest status is the one every order agrees on.
 */
class DeliveryJournalRaceTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();
  private static final int RACERS = 6;

  @RepeatedTest(5)
  void recordsAReportDeliveredToSeveralInstancesAtOnceExactlyOnce() throws Exception {
    ManualClock clock = ManualClock.at(PortsFixtures.T0);
    OutPorts ports = NotificationTables.freshPorts(DATABASE, clock);
    OutboxMessageId message =
        ports.outbox().enqueue(PortsFixtures.message(PortsFixtures.ACME, "ledger:E-1", "due:1")).id();
    List<Receipt> reports = new ArrayList<>();
    for (DeliveryStatus status : List.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.READ)) {
      reports.add(new Receipt("wamid.RACE", Optional.of(message), status, Instant.parse("2026-03-01T09:00:00Z"), ""));
    }
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Recorded>>> results = new ArrayList<>();
    try {
      for (int r = 0; r < RACERS; r++) {
        DeliveryJournal journal = new JdbcDeliveryJournal(NotificationTables.store(DATABASE, clock));
        int offset = r;
        results.add(pool.submit(() -> {
          start.await();
          List<Recorded> mine = new ArrayList<>();
          for (int i = 0; i < reports.size(); i++) {
            mine.add(journal.record(reports.get((i + offset) % reports.size())));
          }
          return mine;
        }));
      }
      start.countDown();
      List<Recorded> all = new ArrayList<>();
      for (Future<List<Recorded>> f : results) {
        all.addAll(f.get(60, TimeUnit.SECONDS));
      }

      long firstTimes = all.stream().filter(r -> r != Recorded.DUPLICATE).count();
      assertThat(all).hasSize(RACERS * reports.size());
      assertThat(firstTimes).as("each of the three reports recorded once").isEqualTo(reports.size());
      assertThat(new JdbcDeliveryJournal(NotificationTables.store(DATABASE, clock)).furthest(message).orElseThrow().status())
          .isEqualTo(DeliveryStatus.READ);
    } finally {
      pool.shutdownNow();
    }
  }
}
