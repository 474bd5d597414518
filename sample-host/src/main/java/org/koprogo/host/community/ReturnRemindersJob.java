/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.community.JdbcCommunityBuildings;
import org.koprogo.ports.application.community.ReturnReminderQueue;
import org.koprogo.ports.out.OutPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a day, puts the object-lending return reminders due that day into the outbox ({@link
 * ReturnReminderQueue}); the outbox worker sends them. Every instance may run it: the outbox
 * keeps one message per reminder's logical key, so a second run (another instance, a restart)
 * enqueues nothing more. On by default; {@code koprogo.community.return-reminders.enabled=false}
 * turns it off (the tests do), {@code .cron} and {@code .zone} set when it runs (08:00,
 * Europe/Brussels).
 */
@Singleton
@Requires(property = "koprogo.community.return-reminders.enabled", value = "true", defaultValue = "true")
public final class ReturnRemindersJob {
  private static final Logger LOG = LoggerFactory.getLogger(ReturnRemindersJob.class);

  private final ReturnReminderQueue queue;

  ReturnRemindersJob(OutPorts ports, JdbcStore store) {
    this.queue = new ReturnReminderQueue(ports, JdbcCommunityBuildings.storeOn(store));
  }

  /** One daily run: the reminders due today, each enqueued once. */
  @Scheduled(cron = "${koprogo.community.return-reminders.cron:0 0 8 * * *}",
      zoneId = "${koprogo.community.return-reminders.zone:Europe/Brussels}")
  public ReturnReminderQueue.Run runOnce() {
    try {
      ReturnReminderQueue.Run run = queue.enqueueDue();
      LOG.info("community return reminders: {} due, {} newly enqueued", run.due(), run.enqueued());
      return run;
    } catch (RuntimeException e) {
      LOG.warn("community return reminders failed; the next run (or a re-run) enqueues what is missing", e);
      return new ReturnReminderQueue.Run(0, 0);
    }
  }
}
