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
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.GiveSaleInformation;

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
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaleView.class)),
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
      @Nullable @QueryValue @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"split", "commitments"})
      String table) {
    tenant.requireBroadView();
    if (table != null && !table.equals("split") && !table.equals("commitments")) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "table is split or commitments", "field", "table",
          "value", RequestValues.shown(table));
    }
    GiveSaleInformation.Given given = sales.give(new GiveSaleInformation.Query(
        tenant.organisation().value(), lot, RequestValues.date(CoopGroups.required(transferOn, "transferOn"), "transferOn"),
        frequency == null ? "QUARTERLY" : frequency,
        litigation == null ? List.of() : litigation, document == null ? List.of() : document));
    SaleInformation info = given.information();
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.CSV) {
      boolean commitments = "commitments".equals(table);
      org.koprogo.adapters.documents.csv.CsvTable csv = commitments
          ? org.koprogo.adapters.documents.csv.CsvExports.saleCommitments(info)
          : org.koprogo.adapters.documents.csv.CsvExports.saleSplit(info);
      return HttpResponse.ok(csv.text())
          .contentType(MediaType.of(org.koprogo.adapters.documents.csv.CsvTable.MEDIA_TYPE))
          .header(io.micronaut.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
              + (commitments ? "sale-commitments-" : "sale-split-") + info.lot().value() + ".csv\"");
    }
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      BuildingId building = BuildingId.of(given.building());
      return formats.pdf(SaleInformationDocument.of(info, formats.parties(tenant.organisation(), building),
          DocumentFormats.language(request)), "sale-information-" + info.lot().value() + ".pdf");
    }
    return HttpResponse.ok(SaleView.of(info));
  }

  /**
   * The sale information as JSON: amounts plain decimals in {@code currency}, the lot's share
   * {@code n/d}, dates ISO; {@code lastBalanceSheetOn} null when no year is closed.
   */
  public record SaleView(String lot, String seller, String transferOn, String currency, String shareOfTheLot,
      String workingCapital, String workingCapitalShare, String reserveFund, String reserveFundShare,
      String arrears, List<CallView> callsDueAfterTransfer, List<WorksView> worksNotYetCalled,
      CommitmentsView commitments, List<String> litigation, List<String> documents, List<SplitView> split,
      String sellerTotal, String buyerTotal, List<CallView> callsOfLastTwoYears,
      @Nullable String lastBalanceSheetOn) {
    @SuppressWarnings("deprecation")
    static SaleView of(SaleInformation s) {
      return new SaleView(s.lot().value(), s.seller().value(), s.transferOn().toString(),
          s.arrears().currency().getCurrencyCode(), s.shareOfTheLot().toString(), s.workingCapital().toPlainString(),
          s.workingCapitalShare().toPlainString(), s.reserveFund().toPlainString(),
          s.reserveFundShare().toPlainString(), s.arrears().toPlainString(), CallView.of(s.callsDueAfterTransfer()),
          s.worksNotYetCalled().stream().map(w -> new WorksView(w.label(), w.decidedOn().toString(),
              w.total().toPlainString(), w.lotShare().toPlainString())).toList(),
          new CommitmentsView(CommitmentItemView.of(s, CommitmentKind.WORKS),
              CommitmentItemView.of(s, CommitmentKind.URGENT_WORKS),
              CommitmentItemView.of(s, CommitmentKind.COMMON_PARTS_ACQUISITION),
              CommitmentItemView.of(s, CommitmentKind.LITIGATION_DEBT)),
          s.litigation(), s.documents(), s.split().stream().map(c -> new SplitView(c.period(), c.from().toString(),
              c.to().toString(), c.part(), c.amount().toPlainString(), c.seller().toPlainString(),
              c.buyer().toPlainString())).toList(),
          s.sellerTotal().toPlainString(), s.buyerTotal().toPlainString(), CallView.of(s.callsOfLastTwoYears()),
          s.lastBalanceSheetOn() == null ? null : s.lastBalanceSheetOn().toString());
    }
  }

  /** A call for funds of the lot. */
  public record CallView(int period, String dueDate, String workingCapital, String reserve) {
    static List<CallView> of(List<CallForFunds> calls) {
      return calls.stream().map(c -> new CallView(c.period(), c.dueDate().toString(),
          c.workingCapital().toPlainString(), c.reserve().toPlainString())).toList();
    }
  }

  /** Works decided and not yet called, as declared (deprecated: see {@code commitments}). */
  public record WorksView(String label, String decidedOn, String total, String lotShare) {}

  /** The commitments of the register told to the notary, by item of art. 3.94 §2 (1° to 4°). */
  public record CommitmentsView(CommitmentItemView works, CommitmentItemView urgentWorks,
      CommitmentItemView commonPartsAcquisitions, CommitmentItemView litigationDebts) {}

  /** One item of art. 3.94 §2: its number, the lot's total and the commitments. */
  public record CommitmentItemView(int item, String lotTotal, List<CommitmentView> list) {
    static CommitmentItemView of(SaleInformation s, CommitmentKind kind) {
      return new CommitmentItemView(kind.item(), s.commitmentsTotal(kind).toPlainString(), s.commitments(kind).stream()
          .map(c -> CommitmentView.of(c.commitment(), c.lotShare().toPlainString())).toList());
    }
  }

  /** A commitment of the register with the lot's part of it. */
  public record CommitmentView(String commitment, String label, String decidedOn, String decidedBy,
      @Nullable String assembly, @Nullable String agendaItem, @Nullable String calledOn, String total, String key,
      String lotShare) {
    static CommitmentView of(Commitment c, String lotShare) {
      return new CommitmentView(c.id(), c.label(), c.decidedOn().toString(), c.decidedBy().name(), c.assembly(),
          c.agendaItem(), c.calledOn() == null ? null : c.calledOn().toString(), c.total().toPlainString(),
          c.keyDescription(), lotShare);
    }
  }

  /** A call split between seller and buyer at the transfer date. */
  public record SplitView(int period, String from, String to, String part, String amount, String seller,
      String buyer) {}
}
