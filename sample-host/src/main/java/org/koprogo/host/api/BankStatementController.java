/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.ImportBankStatements;

/**
 * A building's bank statements (docs/banking.md): the syndic imports a CODA or camt.053 file, each
 * credit is matched to a call for funds by its structured communication, proposed by amount and
 * payer name, or queued; the queue is listed, a proposal confirmed, a line assigned to an owner.
 * Each route is one call of {@link ImportBankStatements}. The syndic and the admin import and
 * settle; the broad roles read the queue (it names payers: an owner cannot read it).
 */
@Controller("/api/v1/buildings/{building}/bank-statements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class BankStatementController {
  private final ImportBankStatements statements;

  BankStatementController(ImportBankStatements statements) {
    this.statements = statements;
  }

  @Post
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Import a bank statement file: CODA 2 as text/plain, camt.053 (.001.02 or"
      + " .001.08) as application/xml; the whole file or nothing (syndic, admin). A malformed"
      + " file is 422 MALFORMED_STATEMENT naming the line; a line already imported counts as a"
      + " duplicate")
  public ImportBankStatements.Imported importFile(HttpRequest<?> request,
      Tenant tenant, @PathVariable String building, @Body byte[] file) {
    String mediaType = request.getContentType().map(MediaType::toString).orElse("");
    return statements.importFile(new ImportBankStatements.FileCommand(tenant.organisation().value(),
        building, mediaType, file, tenant.actor()));
  }

  @Get("/queue")
  @Operation(summary = "The bank lines waiting to be confirmed or assigned, in import order, at most limit"
      + " (1 to 1000, default 100) after the line named by after (the last of the previous page, confirmed or"
      + " assigned since or not); not for an owner: it names payers")
  public List<ImportBankStatements.QueuedLine> queue(Tenant tenant, @PathVariable String building,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    tenant.requireBroadView();
    return statements.queue(new ImportBankStatements.QueueQuery(tenant.organisation().value(), building),
        limit, after);
  }

  @Post("/queue/confirmation")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Confirm the proposed owner of a waiting line: the payment moves from the"
      + " suspense account to the owner's (syndic, admin)")
  public ImportBankStatements.Settled confirm(Tenant tenant,
      @PathVariable String building, @Body ImportBankStatements.LineChoice body) {
    return statements.confirm(tenant.org(), building, body, tenant.actor());
  }

  @Post("/queue/assignment")
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC})
  @Operation(summary = "Assign a waiting line to an owner a person chose (syndic, admin)")
  public ImportBankStatements.Settled assign(Tenant tenant,
      @PathVariable String building, @Body ImportBankStatements.LineAssignment body) {
    return statements.assign(tenant.org(), building, body, tenant.actor());
  }
}
