/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
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
 * per route.
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

  /**
   * A chosen channel.
   *
   * @param channel {@code WHATSAPP}, {@code EMAIL}, {@code POST} or {@code IN_APP}
   */
  public record ChannelBody(
      @Schema(implementation = ContactChannel.class, requiredMode = Schema.RequiredMode.REQUIRED) String channel) {}

  /**
   * A chosen language.
   *
   * @param language {@code fr}, {@code nl}, {@code de} or {@code en}
   */
  public record LanguageBody(
      @Schema(allowableValues = {"fr", "nl", "de", "en"}, requiredMode = Schema.RequiredMode.REQUIRED) String language) {}

  /**
   * A consent decision.
   *
   * @param channel {@code WHATSAPP} or {@code EMAIL}
   * @param decision {@code GRANTED} or {@code WITHDRAWN}
   * @param proof how it was obtained (a signed form's reference, a web page and its version), at
   *     most 500 characters
   */
  public record ConsentBody(
      @Schema(allowableValues = {"WHATSAPP", "EMAIL"}, requiredMode = Schema.RequiredMode.REQUIRED) String channel,
      @Schema(allowableValues = {"GRANTED", "WITHDRAWN"}, requiredMode = Schema.RequiredMode.REQUIRED) String decision,
      @Nullable String proof) {}

  /**
   * A person's choices as the API answers them (the use case's {@link Choices}, with the channels,
   * reasons and languages documented as enums).
   *
   * @param person the owner's or member's id
   * @param kind {@code OWNER} or {@code MEMBER}
   * @param channel the chosen channel, or null when the person chose none
   * @param consents the consent in force on each electronic channel that has a record
   * @param route the channel a notice to the person takes now ({@code POST}: a letter)
   * @param reason why that route
   * @param language the language the person reads, or null when unknown
   * @param noticeLanguage the language their notices and documents are written in (theirs, else
   *     the default)
   */
  public record ChoicesView(
      String person,
      @Schema(allowableValues = {"OWNER", "MEMBER"}) String kind,
      @Nullable @Schema(implementation = ContactChannel.class) String channel,
      List<ConsentView> consents,
      @Schema(implementation = ContactChannel.class) String route,
      @Schema(implementation = ChannelChoice.Reason.class) String reason,
      @Nullable @Schema(allowableValues = {"fr", "nl", "de", "en"}) String language,
      @Schema(allowableValues = {"fr", "nl", "de", "en"}) String noticeLanguage) {

    static ChoicesView of(Choices c) {
      return new ChoicesView(c.person(), c.kind(), c.channel(),
          c.consents().stream().map(s -> new ConsentView(s.channel(), s.decision(), s.decidedAt(), s.proof()))
              .toList(),
          c.route(), c.reason(), c.language(), c.noticeLanguage());
    }
  }

  /**
   * The consent in force on one channel.
   *
   * @param channel {@code WHATSAPP} or {@code EMAIL}
   * @param decision {@code GRANTED} or {@code WITHDRAWN}
   * @param decidedAt when
   * @param proof its proof
   */
  public record ConsentView(
      @Schema(allowableValues = {"WHATSAPP", "EMAIL"}) String channel,
      @Schema(allowableValues = {"GRANTED", "WITHDRAWN"}) String decision,
      Instant decidedAt,
      String proof) {}

  @Get("/owners/{owner}/notification-choices")
  @Operation(summary = "An owner's consents, chosen channel and the route a notice takes now")
  public ChoicesView ownerChoices(Tenant tenant, @PathVariable String owner) {
    return ChoicesView.of(choices.read(person(tenant, "OWNER", owner)));
  }

  @Put("/owners/{owner}/notification-choices/channel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the channel an owner's notices take: WHATSAPP, EMAIL, POST or IN_APP (the owner,"
      + " syndic, admin)")
  public ChoicesView chooseOwnerChannel(Tenant tenant, @PathVariable String owner,
      @Body ChannelBody body) {
    return ChoicesView.of(choices.choose(
        new KeepNotificationChoices.Choose(person(tenant, "OWNER", owner), body.channel())));
  }

  @Post("/owners/{owner}/notification-choices/consents")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Record an owner's consent on WHATSAPP or EMAIL, GRANTED with its proof or WITHDRAWN"
      + " (the owner, syndic, admin); append only")
  public ChoicesView ownerConsent(Tenant tenant, @PathVariable String owner,
      @Body ConsentBody body) {
    return ChoicesView.of(choices.consent(new KeepNotificationChoices.Consent(
        person(tenant, "OWNER", owner), body.channel(), body.decision(), body.proof())));
  }

  @Put("/owners/{owner}/notification-choices/language")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the language an owner reads (fr, nl, de, en): their notices and the documents"
      + " sent to them are written in it (the owner, syndic, admin); audited")
  public ChoicesView chooseOwnerLanguage(Tenant tenant, @PathVariable String owner,
      @Body LanguageBody body) {
    return ChoicesView.of(choices.chooseLanguage(
        new KeepNotificationChoices.ChooseLanguage(person(tenant, "OWNER", owner), body.language())));
  }

  @Get("/members/{member}/notification-choices")
  @Operation(summary = "A member's consents, chosen channel and the route a notice takes now")
  public ChoicesView memberChoices(Tenant tenant, @PathVariable String member) {
    return ChoicesView.of(choices.read(person(tenant, "MEMBER", member)));
  }

  @Put("/members/{member}/notification-choices/channel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the channel a member's notices take: WHATSAPP, EMAIL, POST or IN_APP (the member,"
      + " manager, admin)")
  public ChoicesView chooseMemberChannel(Tenant tenant, @PathVariable String member,
      @Body ChannelBody body) {
    return ChoicesView.of(choices.choose(
        new KeepNotificationChoices.Choose(person(tenant, "MEMBER", member), body.channel())));
  }

  @Post("/members/{member}/notification-choices/consents")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Record a member's consent on WHATSAPP or EMAIL, GRANTED with its proof or WITHDRAWN"
      + " (the member, manager, admin); append only")
  public ChoicesView memberConsent(Tenant tenant, @PathVariable String member,
      @Body ConsentBody body) {
    return ChoicesView.of(choices.consent(new KeepNotificationChoices.Consent(
        person(tenant, "MEMBER", member), body.channel(), body.decision(), body.proof())));
  }

  @Put("/members/{member}/notification-choices/language")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COOP_MANAGER, Roles.OWNER, Roles.COOP_MEMBER})
  @Operation(summary = "Choose the language a member reads (fr, nl, de, en): their notices are written in it"
      + " (the member, manager, admin); audited")
  public ChoicesView chooseMemberLanguage(Tenant tenant, @PathVariable String member,
      @Body LanguageBody body) {
    return ChoicesView.of(choices.chooseLanguage(
        new KeepNotificationChoices.ChooseLanguage(person(tenant, "MEMBER", member), body.language())));
  }

  private static KeepNotificationChoices.Person person(Tenant tenant, String kind, String id) {
    tenant.requireSelfOrBroad(kind.toLowerCase(java.util.Locale.ROOT), id);
    return new KeepNotificationChoices.Person(tenant.organisation().value(), kind, id, tenant.actor());
  }
}
