/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koprogo.host.HttpCalls;
import org.koprogo.host.HttpCalls.Answer;
import org.koprogo.ports.in.outbox.DrainOutbox;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * Two instances of the host on two ports share one database: a token from one is honoured by the
 * other, a write through one is read through the other, and their outbox workers, running at the
 * same time, hand every message to its channel exactly once.
 */
class TwoInstancesTest {
  private static final Map<String, Object> SETTINGS =
      Map.of(
          "koprogo.jdbc.url",
          "jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
          "micronaut.server.port", -1,
          "koprogo.outbox.worker.initial-delay", "1h",
          "koprogo.outbox.worker.batch", 5);

  private static ApplicationContext first;
  private static ApplicationContext second;
  private static HttpCalls one;
  private static HttpCalls two;
  private static HttpClient clientOne;
  private static HttpClient clientTwo;

  @BeforeAll
  static void startTwoInstances() {
    first = ApplicationContext.builder().environments("test", "two-instances").properties(SETTINGS).start();
    second = ApplicationContext.builder().environments("test", "two-instances").properties(SETTINGS).start();
    EmbeddedServer a = first.getBean(EmbeddedServer.class).start();
    EmbeddedServer b = second.getBean(EmbeddedServer.class).start();
    clientOne = first.createBean(HttpClient.class, a.getURL());
    clientTwo = second.createBean(HttpClient.class, b.getURL());
    one = new HttpCalls(clientOne.toBlocking());
    two = new HttpCalls(clientTwo.toBlocking());
  }

  @AfterAll
  static void stop() {
    clientOne.close();
    clientTwo.close();
    first.close();
    second.close();
  }

  @Test
  void runsOnTwoPorts() {
    assertThat(first.getBean(EmbeddedServer.class).getPort())
        .isNotEqualTo(second.getBean(EmbeddedServer.class).getPort());
  }

  @Test
  void honoursATokenIssuedByTheOtherInstanceAndSharesTheRecords() {
    String token = one.postJson("/api/v1/login",
        "{\"username\":\"syndic@tilleuls\",\"password\":\"koprogo-demo\"}").json().path("access_token").asText();

    Answer written = two.postJson("/api/v1/buildings/residence-tilleuls/expenses",
        "{\"id\":\"two-instances\",\"label\":\"x\",\"amount\":\"12.00\",\"bookedOn\":\"2026-06-01\"}", token);
    Answer read = one.get("/api/v1/expenses/two-instances", token);

    assertThat(written.status()).as(written.body()).isEqualTo(201);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("amount").asText()).isEqualTo("12.00");
  }

  @Test
  void theirOutboxWorkersHandEveryMessageToItsChannelExactlyOnce() throws Exception {
    OutPorts ports = first.getBean(OutPorts.class);
    Instant now = ports.clock().now().minusSeconds(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      ids.add(ports.transactions().inTransaction(() -> ports.outbox().enqueue(new Outbox.NewMessage(
          OrganisationId.of("demo-tilleuls"), new Outbox.Key("test", "entity:" + n, "event"),
          "counting", "+32470000000", "{}", now, null))).id().value());
    }
    List<OutboxWorker> workers =
        List.of(first.getBean(OutboxWorker.class), second.getBean(OutboxWorker.class));

    ExecutorService pool = Executors.newFixedThreadPool(workers.size());
    try {
      for (int round = 0; round < 20 && !allSent(ports, ids); round++) {
        List<Future<DrainOutbox.Report>> runs = new ArrayList<>();
        for (OutboxWorker worker : workers) {
          runs.add(pool.submit((Callable<DrainOutbox.Report>) worker::runOnce));
        }
        for (Future<DrainOutbox.Report> run : runs) {
          run.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(allSent(ports, ids)).isTrue();
    for (String id : ids) {
      assertThat(CountingDelivery.DELIVERED.getOrDefault(id, new AtomicInteger()).get()).as(id).isEqualTo(1);
    }
    assertThat(first.getBean(OutboxWorker.class).name()).isNotEqualTo(second.getBean(OutboxWorker.class).name());
  }

  private static boolean allSent(OutPorts ports, List<String> ids) {
    return ids.stream().allMatch(id -> ports.outbox()
        .find(OrganisationId.of("demo-tilleuls"), org.koprogo.ports.out.OutboxMessageId.of(id))
        .map(m -> m.status() == Outbox.Status.SENT).orElse(false));
  }

}
