/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.inbox;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Caller;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;

/**
 * The caller's in-app inbox: the notices delivered to the person they are (the member or owner
 * their token names, else their user name), newest first. Nobody reads another person's inbox.
 */
@Controller("/api/v1/inbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class InboxController {
  private final OutPorts ports;

  InboxController(OutPorts ports) {
    this.ports = ports;
  }

  /**
   * A notice in the inbox.
   *
   * @param id the outbox message's id
   * @param channel {@code in-app} (the cooperative) or {@code community}
   * @param kind the template ({@code LOT_ALLOCATION_PROPOSED}, {@code community_return_reminder}...)
   * @param payload the notice's facts (JSON text)
   * @param deliveredAt when it arrived (ISO instant)
   */
  public record InboxMessage(String id, String channel, String kind, String payload, String deliveredAt) {}

  @Get
  @Operation(summary = "The caller's in-app notices (cooperative notices, community reminders), newest first")
  public List<InboxMessage> inbox(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    String person = caller.subject() == null ? caller.username() : caller.subject();
    return InAppInbox.of(ports, OrganisationId.of(caller.organisation()), person).stream()
        .map(s -> new InboxMessage(s.id(), s.aggregate().channel(), s.aggregate().kind(),
            s.aggregate().payload(), s.aggregate().deliveredAt().toString()))
        .toList();
  }
}
