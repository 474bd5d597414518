/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

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
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.StatementViews;

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

  @Post("/payment-reminders")
  @Operation(summary = "Remind the building's owners in arrears as of asOf: the reminder level their statement"
      + " reached, once per owner and step (a second run queues nothing more); a PAYMENT_REMINDER notice on each"
      + " owner's chosen channel; byPost lists the reminders to send on paper (a letter-form level, or no notice)")
  public StatementViews.RunView remind(Tenant tenant, @PathVariable String building,
      @Body RemindOwnersInArrears.AsOf body) {
    return StatementViews.run(reminders.remind(tenant.org(), building, body, tenant.actor()));
  }
}
