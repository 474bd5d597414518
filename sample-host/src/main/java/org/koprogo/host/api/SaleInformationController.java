/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
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
import org.koprogo.adapters.documents.SaleInformationDocument;
import org.koprogo.adapters.documents.csv.CsvExports;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.SaleViews;

/**
 * The information about a lot the syndic gives the notary before its sale (Civil Code art. 3.94,
 * docs/sale-of-a-lot.md), computed by {@link GiveSaleInformation} from the building's books and
 * its register of commitments (art. 3.94 §2, {@code CommitmentController}). The
 * broad roles read it (it names the seller's arrears: an owner cannot read it). With {@code Accept:
 * application/pdf}, the same figures as the document the syndic sends the notary (adapters-documents'
 * {@link SaleInformationDocument}, language from {@code Accept-Language}, Dutch otherwise).
 */
@Controller("/api/v1/lots/{lot}/sale-information")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class SaleInformationController {
  private final GiveSaleInformation sales;
  private final DocumentFormats formats;

  SaleInformationController(GiveSaleInformation sales, DocumentFormats formats) {
    this.sales = sales;
    this.formats = formats;
  }

  @ApiResponse(responseCode = "200", description = "the sale information: JSON, CSV or PDF as Accept asks", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaleViews.SaleView.class)),
      @Content(mediaType = DocumentFormats.CSV, schema = @Schema(type = "string")),
      @Content(mediaType = DocumentFormats.PDF, schema = @Schema(type = "string", format = "binary"))})
  @Get
  @Operation(summary = "The sale information of a lot at a transfer date (yyyy-MM-dd), Civil Code"
      + " art. 3.94: working capital, reserve fund and the lot's parts, arrears, calls due after the"
      + " transfer, the split of the charges between seller and buyer, the lot's calls of the last two"
      + " years and the date of the last closed year's balance sheet, and the commitments of the building's"
      + " register decided before the transfer and asked from it or not yet (art. 3.94 §2, 1° to 4°:"
      + " works, urgentWorks, commonPartsAcquisitions, litigationDebts, each with the lot's part);"
      + " frequency is how the building calls funds (QUARTERLY when absent); litigation and document,"
      + " repeatable, are what the syndic declares. Accept: application/pdf gives the document for the"
      + " notary (tagged PDF/A, language from Accept-Language: fr, nl, de, en; Dutch otherwise); Accept:"
      + " text/csv the split's rows, or with table=commitments the commitments' rows")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.CSV, DocumentFormats.PDF})
  public HttpResponse<?> saleInformation(HttpRequest<?> request, Tenant tenant,
      @PathVariable String lot, @Nullable @QueryValue String transferOn, @Nullable @QueryValue String frequency,
      @Nullable @QueryValue List<String> litigation, @Nullable @QueryValue List<String> document,
      @Nullable @QueryValue @Schema(allowableValues = {"split", "commitments"})
      String table) {
    tenant.requireBroadView();
    GiveSaleInformation.Table rows = GiveSaleInformation.Table.named(table);
    GiveSaleInformation.Given given = sales.give(
        GiveSaleInformation.Query.of(tenant.org(), lot, transferOn, frequency, litigation, document));
    SaleInformation info = given.information();
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.CSV) {
      return rows == GiveSaleInformation.Table.COMMITMENTS
          ? DocumentFormats.csv(CsvExports.saleCommitments(info), "sale-commitments-" + info.lot().value() + ".csv")
          : DocumentFormats.csv(CsvExports.saleSplit(info), "sale-split-" + info.lot().value() + ".csv");
    }
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      BuildingId building = BuildingId.of(given.building());
      return formats.pdf(SaleInformationDocument.of(info, formats.parties(tenant.organisation(), building),
          DocumentFormats.language(request)), "sale-information-" + info.lot().value() + ".pdf");
    }
    return HttpResponse.ok(SaleViews.sale(info));
  }
}
