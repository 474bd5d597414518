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
import java.util.List;
import org.koprogo.ports.application.OutboxDraining;
import org.koprogo.ports.in.outbox.DrainOutbox;
import org.koprogo.ports.out.OutPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's outbox worker: every few seconds it calls the library's {@link DrainOutbox}
 * (built by {@link OutboxDraining} from the host's {@link ChannelDelivery} beans; channels with a
 * {@link ChannelWorker} of their own, WhatsApp, are left to it). Every instance runs one; they
 * cooperate through the database's leases.
 */
@Singleton
@Requires(property = "koprogo.outbox.worker.enabled", value = "true", defaultValue = "true")
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  private final DrainOutbox drain;

  OutboxWorker(OutPorts ports, List<ChannelDelivery> deliveries, List<ChannelWorker> ownWorkers,
      @Value("${koprogo.outbox.worker.batch:100}") int batch,
      @Value("${koprogo.outbox.worker.max-rounds:1000}") int maxRounds,
      @Value("${koprogo.outbox.worker.lease:60s}") Duration lease) {
    OutboxDraining.Builder builder = OutboxDraining.on(ports, OutboxDraining.uniqueWorkerName(hostName()))
        .batch(batch).maxRounds(maxRounds).lease(lease);
    for (ChannelDelivery d : deliveries) {
      if (d.writesToTheDatabaseOnly()) {
        builder.deliverInDatabase(d.channel(), d::deliver);
      } else {
        builder.deliver(d.channel(), d::deliver);
      }
    }
    for (ChannelWorker w : ownWorkers) {
      builder.leaveToItsOwnWorker(w.channel());
    }
    this.drain = builder.build();
  }

  /** One tick: the library's drain; a failure is logged and the next tick retries. */
  @Scheduled(fixedDelay = "${koprogo.outbox.worker.interval:5s}",
      initialDelay = "${koprogo.outbox.worker.initial-delay:10s}")
  public DrainOutbox.Report runOnce() {
    try {
      DrainOutbox.Report report = drain.drain();
      if (report.didSomething()) {
        LOG.info("outbox worker {}: {}", drain.worker(), report);
      }
      return report;
    } catch (RuntimeException e) {
      LOG.warn("outbox worker {} failed a round; the next round retries", drain.worker(), e);
      return DrainOutbox.Report.NOTHING;
    }
  }

  /** This worker's name among the workers sharing the outbox. */
  public String name() {
    return drain.worker();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "host";
    }
  }
}
