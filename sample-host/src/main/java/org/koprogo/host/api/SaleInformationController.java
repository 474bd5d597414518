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
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.sale.ChargeSplit;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.OutPorts;

/**
 * The information about a lot the syndic gives the notary before its sale (Civil Code art. 3.94,
 * docs/sale-of-a-lot.md), computed by {@link GiveSaleInformation} from the building's books. The
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
  private final OutPorts ports;

  SaleInformationController(GiveSaleInformation sales, DocumentFormats formats, OutPorts ports) {
    this.sales = sales;
    this.formats = formats;
    this.ports = ports;
  }

  @Get
  @Operation(summary = "The sale information of a lot at a transfer date (yyyy-MM-dd), Civil Code"
      + " art. 3.94: working capital, reserve fund and the lot's parts, arrears, calls due after the"
      + " transfer, the split of the charges between seller and buyer, the lot's calls of the last two"
      + " years and the date of the last closed year's balance sheet; frequency is how the building calls"
      + " funds (QUARTERLY when absent); litigation and document, repeatable, are what the syndic"
      + " declares. Accept: application/pdf gives the document for the notary (tagged PDF/A, language"
      + " from Accept-Language: fr, nl, de, en; Dutch otherwise); Accept: text/csv the split's rows")
  @Produces({MediaType.APPLICATION_JSON, DocumentFormats.CSV, DocumentFormats.PDF})
  public HttpResponse<?> saleInformation(HttpRequest<?> request, Authentication authentication,
      @PathVariable String lot, @Nullable @QueryValue String transferOn, @Nullable @QueryValue String frequency,
      @Nullable @QueryValue List<String> litigation, @Nullable @QueryValue List<String> document) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    SaleInformation info = sales.saleInformation(new GiveSaleInformation.Query(
        tenant.organisation().value(), lot, date(CoopGroups.required(transferOn, "transferOn")),
        frequency == null ? "QUARTERLY" : frequency,
        litigation == null ? List.of() : litigation, document == null ? List.of() : document));
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.CSV) {
      org.koprogo.adapters.documents.csv.CsvTable table = org.koprogo.adapters.documents.csv.CsvExports.saleSplit(info);
      return HttpResponse.ok(table.text())
          .contentType(MediaType.of(org.koprogo.adapters.documents.csv.CsvTable.MEDIA_TYPE))
          .header(io.micronaut.http.HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"sale-split-" + info.lot().value() + ".csv\"");
    }
    if (DocumentFormats.wanted(request) == DocumentFormats.Form.PDF) {
      BuildingId building = ports.lots().find(tenant.organisation(), LotId.of(lot)).map(Lot::building).orElse(null);
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
    for (SaleInformation.DecidedWorks w : s.worksNotYetCalled()) {
      Map<String, Object> work = new LinkedHashMap<>();
      work.put("label", w.label());
      work.put("decidedOn", w.decidedOn().toString());
      work.put("total", w.total().toPlainString());
      work.put("lotShare", w.lotShare().toPlainString());
      works.add(work);
    }
    answer.put("worksNotYetCalled", works);
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
