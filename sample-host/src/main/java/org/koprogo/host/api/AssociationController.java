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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.koprogo.domain.association.AssociationAccounts;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Destination;
import org.koprogo.domain.association.MembershipPricing;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.ReservePolicy;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.SurplusAllocation;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.association.SurplusPlan;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AggregateStore.Stored;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.QuarterBooks;
import org.koprogo.ports.out.OutPorts;

/**
 * The association's quarterly transparency report (from the caller's organisation's {@link
 * AssociationBooks} and price history, which the public transparency page reads too) and its
 * surplus allocations, computed by the library and stored in the caller's organisation under the
 * deciding resolution's reference (admin only; every role of the organisation reads them).
 */
@Controller("/api/v1/association")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "association")
@SecurityRequirement(name = "bearer")
public final class AssociationController {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

  private final AssociationBooks books;
  private final OutPorts ports;

  AssociationController(AssociationBooks books, OutPorts ports) {
    this.books = books;
    this.ports = ports;
  }

  /** A cost line of the year: category and amount. */
  public record Cost(String label, String amount) {}

  /** A destination of the surplus and its percent. */
  public record Share(String id, String percent) {}

  /** The reserve target: its current balance and how many months of costs it should cover. */
  public record Reserve(String current, int months, @Nullable String destination) {}

  /**
   * A surplus allocation the assembly decided.
   *
   * @param resolution the deciding resolution's reference
   * @param year the financial year
   * @param currency ISO 4217, EUR when absent
   * @param revenue the year's revenue
   * @param costs the year's costs by category
   * @param members the number of members at year end
   * @param monthlyPrice the monthly price of a membership
   * @param destinations the plan's destinations, percents adding up to 100
   * @param thresholdPercent the margin a price decrease needs (25 when absent)
   * @param priceDecreaseDestination the destination that lowers the price, if any
   * @param reserve the reserve target, if any
   */
  public record NewSurplusAllocation(String resolution, int year, @Nullable String currency,
      String revenue, List<Cost> costs, long members, String monthlyPrice, List<Share> destinations,
      @Nullable String thresholdPercent, @Nullable String priceDecreaseDestination,
      @Nullable Reserve reserve) {}

  @Get("/transparency")
  @Operation(summary = "The quarterly transparency report (quarter=2025-Q1) from the association's books")
  public Map<String, Object> transparency(Authentication authentication,
      @Nullable @QueryValue String quarter) {
    Tenant tenant = Tenant.of(authentication);
    Quarter wanted = quarter(CoopGroups.required(quarter, "quarter"));
    QuarterBooks q = books.find(tenant.organisation(), wanted).orElseThrow(() -> KoproGoException.of(
        ErrorCode.NOT_FOUND, "the books hold no quarter " + quarter, "field", "quarter", "value", quarter));
    Money price = MonthlyPrices.of(ports, tenant.organisation())
        .flatMap(p -> p.on(q.quarter().firstDay()))
        .orElseThrow(() -> CoopGroups.notFound("monthly price on", q.quarter().firstDay().toString()));
    return report(QuarterlyTransparencyReport.of(q.quarter(), q.memberships(), q.costs(),
        MembershipPricing.at(price)));
  }

  @Post("/surplus-allocations")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Allocate a year's surplus by the voted plan; stored under the deciding resolution")
  public HttpResponse<Map<String, Object>> allocate(Authentication authentication,
      @Body NewSurplusAllocation body) {
    Tenant tenant = Tenant.of(authentication);
    ResolutionReference resolution = ResolutionReference.of(CoopGroups.required(body.resolution(), "resolution"));
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    List<CostLine> costs = new ArrayList<>();
    List<Cost> given = body.costs() == null ? List.of() : body.costs();
    for (int i = 0; i < given.size(); i++) {
      Cost c = given.get(i);
      costs.add(CostLine.of(CoopGroups.required(c.label(), "costs[" + i + "].label"),
          Money.parse(CoopGroups.required(c.amount(), "costs[" + i + "].amount"), currency, "costs[" + i + "].amount")));
    }
    AssociationAccounts accounts = new AssociationAccounts(
        Money.parse(CoopGroups.required(body.revenue(), "revenue"), currency, "revenue"), costs,
        body.members(),
        Money.parse(CoopGroups.required(body.monthlyPrice(), "monthlyPrice"), currency, "monthlyPrice"));
    List<Destination> destinations = new ArrayList<>();
    for (Share s : CoopGroups.required(body.destinations(), "destinations")) {
      destinations.add(Destination.of(s.id(), s.percent()));
    }
    SurplusPlan plan = SurplusPlan.of(destinations);
    if (body.thresholdPercent() != null) {
      plan = plan.withThresholdPercent(org.koprogo.domain.shared.Decimals.parse(body.thresholdPercent(), "thresholdPercent"));
    }
    if (body.priceDecreaseDestination() != null) {
      plan = plan.withPriceDecreaseDestination(body.priceDecreaseDestination());
    }
    if (body.reserve() != null) {
      Money current = Money.parse(CoopGroups.required(body.reserve().current(), "reserve.current"), currency, "reserve.current");
      plan = plan.withReserve(body.reserve().destination() == null
          ? ReservePolicy.of(current, body.reserve().months())
          : new ReservePolicy(current, body.reserve().months(), body.reserve().destination()));
    }
    DecidedSurplusAllocation decided = new DecidedSurplusAllocation(resolution, body.year(), accounts, plan);
    Stored<DecidedSurplusAllocation> stored =
        ports.aggregateStore().add(tenant.organisation(), resolution.value(), decided);
    return HttpResponse.created(view(stored), URI.create("/api/v1/association/surplus-allocations"));
  }

  @Get("/surplus-allocations")
  @Operation(summary = "The surplus allocations decided, with the resolution of each")
  public List<Map<String, Object>> allocations(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return ports.aggregateStore().all(tenant.organisation(), DecidedSurplusAllocation.class).stream()
        .map(AssociationController::view).toList();
  }

  private static Map<String, Object> view(Stored<DecidedSurplusAllocation> stored) {
    DecidedSurplusAllocation d = stored.aggregate();
    SurplusAllocationResult r = SurplusAllocation.allocate(d.accounts(), d.plan());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("resolution", d.resolution().value());
    answer.put("year", d.year());
    answer.put("version", stored.version());
    answer.put("surplus", r.surplus().toPlainString());
    answer.put("marginPercent", r.marginPercent().toPlainString());
    answer.put("priceDecreaseEligible", r.priceDecreaseEligible());
    answer.put("costPricePerMemberMonthly", r.costPricePerMemberMonthly().toPlainString());
    Map<String, String> allocations = new LinkedHashMap<>();
    r.allocations().forEach((k, v) -> allocations.put(k, v.toPlainString()));
    answer.put("allocations", allocations);
    answer.put("reserve", r.reserveCoverage().map(c -> (Object) Map.of("target", c.target().toPlainString(),
        "shortfall", c.shortfall().toPlainString(), "covered", c.covered())).orElse(null));
    answer.put("priceDecrease", r.proposedPriceDecrease()
        .map(p -> (Object) Map.of("perMemberMonthly", p.perMemberMonthly().toPlainString(),
            "newMonthlyPrice", p.newMonthlyPrice().toPlainString())).orElse(null));
    return answer;
  }

  private static Map<String, Object> report(QuarterlyTransparencyReport r) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("quarter", r.quarter().toString());
    answer.put("members", r.members());
    Map<String, Long> byRate = new LinkedHashMap<>();
    r.membersByRate().forEach((k, v) -> byRate.put(k.name(), v));
    answer.put("membersByRate", byRate);
    Map<String, String> byCategory = new LinkedHashMap<>();
    r.costsByCategory().forEach((k, v) -> byCategory.put(k, v.toPlainString()));
    answer.put("costsByCategory", byCategory);
    answer.put("totalCosts", r.totalCosts().toPlainString());
    answer.put("revenue", r.revenue().toPlainString());
    answer.put("monthlyPrice", r.monthlyPrice().toPlainString());
    answer.put("costPricePerMemberMonthly", r.costPricePerMemberMonthly().toPlainString());
    answer.put("surplus", r.surplus().toPlainString());
    answer.put("marginPercent", r.margin().map(BigDecimal::toPlainString).orElse(null));
    return answer;
  }

  static Quarter quarter(String text) {
    Matcher m = QUARTER.matcher(text);
    if (!m.matches()) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "quarter '" + text + "' is not yyyy-Qn",
          "field", "quarter", "value", text);
    }
    return Quarter.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }
}
