/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.query.KeepDeadLetters;
import org.koprogo.ports.in.query.QueryViews;

/** The organisation's undeliverable messages (admin): see them, replay them once fixed. */
@Controller("/api/v1/outbox/dead-letters")
@Secured(Roles.ORG_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "outbox")
@SecurityRequirement(name = "bearer")
public final class OutboxController {
  private final KeepDeadLetters deadLetters;

  OutboxController(KeepDeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Get
  @Operation(summary = "Dead letters, oldest first (the recipient is not shown), at most limit (1 to 1000,"
      + " default 100) after the dead letter named by after (the last of the previous page)")
  public List<QueryViews.DeadLetterView> deadLetters(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return QueryViews.deadLetters(deadLetters.deadLetters(tenant.org(), limit, after));
  }

  @Post("/{message}/replay")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Make a dead letter pending again")
  public void replay(Tenant tenant, @PathVariable String message) {
    deadLetters.replay(tenant.org(), message);
  }
}
