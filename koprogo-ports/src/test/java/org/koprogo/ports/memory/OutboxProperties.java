/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutboxMessageId;

/**
 * Any interleaving of enqueues, claims by three workers, clock moves and outcomes keeps the
 * outbox's promises: no message is held by two live leases, no message is marked sent twice, and
 * every distinct key is eventually sent exactly once.
 */
class OutboxProperties {
  private static final Duration LEASE = Duration.ofSeconds(10);

  @Test
  void leasesNeverOverlapAndEveryKeyIsSentExactlyOnce() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 399)).ofSizeBetween(1, 80))
        .checkAssert(program -> {
          ManualClock clock = ManualClock.at(PortsFixtures.T0);
          Outbox outbox = new MemoryDatabase(clock).outbox();
          Map<OutboxMessageId, Outbox.Lease> live = new HashMap<>();
          List<Outbox.Lease> seen = new ArrayList<>();
          Map<OutboxMessageId, Integer> sent = new HashMap<>();
          Set<String> keys = new HashSet<>();

          for (int op : program) {
            int arg = op / 4;
            switch (op % 4) {
              case 0 -> {
                keys.add("e" + arg % 10);
                outbox.enqueue(PortsFixtures.message(PortsFixtures.ACME, "e" + arg % 10, "x"));
              }
              case 1 -> {
                for (Outbox.Message m : outbox.claim("w" + arg % 3, 2, LEASE)) {
                  Outbox.Lease held = live.get(m.id());
                  assertThat(held == null || !held.until().isAfter(clock.now()))
                      .as("message %s claimed while %s holds it", m.id(), held).isTrue();
                  live.put(m.id(), m.lease());
                  seen.add(m.lease());
                }
              }
              case 2 -> clock.advance(Duration.ofSeconds(arg % 20));
              default -> {
                if (!seen.isEmpty()) {
                  Outbox.Lease lease = seen.get(arg % seen.size());
                  if (outbox.markSent(lease, "ext")) {
                    sent.merge(lease.message(), 1, Integer::sum);
                    live.remove(lease.message());
                  }
                }
              }
            }
          }
          clock.advance(Duration.ofHours(1));
          List<Outbox.Message> rest;
          while (!(rest = outbox.claim("drain", 5, LEASE)).isEmpty()) {
            for (Outbox.Message m : rest) {
              assertThat(outbox.markSent(m.lease(), "ext")).isTrue();
              sent.merge(m.id(), 1, Integer::sum);
            }
          }

          assertThat(sent.values()).allMatch(n -> n == 1);
          assertThat(sent).hasSize(keys.size());
        });
  }
}
