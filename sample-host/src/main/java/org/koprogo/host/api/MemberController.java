/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.in.query.ReadMembers;

/**
 * The members of a housing cooperative or an association and their contribution ledgers. The
 * cooperative's manager and the admin register members and record dues; a member sees only
 * themselves and may declare their own payments.
 */
@Controller("/api/v1/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cooperative")
@SecurityRequirement(name = "bearer")
public final class MemberController {
  private final ReadMembers members;
  private final ReadMemberLedger ledgers;
  private final RegisterMember registerMember;
  private final RecordContribution contributions;
  private final ExportPersonalData export;
  private final ErasePersonalData erase;

  MemberController(ReadMembers members, ReadMemberLedger ledgers, RegisterMember registerMember,
      RecordContribution contributions, ExportPersonalData export, ErasePersonalData erase) {
    this.members = members;
    this.ledgers = ledgers;
    this.registerMember = registerMember;
    this.contributions = contributions;
    this.export = export;
    this.erase = erase;
  }

  @Get
  @Operation(summary = "The organisation's members by id, at most limit (1 to 1000, default 100)"
      + " after the member named by after (the last of the previous page; not for a member's own account)")
  public List<QueryViews.MemberView> members(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireBroadView();
    return QueryViews.members(members.members(tenant.org(), limit, after));
  }

  @Status(HttpStatus.CREATED)
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Register a member (cooperative manager, admin)")
  public HttpResponse<QueryViews.MemberView> register(Tenant tenant, @Body RegisterMember.NewMember body) {
    RegisterMember.Registered registered = registerMember.register(tenant.org(), body, tenant.actor());
    return Locations.created(QueryViews.member(registered.stored()), "/api/v1/members/{}",
        registered.member());
  }

  @Get("/{member}")
  @Operation(summary = "One member")
  public QueryViews.MemberView member(Tenant tenant, @PathVariable String member) {
    tenant.requireSelfOrBroad("member", member);
    return QueryViews.member(members.member(tenant.org(), member));
  }

  @Get("/{member}/ledger")
  @Operation(summary = "A member's contribution ledger and what they owe now: the entries a page at a time,"
      + " at most limit (1 to 1000, default 100) after the entry named by after (the previous page's next)")
  public QueryViews.LedgerView ledger(Tenant tenant, @PathVariable String member,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireSelfOrBroad("member", member);
    return QueryViews.ledger(ledgers.page(tenant.org(), member, limit, after));
  }

  @Post("/{member}/ledger/dues")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Record that a contribution falls due (idempotent)")
  public HttpResponse<RecordContribution.Recorded> due(Tenant tenant,
      @PathVariable String member, @Body RecordContribution.NewEntry body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey) {
    return recorded(contributions.due(tenant.org(), member, body, idempotencyKey, tenant.actor()));
  }

  @Post("/{member}/ledger/payments")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER, Roles.COOP_MEMBER})
  @Operation(summary = "Declare a payment (counts once confirmed; idempotent)")
  public HttpResponse<RecordContribution.Recorded> declarePayment(Tenant tenant,
      @PathVariable String member, @Body RecordContribution.NewPaymentDeclaration body,
      @Nullable @Header("Idempotency-Key") String idempotencyKey) {
    tenant.requireSelfOrBroad("member", member);
    return recorded(contributions.declarePayment(tenant.org(), member, body, idempotencyKey, tenant.actor()));
  }

  @Get("/{member}/personal-data")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MEMBER})
  @Operation(summary = "GDPR export of everything held about a member (JSON, or CSV with format=csv)")
  public HttpResponse<String> exportPersonalData(Tenant tenant,
      @PathVariable String member, @Nullable @QueryValue String format) {
    tenant.requireSelfOrBroad("member", member);
    return PersonalData.response(export.export(new ExportPersonalData.Command(
        tenant.org(), "MEMBER", member, tenant.actor())), format);
  }

  @Delete("/{member}/personal-data")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "GDPR erasure of a member's personal data (ledger entries stay, anonymous)")
  public ErasePersonalData.Erased erasePersonalData(Tenant tenant,
      @PathVariable String member) {
    return erase.erase(new ErasePersonalData.Command(tenant.org(), "MEMBER", member, tenant.actor()));
  }

  /** 201 with the entry's address when recorded now, 200 when already recorded under its key. */
  static HttpResponse<RecordContribution.Recorded> recorded(RecordContribution.Recorded recorded) {
    return recorded.duplicate()
        ? HttpResponse.ok(recorded)
        : Locations.created(recorded, "/api/v1/ledger/{}", recorded.entry());
  }
}
