/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.koprogo.ports.application.OutboxRelay;
import org.koprogo.ports.application.RetrySchedule;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.OutPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's outbox worker: every few seconds it claims batches of due messages under a
 * lease and hands each to its channel's {@link ChannelDelivery}, batch after batch while they come
 * full (a backlog drains at the channel's pace, not one batch per tick). Every instance runs one; they
 * cooperate through the database (leases taken with {@code FOR UPDATE SKIP LOCKED}), so a
 * message is never handed to two workers at once and adding instances adds capacity. Channels
 * with a {@link ChannelWorker} of their own (WhatsApp) are left to it.
 */
@Singleton
@Requires(property = "koprogo.outbox.worker.enabled", value = "true", defaultValue = "true")
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  private final OutboxRelay relay;
  private final String name;
  private final int maxRounds;

  OutboxWorker(OutPorts ports, List<ChannelDelivery> deliveries, List<ChannelWorker> ownWorkers,
      @Value("${koprogo.outbox.worker.batch:100}") int batch,
      @Value("${koprogo.outbox.worker.max-rounds:1000}") int maxRounds,
      @Value("${koprogo.outbox.worker.lease:60s}") Duration lease) {
    Map<String, ChannelDelivery> byChannel = new HashMap<>();
    Set<String> inDatabase = new HashSet<>();
    for (ChannelDelivery d : deliveries) {
      byChannel.put(d.channel(), d);
      if (d.writesToTheDatabaseOnly()) {
        inDatabase.add(d.channel());
      }
    }
    Set<String> leftToTheirWorkers = new HashSet<>();
    for (ChannelWorker w : ownWorkers) {
      leftToTheirWorkers.add(w.channel());
    }
    this.name = hostName() + "/" + UUID.randomUUID();
    this.maxRounds = maxRounds;
    this.relay = new OutboxRelay(ports.outbox(), ports.clock(), message -> deliver(byChannel, message),
        RetrySchedule.standard(), name, batch, lease, Outbox.ChannelSelection.allBut(leftToTheirWorkers))
        .withBatchTransactions(ports.transactions(), inDatabase);
  }

  /** One tick: expire, claim, deliver, record, again while the batches come full. */
  @Scheduled(fixedDelay = "${koprogo.outbox.worker.interval:5s}",
      initialDelay = "${koprogo.outbox.worker.initial-delay:10s}")
  public OutboxRelay.Report runOnce() {
    try {
      OutboxRelay.Report report = relay.drain(maxRounds);
      if (report.claimed() > 0 || report.expired() > 0) {
        LOG.info("outbox worker {}: {}", name, report);
      }
      return report;
    } catch (RuntimeException e) {
      LOG.warn("outbox worker {} failed a round; the next round retries", name, e);
      return new OutboxRelay.Report(0, 0, 0, 0, 0, 0);
    }
  }

  /** This worker's name among the workers sharing the outbox. */
  public String name() {
    return name;
  }

  private static OutboxRelay.Outcome deliver(Map<String, ChannelDelivery> byChannel,
      Outbox.Message message) {
    ChannelDelivery delivery = byChannel.get(message.channel());
    if (delivery == null) {
      return new OutboxRelay.Outcome.Permanent(
          "no delivery is configured for channel '" + message.channel() + "'");
    }
    return delivery.deliver(message);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "host";
    }
  }
}
