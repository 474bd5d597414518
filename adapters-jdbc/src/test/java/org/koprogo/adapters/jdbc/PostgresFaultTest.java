/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;

/**
 * Faults on the real PostgreSQL: a backend terminated in the middle of a unit of work, a unique
 * key contended by two open transactions, outbox rows locked by a worker that has not committed
 * or that dies. Each waits for the exact database state it needs (a lock wait seen in {@code
 * pg_stat_activity}), never for a fixed time.
 */
class PostgresFaultTest {
  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.postgres();
  private static final Duration LEASE = Duration.ofSeconds(30);

  private final ManualClock clock = ManualClock.at(PortsFixtures.T0);
  private RecordingDataSource recording;
  private OutPorts ports;
  private ExecutorService pool;

  @BeforeEach
  void freshStore() {
    DATABASE.freshPorts(clock);
    recording = new RecordingDataSource(DATABASE.dataSource());
    ports = new JdbcStore(recording, clock).ports();
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void aConnectionDroppedMidTransactionLosesNothingCommittedAndCommitsNothingHalfDone() {
    ports.buildings().add(PortsFixtures.building(ACME, "B0"));
    LedgerEntry committed = ports.ledger().record(PortsFixtures.declaration(ACME, "E0", "M1", 100, "req-0")).entry();

    Throwable failure = catchThrowable(() -> ports.transactions().run(() -> {
      ports.buildings().add(PortsFixtures.building(ACME, "B1"));
      ports.owners().add(PortsFixtures.owner(ACME, "O1"));
      ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 200, "req-1"));
      ports.outbox().enqueue(PortsFixtures.message(ACME, "building:B1", "registered"));
      terminate(backendPidOfThisThread());
      ports.auditTrail().append(ACME, PortsFixtures.event("BuildingRegistered", "building", "B1"));
    }));

    assertThat(failure).isInstanceOf(KoproGoException.class);
    KoproGoException e = (KoproGoException) failure;
    assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE);
    assertThat(e.details()).containsEntry("connectionLost", true);
    assertThat(ports.buildings().find(ACME, BuildingId.of("B0"))).isPresent();
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(committed);
    assertThat(ports.buildings().find(ACME, BuildingId.of("B1"))).isEmpty();
    assertThat(ports.owners().find(ACME, OwnerId.of("O1"))).isEmpty();
    assertThat(ports.outbox().claim("w", 10, LEASE)).isEmpty();
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.first(10))).isEmpty();
  }

  @Test
  void aUnitOfWorkRetriedAfterADroppedConnectionRecordsOnce() {
    Runnable work = () -> ports.transactions().run(() -> {
      ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 200, "req-1"));
      ports.outbox().enqueue(PortsFixtures.message(ACME, "ledger:E1", "declared"));
    });
    catchThrowable(() -> ports.transactions().run(() -> {
      work.run();
      terminate(backendPidOfThisThread());
      ports.auditTrail().append(ACME, PortsFixtures.event("x", "member", "M1"));
    }));

    work.run();
    work.run();

    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).hasSize(1);
    assertThat(ports.outbox().claim("w", 10, LEASE)).hasSize(1);
  }

  @Test
  void twoOpenTransactionsConfirmingOneDeclarationRecordItOnce() throws Exception {
    LedgerEntry declared = ports.ledger().record(PortsFixtures.declaration(ACME, "E1", "M1", 100, "req-1")).entry();
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    int[] secondPid = new int[1];
    CountDownLatch secondStarted = new CountDownLatch(1);

    Future<Ledger.Recorded> first = pool.submit(() -> ports.transactions().inTransaction(() -> {
      Ledger.Recorded r = ports.ledger().record(
          PortsFixtures.resolution(ACME, "C1", declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-1"));
      firstInserted.countDown();
      await(releaseFirst);
      return r;
    }));
    await(firstInserted);
    Future<Ledger.Recorded> second = pool.submit(() -> ports.transactions().inTransaction(() -> {
      secondPid[0] = backendPidOfThisThread();
      secondStarted.countDown();
      return ports.ledger().record(
          PortsFixtures.resolution(ACME, "C2", declared, LedgerEntry.Kind.PAYMENT_CONFIRMED, "confirm-2"));
    }));
    await(secondStarted);
    awaitLockWait(secondPid[0]);
    releaseFirst.countDown();

    Ledger.Recorded a = first.get(20, TimeUnit.SECONDS);
    Ledger.Recorded b = second.get(20, TimeUnit.SECONDS);
    assertThat(a.duplicate()).isFalse();
    assertThat(b).isEqualTo(new Ledger.Recorded(a.entry(), true));
    assertThat(ports.ledger().entriesOf(ACME, MemberId.of("M1"))).containsExactly(declared, a.entry());
  }

  @Test
  void aWorkerNeverClaimsARowAnotherWorkerHoldsLocked() throws Exception {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e2", "x"));
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    Future<List<Outbox.Message>> a = pool.submit(() -> ports.transactions().inTransaction(() -> {
      List<Outbox.Message> mine = ports.outbox().claim("A", 1, LEASE);
      claimed.countDown();
      await(release);
      return mine;
    }));
    await(claimed);
    List<Outbox.Message> b = ports.outbox().claim("B", 10, LEASE);
    release.countDown();
    List<Outbox.Message> first = a.get(20, TimeUnit.SECONDS);

    assertThat(first).hasSize(1);
    assertThat(b).hasSize(1);
    assertThat(b.get(0).id()).isNotEqualTo(first.get(0).id());
    assertThat(ports.outbox().claim("C", 10, LEASE)).isEmpty();
  }

  @Test
  void aWorkerKilledBeforeCommittingItsClaimLeavesTheRowToTheNextWorkerAtOnce() throws Exception {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    int[] pid = new int[1];

    Future<?> killed = pool.submit(() -> ports.transactions().run(() -> {
      ports.outbox().claim("killed", 1, LEASE);
      pid[0] = backendPidOfThisThread();
      claimed.countDown();
      await(release);
      ports.outbox().claim("killed", 1, LEASE);
    }));
    await(claimed);
    terminate(pid[0]);
    release.countDown();
    Throwable failure = catchThrowable(() -> killed.get(20, TimeUnit.SECONDS));
    List<Outbox.Message> next = ports.outbox().claim("next", 10, LEASE);

    assertThat(failure).hasCauseInstanceOf(KoproGoException.class);
    assertThat(next).singleElement().satisfies(m -> {
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.lease().worker()).isEqualTo("next");
    });
  }

  @Test
  void aWorkerKilledAfterClaimingLetsAnotherTakeTheRowWhenTheLeaseEnds() {
    ports.outbox().enqueue(PortsFixtures.message(ACME, "e1", "x"));
    Outbox.Message held = ports.outbox().claim("killed", 1, Duration.ofSeconds(2)).get(0);

    List<Outbox.Message> during = ports.outbox().claim("next", 10, LEASE);
    clock.advance(Duration.ofSeconds(2));
    List<Outbox.Message> after = ports.outbox().claim("next", 10, LEASE);

    assertThat(during).isEmpty();
    assertThat(after).singleElement().satisfies(m -> assertThat(m.id()).isEqualTo(held.id()));
    assertThat(ports.outbox().markSent(held.lease(), "too-late")).isFalse();
  }

  private int backendPidOfThisThread() {
    try {
      return recording.backendPid();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void terminate(int pid) {
    try (Connection c = DATABASE.directConnection();
        PreparedStatement ps = c.prepareStatement("select pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getBoolean(1)).isTrue();
      }
      // wait until the backend is gone, so the next statement on it surely fails
      waitUntil(c, "select count(*) = 0 from pg_stat_activity where pid = ?", pid);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitLockWait(int pid) throws SQLException {
    try (Connection c = DATABASE.directConnection()) {
      waitUntil(c, "select count(*) = 1 from pg_stat_activity where pid = ? and wait_event_type = 'Lock'", pid);
    }
  }

  private static void waitUntil(Connection c, String condition, int pid) throws SQLException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (PreparedStatement ps = c.prepareStatement(condition)) {
        ps.setInt(1, pid);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            return;
          }
        }
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("timed out waiting for: " + condition + " (pid " + pid + ")");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
