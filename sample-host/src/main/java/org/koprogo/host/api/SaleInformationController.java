/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.sale.ChargeSplit;
import org.koprogo.domain.sale.SaleInformation;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.in.GiveSaleInformation;

/**
 * The information about a lot the syndic gives the notary before its sale (Civil Code art. 3.94,
 * docs/sale-of-a-lot.md), computed by {@link GiveSaleInformation} from the building's books. The
 * broad roles read it (it names the seller's arrears: an owner cannot read it).
 */
@Controller("/api/v1/lots/{lot}/sale-information")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "buildings")
@SecurityRequirement(name = "bearer")
public final class SaleInformationController {
  private final GiveSaleInformation sales;

  SaleInformationController(GiveSaleInformation sales) {
    this.sales = sales;
  }

  @Get
  @Operation(summary = "The sale information of a lot at a transfer date (yyyy-MM-dd): working"
      + " capital, reserve fund and the lot's parts, arrears, calls due after the transfer, the"
      + " split of the charges between seller and buyer; frequency is how the building calls"
      + " funds (QUARTERLY when absent); litigation and document, repeatable, are what the syndic"
      + " declares")
  public Map<String, Object> saleInformation(Authentication authentication, @PathVariable String lot,
      @Nullable @QueryValue String transferOn, @Nullable @QueryValue String frequency,
      @Nullable @QueryValue List<String> litigation, @Nullable @QueryValue List<String> document) {
    Tenant tenant = Tenant.of(authentication);
    tenant.requireBroadView();
    SaleInformation info = sales.saleInformation(new GiveSaleInformation.Query(
        tenant.organisation().value(), lot, date(CoopGroups.required(transferOn, "transferOn")),
        frequency == null ? "QUARTERLY" : frequency,
        litigation == null ? List.of() : litigation, document == null ? List.of() : document));
    return view(info);
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
    List<Map<String, Object>> calls = new ArrayList<>();
    for (CallForFunds c : s.callsDueAfterTransfer()) {
      Map<String, Object> call = new LinkedHashMap<>();
      call.put("period", c.period());
      call.put("dueDate", c.dueDate().toString());
      call.put("workingCapital", c.workingCapital().toPlainString());
      call.put("reserve", c.reserve().toPlainString());
      calls.add(call);
    }
    answer.put("callsDueAfterTransfer", calls);
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
    return answer;
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
