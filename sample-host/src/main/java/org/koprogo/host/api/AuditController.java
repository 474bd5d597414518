/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.ListAuditTrail;

/** The organisation's audit trail (admin, auditor): who did what, in order, a page at a time. */
@Controller("/api/v1/audit-trail")
@Secured({Roles.ORG_ADMIN, Roles.AUDITOR})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
@SecurityRequirement(name = "bearer")
public final class AuditController {
  private final ListAuditTrail auditTrail;

  AuditController(ListAuditTrail auditTrail) {
    this.auditTrail = auditTrail;
  }

  @Get
  @Operation(summary = "Audit entries after a sequence number (after=0 from the start), at most limit")
  public List<ListAuditTrail.Entry> entries(Tenant tenant,
      @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue String subjectType, @Nullable @QueryValue String subjectId) {
    return auditTrail.list(new ListAuditTrail.Query(tenant.organisation().value(), subjectType,
        subjectId, after == null ? 0 : after, limit == null ? 100 : limit));
  }
}
