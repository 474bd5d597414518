/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application.community;

import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.domain.community.lending.ReturnReminderDue;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.Outbox;
import org.koprogo.ports.out.community.CommunityBuilding;
import org.koprogo.ports.out.community.CommunityStore;

/**
 * Puts the object-lending return reminders that are due today ({@code
 * LendingCalendar.remindersDue}, two days before the return date and on the day) into the
 * {@link Outbox}, for every building of every organisation whose object-lending module is on.
 *
 * <p>Idempotent: each reminder is enqueued under its logical key ({@code
 * loan:<id>:return-reminder:<days>}, the outbox key {@code (community_return_reminder,
 * building:<id>, logical key)}), so running it twice on a day, or on two nodes, enqueues it once.
 * A reminder expires at the end of the return date (nothing is sent once the object is due
 * back). The message is addressed to the borrower's neighbour id on the {@value #CHANNEL}
 * channel: the host's channel worker resolves the id to an address, so the outbox holds no
 * contact detail. See docs/community.md.
 */
public final class ReturnReminderQueue {
  /** The outbox channel of community messages. */
  public static final String CHANNEL = "community";

  /** The outbox kind of a return reminder. */
  public static final String KIND = "community_return_reminder";

  private final OutPorts ports;
  private final CommunityStore store;

  /**
   * Queues return reminders through {@code ports}' outbox, reading {@code store}.
   *
   * @param ports the out ports
   * @param store the community store
   */
  public ReturnReminderQueue(OutPorts ports, CommunityStore store) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Enqueues the reminders due on the clock's today.
   *
   * @return what was found due and what was newly enqueued
   */
  public Run enqueueDue() {
    return enqueueDue(ports.clock().today());
  }

  /**
   * Enqueues the reminders due on {@code today} (one transaction per organisation).
   *
   * @param today the host's today
   * @return how many were due and how many were enqueued now
   */
  public Run enqueueDue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    int due = 0;
    int enqueued = 0;
    for (Organisation organisation : ports.organisations().all()) {
      Run run = store.transactions().inTransaction(() -> enqueueDue(organisation, today));
      due += run.due();
      enqueued += run.enqueued();
    }
    return new Run(due, enqueued);
  }

  private Run enqueueDue(Organisation organisation, LocalDate today) {
    int due = 0;
    int enqueued = 0;
    for (CommunityBuilding c : store.buildings().all(organisation.id())) {
      if (!c.settings().isOn(CommunityModule.OBJECT_LENDING)) {
        continue;
      }
      String building = c.settings().building().value();
      for (ReturnReminderDue r : c.lending().remindersDue(today, ObjectLending.REMINDER_DAYS)) {
        due++;
        Outbox.Enqueued e = ports.outbox().enqueue(new Outbox.NewMessage(
            organisation.id(),
            new Outbox.Key(KIND, "building:" + building, r.logicalKey()),
            CHANNEL,
            r.borrower().value(),
            payload(building, r),
            ports.clock().now(),
            r.returnDate().plusDays(1).atStartOfDay(ports.clock().zone()).toInstant()));
        enqueued += e.duplicate() ? 0 : 1;
      }
    }
    return new Run(due, enqueued);
  }

  private static String payload(String building, ReturnReminderDue r) {
    return "{\"template\":\"" + KIND + "\",\"building\":" + json(building) + ",\"loan\":" + json(r.loanId())
        + ",\"object\":" + json(r.objectId()) + ",\"borrower\":" + json(r.borrower().value())
        + ",\"returnDate\":\"" + r.returnDate() + "\",\"daysBefore\":" + r.daysBefore() + "}";
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * What one run did.
   *
   * @param due the reminders found due
   * @param enqueued how many of them were new in the outbox (the others were already there)
   */
  public record Run(int due, int enqueued) {}
}
