/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadMemberLedger;
import org.koprogo.ports.out.LedgerEntry;

/** Ledger entries by id; the treasurer confirms or rejects declared payments. */
@Controller("/api/v1/ledger")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cooperative")
@SecurityRequirement(name = "bearer")
public final class LedgerController {
  private final ReadMemberLedger ledgers;
  private final RecordContribution contributions;

  LedgerController(ReadMemberLedger ledgers, RecordContribution contributions) {
    this.ledgers = ledgers;
    this.contributions = contributions;
  }

  @Get("/{entry}")
  @Operation(summary = "One ledger entry")
  public QueryViews.LedgerEntryView entry(Tenant tenant, @PathVariable String entry) {
    LedgerEntry found = ledgers.entry(tenant.org(), entry);
    tenant.requireSelfOrBroad("ledger entry", found.member().value());
    return QueryViews.ledgerEntry(found);
  }

  @Post("/{entry}/confirmation")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Confirm a declared payment found on the bank account (idempotent)")
  public HttpResponse<RecordContribution.Recorded> confirm(Tenant tenant,
      @PathVariable String entry, @Nullable @Body RecordContribution.Settlement body) {
    return MemberController.recorded(contributions.confirm(tenant.org(), entry, body, tenant.actor()));
  }

  @Post("/{entry}/rejection")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reject a declared payment not found on the bank account (idempotent)")
  public HttpResponse<RecordContribution.Recorded> reject(Tenant tenant,
      @PathVariable String entry, @Nullable @Body RecordContribution.Correction body) {
    return MemberController.recorded(contributions.reject(tenant.org(), entry, body, tenant.actor()));
  }

  @Post("/{entry}/reversal")
  @Secured({Roles.ORG_ADMIN, Roles.COOP_MANAGER})
  @Operation(summary = "Reverse a confirmed payment (a correction with its reason; the confirmation stays"
      + " on record; idempotent)")
  public HttpResponse<RecordContribution.Recorded> reverse(Tenant tenant,
      @PathVariable String entry, @Nullable @Body RecordContribution.Correction body) {
    return MemberController.recorded(contributions.reverse(tenant.org(), entry, body, tenant.actor()));
  }
}
