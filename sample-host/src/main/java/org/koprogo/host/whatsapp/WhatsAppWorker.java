/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.whatsapp;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.koprogo.adapters.whatsapp.DispatchPolicy;
import org.koprogo.adapters.whatsapp.SendingNumbers;
import org.koprogo.adapters.whatsapp.WhatsAppDispatcher;
import org.koprogo.adapters.whatsapp.WhatsAppNotifications;
import org.koprogo.host.outbox.ChannelWorker;
import org.koprogo.ports.out.Clock;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.DeliveryJournal;
import org.koprogo.ports.out.notification.NotificationAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's WhatsApp dispatcher, run on a schedule: each run drains the due WhatsApp
 * messages of the outbox (at most {@code koprogo.whatsapp.rounds} batches). Every instance runs
 * one; they share the outbox through its leases ({@code FOR UPDATE SKIP LOCKED}) and the delivery
 * journal, so a message is never sent by two of them. The host's generic outbox worker leaves
 * WhatsApp messages to it. Micronaut's fixed-delay schedule never overlaps two runs of one
 * instance, which the dispatcher (not thread-safe) needs.
 */
@Singleton
@Requires(property = "koprogo.whatsapp.enabled", value = "true")
public final class WhatsAppWorker implements ChannelWorker {
  private static final Logger LOG = LoggerFactory.getLogger(WhatsAppWorker.class);

  private final WhatsAppDispatcher dispatcher;
  private final int rounds;
  private final String name;

  WhatsAppWorker(WhatsAppSettings settings, OutPorts ports, SendingNumbers numbers, DeliveryJournal journal,
      Consents consents, NotificationAlerts alerts, DispatchPolicy policy, Clock clock) {
    this.name = "whatsapp/" + UUID.randomUUID();
    this.rounds = settings.rounds();
    this.dispatcher =
        new WhatsAppDispatcher(ports.outbox(), numbers, journal, consents, alerts, policy, clock, name);
  }

  @Override
  public String channel() {
    return WhatsAppNotifications.CHANNEL;
  }

  /**
   * One run: rounds until nothing is due or the limit is reached.
   *
   * @return the number of messages claimed
   */
  @Scheduled(fixedDelay = "${koprogo.whatsapp.interval:5s}", initialDelay = "${koprogo.whatsapp.initial-delay:10s}")
  public int runOnce() {
    try {
      int claimed = dispatcher.drain(rounds);
      if (claimed > 0) {
        LOG.info("WhatsApp worker {}: {} messages claimed", name, claimed);
      }
      return claimed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (RuntimeException e) {
      LOG.warn("WhatsApp worker {} failed a run; its messages wait for their lease to end", name, e);
      return 0;
    }
  }
}
