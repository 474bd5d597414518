/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.koprogo.adapters.documents.AssemblyDocuments;
import org.koprogo.adapters.documents.DocumentLanguage;
import org.koprogo.host.security.Roles;

/**
 * The convocation of an assembly as a PDF ({@code GET .../convocation}, beside the {@code POST}
 * that convenes it). The PDF and CSV forms of the statement and the minutes are answered by their
 * JSON routes through {@link DocumentFormats}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "documents")
@SecurityRequirement(name = "bearer")
public final class DocumentFormatsController {
  private final AssemblyDocuments documents;

  DocumentFormatsController(DocumentFormats formats) {
    this.documents = formats.documents();
  }

  @Get("/assemblies/{assembly}/convocation")
  @Produces(DocumentFormats.PDF)
  @Secured({Roles.ORG_ADMIN, Roles.SYNDIC, Roles.COUNCIL_MEMBER, Roles.OWNER, Roles.AUDITOR})
  @Operation(summary = "The convocation of a convened assembly with its agenda and proxy form, as a tagged"
      + " PDF/A (Accept: application/pdf): the place and time the convocation recorded; for an assembly convened"
      + " without them, from the query (the building's address otherwise)")
  public HttpResponse<byte[]> convocationPdf(Tenant tenant, @PathVariable String assembly,
      @Nullable @QueryValue String place, @Nullable @QueryValue String time,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return DocumentFormats.pdf(documents.convocation(tenant.organisation().value(), assembly, place,
        RequestValues.time(time, "time"), DocumentLanguage.fromAcceptLanguage(language)),
        "convocation-" + assembly + ".pdf");
  }
}
