/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.KeepNotificationChoices;
import org.koprogo.ports.in.KeepNotificationChoices.Choices;

/**
 * How an owner or a member is reached (issue 18, issue 20 finding 17): their consent on WhatsApp
 * and email, given with its proof or withdrawn; the channel they chose (WHATSAPP, EMAIL, POST or
 * IN_APP); the language they read (fr, nl, de, en); and the route a notice takes now. The person
 * themselves, the syndic, the cooperative's manager
 * or the admin write; whoever may see the person reads. One {@link KeepNotificationChoices} call
 * per route, whose client commands and {@link Choices} are the bodies and the answers as they are
 * ({@code HonestDocument} lists the channels, reasons and languages).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class NotificationChoicesController {
  private final KeepNotificationChoices choices;

  NotificationChoicesController(UseCases useCases) {
    this.choices = useCases.keepNotificationChoices();
  }

  @Get("/owners/{owner}/notification-choices")
  @Operation(summary = "An owner's consents, chosen channel and the route a notice takes now")
  public Choices ownerChoices(Tenant tenant, @PathVariable String owner) {
    return choices.read(person(tenant, "OWNER", owner));
  }

  @Put("/owners/{owner}/notification-choices/channel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the channel an owner's notices take: WHATSAPP, EMAIL, POST or IN_APP (the owner,"
      + " syndic, admin)")
  public Choices chooseOwnerChannel(Tenant tenant, @PathVariable String owner,
      @Body KeepNotificationChoices.NewChannel body) {
    return choices.choose(person(tenant, "OWNER", owner), body);
  }

  @Post("/owners/{owner}/notification-choices/consents")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Record an owner's consent on WHATSAPP or EMAIL, GRANTED with its proof or WITHDRAWN"
      + " (the owner, syndic, admin); append only")
  public Choices ownerConsent(Tenant tenant, @PathVariable String owner,
      @Body KeepNotificationChoices.NewConsent body) {
    return choices.consent(person(tenant, "OWNER", owner), body);
  }

  @Put("/owners/{owner}/notification-choices/language")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the language an owner reads (fr, nl, de, en): their notices and the documents"
      + " sent to them are written in it (the owner, syndic, admin); audited")
  public Choices chooseOwnerLanguage(Tenant tenant, @PathVariable String owner,
      @Body KeepNotificationChoices.NewLanguage body) {
    return choices.chooseLanguage(person(tenant, "OWNER", owner), body);
  }

  @Get("/members/{member}/notification-choices")
  @Operation(summary = "A member's consents, chosen channel and the route a notice takes now")
  public Choices memberChoices(Tenant tenant, @PathVariable String member) {
    return choices.read(person(tenant, "MEMBER", member));
  }

  @Put("/members/{member}/notification-choices/channel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the channel a member's notices take: WHATSAPP, EMAIL, POST or IN_APP (the member,"
      + " manager, admin)")
  public Choices chooseMemberChannel(Tenant tenant, @PathVariable String member,
      @Body KeepNotificationChoices.NewChannel body) {
    return choices.choose(person(tenant, "MEMBER", member), body);
  }

  @Post("/members/{member}/notification-choices/consents")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Record a member's consent on WHATSAPP or EMAIL, GRANTED with its proof or WITHDRAWN"
      + " (the member, manager, admin); append only")
  public Choices memberConsent(Tenant tenant, @PathVariable String member,
      @Body KeepNotificationChoices.NewConsent body) {
    return choices.consent(person(tenant, "MEMBER", member), body);
  }

  @Put("/members/{member}/notification-choices/language")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the language a member reads (fr, nl, de, en): their notices are written in it"
      + " (the member, manager, admin); audited")
  public Choices chooseMemberLanguage(Tenant tenant, @PathVariable String member,
      @Body KeepNotificationChoices.NewLanguage body) {
    return choices.chooseLanguage(person(tenant, "MEMBER", member), body);
  }

  private static KeepNotificationChoices.Person person(Tenant tenant, String kind, String id) {
    tenant.requireSelfOrBroad(kind.toLowerCase(java.util.Locale.ROOT), id);
    return new KeepNotificationChoices.Person(tenant.organisation().value(), kind, id, tenant.actor());
  }
}
