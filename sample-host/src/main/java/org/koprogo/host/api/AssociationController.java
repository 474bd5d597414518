/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.ReportTransparency;

/**
 * The association's quarterly transparency report (from the caller's organisation's books and
 * price history, which the public transparency page reads too: {@link ReportTransparency}) and its
 * surplus allocations, computed by the library and stored in the caller's organisation under the
 * deciding resolution's reference ({@link AllocateSurplus}; admin only; every role of the
 * organisation reads them).
 */
@Controller("/api/v1/association")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "association")
@SecurityRequirement(name = "bearer")
public final class AssociationController {
  private final ReportTransparency transparency;
  private final AllocateSurplus surplus;

  AssociationController(ReportTransparency transparency, AllocateSurplus surplus) {
    this.transparency = transparency;
    this.surplus = surplus;
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

  /** A quarter's transparency report: amounts plain decimals, the margin null without revenue. */
  public record TransparencyView(String quarter, long members, Map<String, Long> membersByRate,
      Map<String, String> costsByCategory, String totalCosts, String revenue, String monthlyPrice,
      String costPricePerMemberMonthly, String surplus, @Nullable String marginPercent) {
    static TransparencyView of(QuarterlyTransparencyReport r) {
      Map<String, Long> byRate = new LinkedHashMap<>();
      r.membersByRate().forEach((rate, count) -> byRate.put(rate.name(), count));
      return new TransparencyView(r.quarter().toString(), r.members(), byRate, Views.plain(r.costsByCategory()),
          r.totalCosts().toPlainString(), r.revenue().toPlainString(), r.monthlyPrice().toPlainString(),
          r.costPricePerMemberMonthly().toPlainString(), r.surplus().toPlainString(),
          r.margin().map(BigDecimal::toPlainString).orElse(null));
    }
  }

  /** A surplus allocation decided, under its resolution, with the library's allocation of it. */
  public record AllocationView(String resolution, int year, long version, String surplus, String marginPercent,
      boolean priceDecreaseEligible, String costPricePerMemberMonthly, Map<String, String> allocations,
      @Nullable ReserveView reserve, @Nullable PriceDecreaseView priceDecrease) {
    static AllocationView of(AllocateSurplus.Allocated allocated) {
      SurplusAllocationResult r = allocated.allocation();
      return new AllocationView(allocated.decision().resolution().value(), allocated.decision().year(),
          allocated.version(), r.surplus().toPlainString(), r.marginPercent().toPlainString(),
          r.priceDecreaseEligible(), r.costPricePerMemberMonthly().toPlainString(), Views.plain(r.allocations()),
          r.reserveCoverage().map(c -> new ReserveView(c.target().toPlainString(), c.shortfall().toPlainString(),
              c.covered())).orElse(null),
          r.proposedPriceDecrease().map(p -> new PriceDecreaseView(p.perMemberMonthly().toPlainString(),
              p.newMonthlyPrice().toPlainString())).orElse(null));
    }
  }

  /** The reserve's target, what it lacks and whether the surplus covers it. */
  public record ReserveView(String target, String shortfall, boolean covered) {}

  /** The price decrease the surplus allows: per member and month, and the new monthly price. */
  public record PriceDecreaseView(String perMemberMonthly, String newMonthlyPrice) {}

  @Get("/transparency")
  @Operation(summary = "The quarterly transparency report (quarter=2025-Q1) from the association's books")
  public TransparencyView transparency(Tenant tenant,
      @Nullable @QueryValue
      @io.swagger.v3.oas.annotations.Parameter(required = true, description = "the quarter (2025-Q1)",
          schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", pattern = "^[0-9]{4}-Q[1-4]$"))
      String quarter) {
    return TransparencyView.of(transparency.quarterReport(tenant.organisation().value(), quarter));
  }

  @Status(HttpStatus.CREATED)
  @Post("/surplus-allocations")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Allocate a year's surplus by the voted plan; stored under the deciding resolution")
  public HttpResponse<AllocationView> allocate(Tenant tenant,
      @Body NewSurplusAllocation body) {
    AllocateSurplus.Allocated decided = surplus.decide(Commands.MAP.decision(body, tenant.org(), tenant.actor()));
    return Locations.created(AllocationView.of(decided), "/api/v1/association/surplus-allocations");
  }

  @Get("/surplus-allocations")
  @Operation(summary = "The surplus allocations decided by resolution, at most limit (1 to 1000, default 100)"
      + " after the one of the resolution named by after (the last of the previous page)")
  public List<AllocationView> allocations(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return surplus.decided(tenant.organisation().value(), limit, after).stream()
        .map(AllocationView::of).toList();
  }
}
