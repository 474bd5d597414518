/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.in.SaleViews;

/**
 * The register of a building's commitments (Civil Code art. 3.94 §2, docs/sale-of-a-lot.md):
 * works, urgent works, acquisitions of common parts and debts from disputes decided before a
 * transfer, which the sale information tells the notary of with the lot's part. Each route is one
 * call of {@link KeepCommitments}. The broad roles read the register (it names no person); the
 * syndic and the admin record a commitment and the day its payment was asked.
 */
@Controller("/api/v1/buildings/{building}/commitments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class CommitmentController {
  private final KeepCommitments register;

  CommitmentController(KeepCommitments register) {
    this.register = register;
  }

  @Get
  @Operation(summary = "The building's register of commitments (Civil Code art. 3.94 §2: works, urgent works,"
      + " acquisitions of common parts, debts from disputes), in the order recorded, at most limit (1 to 1000,"
      + " default 100) after the commitment named by after (the last of the previous page)")
  public List<SaleViews.CommitmentView> commitments(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireBroadView();
    return register.commitments(new KeepCommitments.BuildingQuery(tenant.org(), building), limit, after).stream()
        .map(c -> SaleViews.commitment(c, false)).toList();
  }

  @Get("/{commitment}")
  @Operation(summary = "One commitment of the building's register")
  public SaleViews.CommitmentView commitment(Tenant tenant, @PathVariable String building,
      @PathVariable String commitment) {
    tenant.requireBroadView();
    return SaleViews.commitment(register.commitment(new KeepCommitments.CommitmentQuery(tenant.org(), building,
        commitment)), false);
  }

  @ApiResponse(responseCode = "201", description = "recorded now; its address is in the Location header",
      content = @Content(mediaType = "application/json",
          schema = @Schema(implementation = SaleViews.CommitmentView.class)))
  @ApiResponse(responseCode = "200", description = "this commitment was already recorded with the same content"
      + " (duplicate: true)",
      content = @Content(mediaType = "application/json",
          schema = @Schema(implementation = SaleViews.CommitmentView.class)))
  @Post
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record a commitment of the association (Civil Code art. 3.94 §2), its total"
      + " distributed over the lots by the general key or the key parts given: 201 with its Location; the"
      + " same commitment again is 200 duplicate: true, another content under its id 422"
      + " IDEMPOTENCY_CONFLICT; an assembly not of the building (or an agenda item not on it) 404 (syndic, admin)")
  public HttpResponse<SaleViews.CommitmentView> record(Tenant tenant, @PathVariable String building,
      @Body KeepCommitments.NewCommitment body) {
    KeepCommitments.Registered r = register.record(tenant.org(), building, body, tenant.actor());
    SaleViews.CommitmentView view = SaleViews.commitment(r);
    return r.duplicate() ? HttpResponse.ok(view) : Locations.created(view, "/api/v1/buildings/{}/commitments/{}", building, view.commitment());
  }

  @ApiResponse(responseCode = "200", description = "the day is recorded (duplicate: true when it already was)",
      content = @Content(mediaType = "application/json",
          schema = @Schema(implementation = SaleViews.CommitmentView.class)))
  @Post("/{commitment}/called")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Record the day the syndic asked the co-owners to pay a commitment; the same day again"
      + " is duplicate: true, another day 422 IDEMPOTENCY_CONFLICT, a day before the decision 422"
      + " INVALID_DATE (syndic, admin)")
  public SaleViews.CommitmentView called(Tenant tenant, @PathVariable String building,
      @PathVariable String commitment, @Body KeepCommitments.Called body) {
    return SaleViews.commitment(register.markCalled(tenant.org(), building, commitment, body, tenant.actor()));
  }
}
