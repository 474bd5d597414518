/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.email;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.koprogo.adapters.email.EmailDispatcher;
import org.koprogo.adapters.email.EmailNotifications;
import org.koprogo.adapters.email.EmailPolicy;
import org.koprogo.adapters.email.SmtpMailer;
import org.koprogo.adapters.email.SmtpSettings;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.notification.JdbcDeliveryJournal;
import org.koprogo.host.outbox.ChannelWorker;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.notification.ConsentRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's email dispatcher, run on a schedule: each run drains the due emails of the
 * outbox (at most {@code koprogo.email.rounds} batches), checking consent again in each message's
 * organisation. Every instance runs one; they share the outbox through its leases and the
 * delivery journal through the database. The generic outbox worker leaves email to it.
 */
@Singleton
@Requires(property = "koprogo.email.enabled", value = "true")
public final class EmailWorker implements ChannelWorker {
  private static final Logger LOG = LoggerFactory.getLogger(EmailWorker.class);

  private final EmailDispatcher dispatcher;
  private final int rounds;
  private final String name;

  EmailWorker(SmtpSettings settings, OutPorts ports, JdbcStore store, ConsentRegisters consents,
      @Value("${koprogo.email.rounds:10}") int rounds) {
    this.name = "email/" + UUID.randomUUID();
    this.rounds = rounds;
    this.dispatcher = new EmailDispatcher(ports.outbox(), new SmtpMailer(settings), new JdbcDeliveryJournal(store),
        consents, EmailPolicy.standard(), ports.clock(), name);
  }

  @Override
  public String channel() {
    return EmailNotifications.CHANNEL;
  }

  /**
   * One run: rounds until nothing is due or the limit is reached.
   *
   * @return the number of messages claimed
   */
  @Scheduled(fixedDelay = "${koprogo.email.interval:5s}", initialDelay = "${koprogo.email.initial-delay:10s}")
  public int runOnce() {
    try {
      int claimed = dispatcher.drain(rounds);
      if (claimed > 0) {
        LOG.info("email worker {}: {} messages claimed", name, claimed);
      }
      return claimed;
    } catch (RuntimeException e) {
      LOG.warn("email worker {} failed a run; its messages wait for their lease to end", name, e);
      return 0;
    }
  }
}
