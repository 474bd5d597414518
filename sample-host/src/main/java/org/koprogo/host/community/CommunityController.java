/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.community.CommunityModule;
import org.koprogo.ports.in.community.CommunityViews;
import org.koprogo.ports.in.community.CommunityViews.ExchangeView;
import org.koprogo.ports.in.community.CommunityViews.ImpactView;
import org.koprogo.ports.in.community.CommunityViews.LoanView;
import org.koprogo.ports.in.community.CommunityViews.NoticeView;
import org.koprogo.ports.in.community.CommunityViews.ObjectView;
import org.koprogo.ports.in.community.CommunityViews.OfferView;
import org.koprogo.ports.in.community.CommunityViews.ReminderView;
import org.koprogo.ports.in.community.CommunityViews.SkillView;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.application.community.CommunityUseCases;
import org.koprogo.ports.in.community.CommunityRef;
import org.koprogo.ports.in.community.KeepNoticeBoard;
import org.koprogo.ports.in.community.KeepSkillsDirectory;
import org.koprogo.ports.in.community.LendObjects;
import org.koprogo.ports.in.community.ManageCommunity;
import org.koprogo.ports.in.community.ReportCommunityImpact;
import org.koprogo.ports.in.community.RunLocalExchange;
import org.koprogo.ports.in.community.RunSwapBazaar;
import org.koprogo.ports.out.Clock;

/**
 * The community modules of a building (docs/community.md): settings and module switches, local
 * exchange, object lending, swap bazaar, skills directory, notice board, impact figures.
 *
 * <p>Every request is scoped to the caller's organisation (a building of another organisation is
 * {@code NOT_FOUND}); the caller always acts as themselves (the owner or member their token
 * speaks for, else their user name), never as a neighbour named in the body. The syndic, the
 * organisation's admin and council members set the community up and record the council's
 * switches; every role but the auditor takes part; everyone reads. Refusals are problem
 * documents with the library's code ({@code MODULE_DISABLED} 403, {@code LOAN_OVERLAP} 422,
 * {@code ILLEGAL_TRANSITION} and {@code CONCURRENT_UPDATE} 409, {@code NOT_FOUND} 404).
 *
 * <p>The request bodies are the in-ports' own client commands ({@link ManageCommunity.People},
 * {@link RunLocalExchange.NewProposal}, {@link LendObjects.NewListing}, ...), bound as they are;
 * the in-port's default method reads each, with the defaults of a field the client left out (a
 * new id, no neighbours, the caller as the council member recording a switch, an empty text).
 * The host adds the caller as the community knows them ({@link Neighbour}) and the path's ids.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "community")
@SecurityRequirement(name = "bearer")
public final class CommunityController {
  private static final String BASE = "/buildings/{buildingId}/community";

  private final ManageCommunity manage;
  private final RunLocalExchange exchange;
  private final LendObjects lending;
  private final RunSwapBazaar bazaar;
  private final KeepSkillsDirectory skills;
  private final KeepNoticeBoard notices;
  private final ReportCommunityImpact impact;
  private final Clock clock;

  CommunityController(CommunityUseCases useCases, Clock clock) {
    this.manage = useCases.manage();
    this.exchange = useCases.localExchange();
    this.lending = useCases.lending();
    this.bazaar = useCases.bazaar();
    this.skills = useCases.skills();
    this.notices = useCases.notices();
    this.impact = useCases.impact();
    this.clock = clock;
  }

  // --- settings ---

  @Get(BASE)
  @Operation(summary = "The building's community settings: modules switched on, council, people")
  public ManageCommunity.Settings settings(Authentication authentication, @PathVariable String buildingId) {
    return manage.settings(ref(authentication, buildingId));
  }

  @Put(BASE)
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER})
  @Operation(summary = "Set up the building's community: council and people (syndic, admin, council)")
  public ManageCommunity.Settings setUp(Authentication authentication, @PathVariable String buildingId, @Body ManageCommunity.People body) {
    Neighbour me = Neighbour.of(authentication);
    return manage.setUp(me.organisation(), buildingId, body, me.actor());
  }

  @Put(BASE + "/modules/{module}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER})
  @Operation(summary = "Record the council's decision switching a module on or off (in the audit trail)")
  public ManageCommunity.Settings switchModule(
      Authentication authentication, @PathVariable String buildingId,
      @PathVariable @io.swagger.v3.oas.annotations.Parameter(schema = @Schema(implementation = CommunityModule.class))
          String module,
      @Body ManageCommunity.Decision body) {
    Neighbour me = Neighbour.of(authentication);
    return manage.switchModule(me.organisation(), buildingId, module, body, me.id(), me.actor());
  }

  @Get(BASE + "/impact")
  @Operation(summary = "The building's impact figures, counted from its data")
  public ImpactView impact(Authentication authentication, @PathVariable String buildingId) {
    return CommunityViews.of(impact.ofBuilding(ref(authentication, buildingId)));
  }

  @Get("/community/impact")
  @Operation(summary = "The organisation's impact figures: the sum over its buildings")
  public ImpactView impactAcrossBuildings(Authentication authentication) {
    return CommunityViews.of(impact.acrossBuildings(new ReportCommunityImpact.Organisation(Neighbour.of(authentication).organisation())));
  }

  // --- local exchange ---

  @Get(BASE + "/exchanges")
  @Operation(summary = "The time bank's exchanges in creation order, at most limit (1 to 1000, default 100)"
      + " after the exchange named by after (the last of the previous page)")
  public List<ExchangeView> exchanges(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return exchange.exchanges(ref(authentication, buildingId), limit, after).stream().map(CommunityViews::of).toList();
  }

  @Get(BASE + "/balances")
  @Operation(summary = "Every balance in hours; they add up to zero")
  public Map<String, String> balances(Authentication authentication, @PathVariable String buildingId) {
    return exchange.balances(ref(authentication, buildingId));
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/exchanges")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Offer or request a service")
  public HttpResponse<ExchangeView> propose(Authentication authentication, @PathVariable String buildingId, @Body RunLocalExchange.NewProposal body) {
    Neighbour me = Neighbour.of(authentication);
    ExchangeView created = CommunityViews.of(exchange.propose(me.organisation(), buildingId, me.id(), body));
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/exchanges/" + created.id()));
  }

  @Post(BASE + "/exchanges/{id}/accept")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Accept an offered or requested exchange")
  public ExchangeView accept(Authentication authentication, @PathVariable String buildingId, @PathVariable String id) {
    return CommunityViews.of(exchange.accept(step(authentication, buildingId, id)));
  }

  @Post(BASE + "/exchanges/{id}/confirm")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Confirm an exchange was done (credits move when both parties have)")
  public ExchangeView confirm(Authentication authentication, @PathVariable String buildingId, @PathVariable String id) {
    return CommunityViews.of(exchange.confirm(step(authentication, buildingId, id)));
  }

  @Post(BASE + "/exchanges/{id}/cancel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Cancel an exchange before it is done")
  public ExchangeView cancel(Authentication authentication, @PathVariable String buildingId, @PathVariable String id) {
    return CommunityViews.of(exchange.cancel(step(authentication, buildingId, id)));
  }

  @Post(BASE + "/exchanges/{id}/rating")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Rate a completed exchange, 1 to 5 stars")
  public ExchangeView rate(Authentication authentication, @PathVariable String buildingId, @PathVariable String id, @Body RunLocalExchange.Stars body) {
    Neighbour me = Neighbour.of(authentication);
    return CommunityViews.of(exchange.rate(me.organisation(), buildingId, id, me.id(), body));
  }

  // --- object lending ---

  @Get(BASE + "/objects")
  @Operation(summary = "The objects listed for lending in listing order, at most limit (1 to 1000, default 100)"
      + " after the object named by after (the last of the previous page)")
  public List<ObjectView> objects(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return lending.objects(ref(authentication, buildingId), limit, after).stream().map(CommunityViews::of).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/objects")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "List an object the caller lends")
  public HttpResponse<ObjectView> listObject(Authentication authentication, @PathVariable String buildingId, @Body LendObjects.NewListing body) {
    Neighbour me = Neighbour.of(authentication);
    ObjectView created = CommunityViews.of(lending.list(me.organisation(), buildingId, me.id(), body));
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/objects/" + created.id()));
  }

  @Get(BASE + "/loans")
  @Operation(summary = "The booking calendar: the loans in booking order, at most limit (1 to 1000, default 100)"
      + " after the loan named by after (the last of the previous page)")
  public List<LoanView> loans(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return lending.loans(ref(authentication, buildingId), limit, after).stream().map(CommunityViews::of).toList();
  }

  @Get(BASE + "/loans/reminders")
  @Operation(summary = "Return reminders due today (two days before the return date, and on the day) in the loans'"
      + " booking order, at most limit (1 to 1000, default 100) after the reminder of the loan named by after"
      + " (the last of the previous page)")
  public List<ReminderView> reminders(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return lending.remindersDue(ref(authentication, buildingId), limit, after).stream().map(CommunityViews::of).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/loans")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Book an object (1 to 90 days, never overlapping another loan: LOAN_OVERLAP)")
  public HttpResponse<LoanView> book(Authentication authentication, @PathVariable String buildingId, @Body LendObjects.NewBooking body) {
    Neighbour me = Neighbour.of(authentication);
    LoanView created = CommunityViews.of(lending.book(me.organisation(), buildingId, me.id(), body));
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/loans/" + created.id()));
  }

  @Post(BASE + "/loans/{id}/handover")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Hand the object over, noting its condition")
  public LoanView handOver(Authentication authentication, @PathVariable String buildingId, @PathVariable String id, @Body LendObjects.ConditionNoted body) {
    return CommunityViews.of(lending.handOver(Neighbour.of(authentication).organisation(), buildingId, id, body));
  }

  @Post(BASE + "/loans/{id}/return")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Give the object back, noting its condition")
  public LoanView giveBack(Authentication authentication, @PathVariable String buildingId, @PathVariable String id, @Body LendObjects.ConditionNoted body) {
    return CommunityViews.of(lending.giveBack(Neighbour.of(authentication).organisation(), buildingId, id, body));
  }

  @Post(BASE + "/loans/{id}/cancel")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Cancel a booking before handover")
  public LoanView cancelLoan(Authentication authentication, @PathVariable String buildingId, @PathVariable String id) {
    Neighbour me = Neighbour.of(authentication);
    return CommunityViews.of(lending.cancel(new LendObjects.LoanStep(me.organisation(), buildingId, id, null)));
  }

  // --- swap bazaar ---

  @Get(BASE + "/bazaar")
  @Operation(summary = "The bazaar offers that can be reserved now in publication order, at most limit (1 to 1000,"
      + " default 100) after the offer named by after (the last of the previous page)")
  public List<OfferView> available(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    Instant now = clock.now();
    return bazaar.available(ref(authentication, buildingId), limit, after).stream()
        .map(o -> CommunityViews.of(o, now)).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/bazaar")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Publish an offer to give or to swap")
  public HttpResponse<OfferView> publish(Authentication authentication, @PathVariable String buildingId, @Body RunSwapBazaar.Offering body) {
    Neighbour me = Neighbour.of(authentication);
    OfferView created = CommunityViews.of(bazaar.publish(me.organisation(), buildingId, me.id(), body), clock.now());
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/bazaar/" + created.id()));
  }

  @Post(BASE + "/bazaar/{id}/{step}")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Reserve, release, hand over or withdraw an offer")
  public OfferView offerStep(
      Authentication authentication, @PathVariable String buildingId, @PathVariable String id,
      @PathVariable @io.swagger.v3.oas.annotations.Parameter(
          schema = @Schema(allowableValues = {"reserve", "release", "handover", "withdraw"})) String step) {
    Neighbour me = Neighbour.of(authentication);
    RunSwapBazaar.OfferStep command = new RunSwapBazaar.OfferStep(me.organisation(), buildingId, id, me.id());
    return CommunityViews.of(bazaar.step(step, command), clock.now());
  }

  // --- skills directory ---

  @Get(BASE + "/skills")
  @Operation(summary = "Search the consented skills of the caller's neighbours in the order they were added, at most"
      + " limit (1 to 1000, default 100) found after the position named by after (the position of the last of the"
      + " previous page)")
  public List<SkillView> searchSkills(
      Authentication authentication, @PathVariable String buildingId, @Nullable @QueryValue String q,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    Neighbour me = Neighbour.of(authentication);
    return skills.search(me.organisation(), buildingId, me.id(), q, limit, after).stream()
        .map(CommunityViews::of).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/skills")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Add a skill of the caller, shown to neighbours only with consent")
  public HttpResponse<SkillView> addSkill(Authentication authentication, @PathVariable String buildingId, @Body KeepSkillsDirectory.OwnSkill body) {
    Neighbour me = Neighbour.of(authentication);
    SkillView created = CommunityViews.of(skills.add(me.organisation(), buildingId, me.id(), body));
    // a skill has no address of its own: the directory that lists it
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/skills"));
  }

  @Status(HttpStatus.NO_CONTENT)
  @Post(BASE + "/skills/withdraw-consent")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Withdraw the caller's consent: every skill of theirs hidden at once")
  public HttpResponse<Void> withdrawConsent(Authentication authentication, @PathVariable String buildingId) {
    Neighbour me = Neighbour.of(authentication);
    skills.withdrawConsent(new KeepSkillsDirectory.Withdrawal(me.organisation(), buildingId, me.id()));
    return HttpResponse.noContent();
  }

  // --- notice board ---

  @Get(BASE + "/notices")
  @Operation(summary = "The notices shown now, of one kind or all, in posting order, at most limit (1 to 1000,"
      + " default 100) of them after the notice named by after (the last of the previous page)")
  public List<NoticeView> notices(Authentication authentication, @PathVariable String buildingId,
      @Nullable @QueryValue String kind, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    Neighbour me = Neighbour.of(authentication);
    return notices.visible(new KeepNoticeBoard.Listing(me.organisation(), buildingId, kind), limit, after).stream()
        .map(CommunityViews::of).toList();
  }

  @Status(HttpStatus.CREATED)
  @Post(BASE + "/notices")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Post a notice until its expiry")
  public HttpResponse<NoticeView> post(Authentication authentication, @PathVariable String buildingId, @Body KeepNoticeBoard.Posting body) {
    Neighbour me = Neighbour.of(authentication);
    NoticeView created = CommunityViews.of(notices.post(me.organisation(), buildingId, me.id(), body));
    return HttpResponse.created(created, URI.create("/api/v1/buildings/" + buildingId + "/community/notices/" + created.id()));
  }

  @Post(BASE + "/notices/{id}/hide")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER})
  @Operation(summary = "Hide a notice (council), keeping the reason")
  public NoticeView hide(Authentication authentication, @PathVariable String buildingId, @PathVariable String id, @Body KeepNoticeBoard.HidingReason body) {
    Neighbour me = Neighbour.of(authentication);
    return CommunityViews.of(notices.hide(me.organisation(), buildingId, id, me.id(), body));
  }

  private static CommunityRef ref(Authentication authentication, String building) {
    return new CommunityRef(Neighbour.of(authentication).organisation(), building);
  }

  private static RunLocalExchange.Step step(Authentication authentication, String building, String id) {
    Neighbour me = Neighbour.of(authentication);
    return new RunLocalExchange.Step(me.organisation(), building, id, me.id());
  }
}
