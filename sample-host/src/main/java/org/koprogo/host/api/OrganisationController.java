/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.ports.in.query.QueryViews;
import org.koprogo.ports.in.query.ReadOrganisation;

/** The caller's organisation: a co-ownership association, a housing cooperative or an association. */
@Controller("/api/v1/organisation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "organisation")
@SecurityRequirement(name = "bearer")
public final class OrganisationController {
  private final ReadOrganisation organisations;

  OrganisationController(ReadOrganisation organisations) {
    this.organisations = organisations;
  }

  /** The organisation every request of the caller is scoped to. */
  @Get
  @Operation(summary = "The caller's organisation")
  public QueryViews.OrganisationView organisation(Tenant tenant) {
    return QueryViews.organisation(organisations.organisation(tenant.org()));
  }
}
