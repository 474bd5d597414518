/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.ErasePersonalData;
import org.koprogo.ports.in.ExportPersonalData;
import org.koprogo.ports.in.query.ListLots;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadOwners;

/**
 * The co-owners. The syndic, the council, the admin and the auditor see every owner; an owner
 * sees only themselves. GDPR: export (art. 15, 20) by the admin or the owner, erasure (art. 17)
 * by the admin.
 */
@Controller("/api/v1/owners")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "owners")
@SecurityRequirement(name = "bearer")
public final class OwnerController {
  private final ReadOwners owners;
  private final ListLots lots;
  private final ExportPersonalData export;
  private final ErasePersonalData erase;

  OwnerController(ReadOwners owners, ListLots lots, ExportPersonalData export, ErasePersonalData erase) {
    this.owners = owners;
    this.lots = lots;
    this.export = export;
    this.erase = erase;
  }

  @Get
  @Operation(summary = "The organisation's owners by id, at most limit (1 to 1000, default 100)"
      + " after the owner named by after (the last of the previous page; not for an owner's own account)")
  public List<QueryViews.OwnerView> owners(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireBroadView();
    return QueryViews.owners(owners.owners(tenant.org(), limit, after));
  }

  @Get("/{owner}")
  @Operation(summary = "One owner")
  public QueryViews.OwnerView owner(Tenant tenant, @PathVariable String owner) {
    tenant.requireSelfOrBroad("owner", owner);
    return QueryViews.owner(owners.owner(tenant.org(), owner));
  }

  @Get("/{owner}/lots")
  @Operation(summary = "The lots an owner owns all or part of, by id, at most limit (1 to 1000, default 100)"
      + " after the lot named by after (the last of the previous page)")
  public List<QueryViews.LotView> lots(Tenant tenant, @PathVariable String owner,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireSelfOrBroad("owner", owner);
    return QueryViews.lots(lots.ofOwner(tenant.org(), owner, limit, after));
  }

  @Get("/{owner}/personal-data")
  @Secured({Roles.ORG_ADMIN, Roles.OWNER})
  @Operation(summary = "GDPR export of everything held about an owner (JSON, or CSV with format=csv)")
  public HttpResponse<String> exportPersonalData(Tenant tenant,
      @PathVariable String owner, @Nullable @QueryValue String format) {
    tenant.requireSelfOrBroad("owner", owner);
    return PersonalData.response(export.export(
        new ExportPersonalData.Command(tenant.org(), "OWNER", owner, tenant.actor())), format);
  }

  @Delete("/{owner}/personal-data")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "GDPR erasure of an owner's personal data (accounting records stay, anonymous)")
  public ErasePersonalData.Erased erasePersonalData(Tenant tenant,
      @PathVariable String owner) {
    return erase.erase(new ErasePersonalData.Command(tenant.org(), "OWNER", owner, tenant.actor()));
  }
}
