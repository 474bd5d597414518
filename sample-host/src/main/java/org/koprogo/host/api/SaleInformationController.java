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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.adapters.documents.SaleInformationDocument;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.sale.ChargeSplit;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.CommitmentShare;
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
  public HttpResponse<?> saleInformation(HttpRequest<?> request, Authentication authentication,
      @PathVariable String lot, @Nullable @QueryValue String transferOn, @Nullable @QueryValue String frequency,
      @Nullable @QueryValue List<String> litigation, @Nullable @QueryValue List<String> document,
      @Nullable @QueryValue @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"split", "commitments"})
      String table) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    if (table != null && !table.equals("split") && !table.equals("commitments")) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "table is split or commitments", "field", "table",
          "value", table.length() > 40 ? table.substring(0, 40) : table);
    }
    GiveSaleInformation.Given given = sales.give(new GiveSaleInformation.Query(
        tenant.organisation().value(), lot, date(CoopGroups.required(transferOn, "transferOn")),
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
    return HttpResponse.ok(view(info));
  }

  private static Map<String, Object> view(SaleInformation s) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("lot", s.lot().value());
    answer.put("seller", s.seller().value());
    answer.put("transferOn", s.transferOn().toString());
    answer.put("currency", s.arrears().currency().getCurrencyCode());
    answer.put("shareOfTheLot", s.shareOfTheLot().toString());
    answer.put("workingCapital", s.workingCapital().toPlainString());
    answer.put("workingCapitalShare", s.workingCapitalShare().toPlainString());
    answer.put("reserveFund", s.reserveFund().toPlainString());
    answer.put("reserveFundShare", s.reserveFundShare().toPlainString());
    answer.put("arrears", s.arrears().toPlainString());
    answer.put("callsDueAfterTransfer", calls(s.callsDueAfterTransfer()));
    List<Map<String, Object>> works = new ArrayList<>();
    for (@SuppressWarnings("deprecation") SaleInformation.DecidedWorks w : s.worksNotYetCalled()) {
      Map<String, Object> work = new LinkedHashMap<>();
      work.put("label", w.label());
      work.put("decidedOn", w.decidedOn().toString());
      work.put("total", w.total().toPlainString());
      work.put("lotShare", w.lotShare().toPlainString());
      works.add(work);
    }
    answer.put("worksNotYetCalled", works);
    Map<String, Object> commitments = new LinkedHashMap<>();
    commitments.put("works", commitments(s, CommitmentKind.WORKS));
    commitments.put("urgentWorks", commitments(s, CommitmentKind.URGENT_WORKS));
    commitments.put("commonPartsAcquisitions", commitments(s, CommitmentKind.COMMON_PARTS_ACQUISITION));
    commitments.put("litigationDebts", commitments(s, CommitmentKind.LITIGATION_DEBT));
    answer.put("commitments", commitments);
    answer.put("litigation", s.litigation());
    answer.put("documents", s.documents());
    List<Map<String, Object>> split = new ArrayList<>();
    for (ChargeSplit c : s.split()) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("period", c.period());
      part.put("from", c.from().toString());
      part.put("to", c.to().toString());
      part.put("part", c.part());
      part.put("amount", c.amount().toPlainString());
      part.put("seller", c.seller().toPlainString());
      part.put("buyer", c.buyer().toPlainString());
      split.add(part);
    }
    answer.put("split", split);
    answer.put("sellerTotal", s.sellerTotal().toPlainString());
    answer.put("buyerTotal", s.buyerTotal().toPlainString());
    answer.put("callsOfLastTwoYears", calls(s.callsOfLastTwoYears()));
    answer.put("lastBalanceSheetOn", s.lastBalanceSheetOn() == null ? null : s.lastBalanceSheetOn().toString());
    return answer;
  }

  private static Map<String, Object> commitments(SaleInformation s, CommitmentKind kind) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CommitmentShare c : s.commitments(kind)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("commitment", c.commitment().id());
      row.put("label", c.commitment().label());
      row.put("decidedOn", c.commitment().decidedOn().toString());
      row.put("decidedBy", c.commitment().decidedBy().name());
      row.put("assembly", c.commitment().assembly());
      row.put("agendaItem", c.commitment().agendaItem());
      row.put("calledOn", c.commitment().calledOn() == null ? null : c.commitment().calledOn().toString());
      row.put("total", c.commitment().total().toPlainString());
      row.put("key", c.commitment().keyDescription());
      row.put("lotShare", c.lotShare().toPlainString());
      rows.add(row);
    }
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("item", kind.item());
    item.put("lotTotal", s.commitmentsTotal(kind).toPlainString());
    item.put("list", rows);
    return item;
  }

  private static List<Map<String, Object>> calls(List<CallForFunds> list) {
    List<Map<String, Object>> calls = new ArrayList<>();
    for (CallForFunds c : list) {
      Map<String, Object> call = new LinkedHashMap<>();
      call.put("period", c.period());
      call.put("dueDate", c.dueDate().toString());
      call.put("workingCapital", c.workingCapital().toPlainString());
      call.put("reserve", c.reserve().toPlainString());
      calls.add(call);
    }
    return calls;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw KoproGoException.of(ErrorCode.INVALID_DATE,
          "transferOn '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
              + "' is not a date yyyy-MM-dd", "field", "transferOn", "value",
          text.length() > 40 ? text.substring(0, 40) : text);
    }
  }
}
