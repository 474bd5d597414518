/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;

/**
 * Payment reminders to a building's owners in arrears, run by the syndic: each owner's reminder
 * due as of a day (the statement's reminder level), once per owner and step, on their chosen
 * channel; the answer lists the reminders to send on paper.
 */
@Controller("/api/v1/buildings/{building}")
@Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class PaymentReminderController {
  private final RemindOwnersInArrears reminders;

  PaymentReminderController(RemindOwnersInArrears reminders) {
    this.reminders = reminders;
  }

  /**
   * The day of the statements.
   *
   * @param asOf the day (required)
   */
  public record ReminderRun(LocalDate asOf) {}

  /**
   * One owner's reminder.
   *
   * @param owner the owner's id
   * @param level FRIENDLY_REMINDER, FIRM_REMINDER or FORMAL_NOTICE
   * @param daysOverdue days since the oldest overdue installment's due date
   * @param overdue the overdue principal, plain decimal text
   * @param currency its currency
   * @param oldestDueOn the due date of the oldest overdue installment
   * @param channel EMAIL, WHATSAPP or POST (null when issued before)
   * @param queued whether a notice was queued
   * @param byPost whether the syndic sends it on paper now (a letter-form level, or no notice)
   * @param issuedBefore whether an earlier run issued this step (nothing done now)
   */
  public record ReminderView(String owner, String level, long daysOverdue, String overdue, String currency,
      String oldestDueOn, @Nullable String channel, boolean queued, boolean byPost, boolean issuedBefore) {}

  /**
   * What a run did.
   *
   * @param asOf the day of the statements
   * @param reminders the owners in arrears, in the order of the building's lots
   * @param byPost the ids of the owners to remind on paper now
   */
  public record ReminderRunView(String asOf, List<ReminderView> reminders, List<String> byPost) {}

  @Post("/payment-reminders")
  @Operation(summary = "Remind the building's owners in arrears as of asOf: the reminder level their statement"
      + " reached, once per owner and step (a second run queues nothing more); a PAYMENT_REMINDER notice on each"
      + " owner's chosen channel; byPost lists the reminders to send on paper (a letter-form level, or no notice)")
  public ReminderRunView remind(Tenant tenant, @PathVariable String building,
      @Body ReminderRun body) {
    RemindOwnersInArrears.Run run = reminders.remind(new RemindOwnersInArrears.Command(
        tenant.organisation().value(), building, body.asOf(), tenant.actor()));
    List<ReminderView> views = run.reminders().stream().map(r -> new ReminderView(r.owner(), r.level(),
        r.daysOverdue(), r.overdue().toPlainString(), r.overdue().currency().getCurrencyCode(),
        r.oldestDueOn().toString(), r.channel() == null ? null : r.channel().name(), r.queued(), r.byPost(),
        r.issuedBefore())).toList();
    return new ReminderRunView(run.asOf().toString(), views,
        run.byPost().stream().map(RemindOwnersInArrears.Reminded::owner).toList());
  }
}
