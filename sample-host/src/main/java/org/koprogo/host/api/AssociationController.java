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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.AssociationViews;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.association.ReportTransparency;

/**
 * The association's books written through the API: one quarter's members with their rates and its
 * cost lines ({@link KeepAssociationBooks}), and the monthly price history ({@link
 * KeepMonthlyPrice}), which the transparency report and the public transparency page read; the
 * quarterly transparency report (from the caller's organisation's books and price history, which
 * the public transparency page reads too: {@link ReportTransparency}) and the surplus allocations,
 * computed by the library and stored in the caller's organisation under the deciding resolution's
 * reference ({@link AllocateSurplus}). The admin of the association's organisation writes (the
 * library records each change with its audit entry, in one unit of work); every role of the
 * organisation reads.
 */
@Controller("/api/v1/association")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "association")
@SecurityRequirement(name = "bearer")
public final class AssociationController {
  private final ReportTransparency transparency;
  private final AllocateSurplus surplus;
  private final KeepAssociationBooks books;
  private final KeepMonthlyPrice prices;

  AssociationController(ReportTransparency transparency, AllocateSurplus surplus, KeepAssociationBooks books,
      KeepMonthlyPrice prices) {
    this.transparency = transparency;
    this.surplus = surplus;
    this.books = books;
    this.prices = prices;
  }

  @Get("/transparency")
  @Operation(summary = "The quarterly transparency report (quarter=2025-Q1) from the association's books")
  public AssociationViews.TransparencyView transparency(Tenant tenant,
      @Nullable @QueryValue
      @io.swagger.v3.oas.annotations.Parameter(required = true, description = "the quarter (2025-Q1)",
          schema = @Schema(type = "string", pattern = "^[0-9]{4}-Q[1-4]$"))
      String quarter) {
    return AssociationViews.transparency(transparency.quarterReport(tenant.organisation().value(), quarter));
  }

  @Status(HttpStatus.CREATED)
  @Post("/surplus-allocations")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Allocate a year's surplus by the voted plan; stored under the deciding resolution")
  public HttpResponse<AssociationViews.AllocationView> allocate(Tenant tenant,
      @Body AllocateSurplus.NewAllocation body) {
    return Locations.created(AssociationViews.allocation(surplus.decide(tenant.org(), body, tenant.actor())),
        "/api/v1/association/surplus-allocations");
  }

  @Get("/surplus-allocations")
  @Operation(summary = "The surplus allocations decided by resolution, at most limit (1 to 1000, default 100)"
      + " after the one of the resolution named by after (the last of the previous page)")
  public List<AssociationViews.AllocationView> allocations(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return surplus.decided(tenant.organisation().value(), limit, after).stream()
        .map(AssociationViews::allocation).toList();
  }

  /**
   * A quarter's books.
   *
   * @param quarter the quarter ({@code 2025-Q1}; on a change, the path names it)
   * @param currency ISO 4217 code of the costs (EUR when absent)
   * @param members the members, each once
   * @param costs the cost lines, in the order booked
   * @param version the version read (a change only)
   */
  public record Books(@Nullable String quarter, @Nullable String currency,
      List<KeepAssociationBooks.MemberRate> members, List<CostEntry> costs, @Nullable Long version) {}

  /**
   * A quarter's books, recorded for the first time.
   *
   * @param quarter the quarter ({@code 2025-Q1})
   * @param currency ISO 4217 code of the costs (EUR when absent)
   * @param members the members, each once
   * @param costs the cost lines, in the order booked
   * @param version the version read, as a correction's body carries it (a first recording has none
   *     to check)
   */
  public record NewBooks(@Schema(pattern = "^[0-9]{4}-Q[1-4]$", requiredMode = Schema.RequiredMode.REQUIRED)
      String quarter, @Nullable String currency, List<KeepAssociationBooks.MemberRate> members, List<CostEntry> costs,
      @Nullable Long version) {}

  @Get("/books")
  @Operation(summary = "The quarters of the association's books in order, at most limit (1 to 1000, default 100)"
      + " after the quarter named by after (the last of the previous page, 2025-Q1)")
  public List<AssociationViews.QuarterView> allBooks(Tenant tenant,
      @Nullable @QueryValue Integer limit, @Nullable @QueryValue String after) {
    return books.quarters(tenant.organisation().value(), limit, after).stream().map(AssociationViews::quarter)
        .toList();
  }

  @Get("/books/{quarter}")
  @Operation(summary = "One quarter of the association's books (2025-Q1)")
  public AssociationViews.QuarterView quarterBooks(Tenant tenant, @PathVariable String quarter) {
    return AssociationViews.quarter(books.quarter(tenant.organisation().value(), quarter));
  }

  @Status(HttpStatus.CREATED)
  @Post("/books")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Record a quarter's books: members with their rates, cost lines (admin)")
  public HttpResponse<AssociationViews.QuarterView> record(Tenant tenant, @Body NewBooks body) {
    BookedQuarter stored = books.record(entry(tenant, body.quarter(),
        new Books(body.quarter(), body.currency(), body.members(), body.costs(), body.version())));
    return Locations.created(AssociationViews.quarter(stored), "/api/v1/association/books/{}", stored.quarter());
  }

  @Put("/books/{quarter}")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Correct a quarter's books at the version read (admin)")
  public AssociationViews.QuarterView correct(Tenant tenant, @PathVariable String quarter, @Body Books body) {
    return AssociationViews.quarter(books.correct(entry(tenant, quarter, body)));
  }

  @Get("/prices")
  @Operation(summary = "The monthly price history, each period with the resolution that set it"
      + " (no period and no current price before the first is set)")
  public AssociationViews.PricesView prices(Tenant tenant) {
    return AssociationViews.prices(prices.history(tenant.organisation().value()));
  }

  @Status(HttpStatus.CREATED)
  @Post("/prices")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Start the monthly price history with its first price (admin)")
  public HttpResponse<AssociationViews.PricesView> startPrices(Tenant tenant, @Body KeepMonthlyPrice.NewPrice body) {
    return Locations.created(AssociationViews.prices(prices.start(tenant.org(), body, tenant.actor())),
        "/api/v1/association/prices");
  }

  @Post("/prices/changes")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Apply the assembly's decision on the monthly price: only an adopted,"
      + " one-member-one-vote resolution changes it (admin)")
  public AssociationViews.PricesView changePrice(Tenant tenant, @Body KeepMonthlyPrice.PriceVote body) {
    return AssociationViews.prices(prices.change(tenant.org(), body, tenant.actor()));
  }

  private static KeepAssociationBooks.QuarterEntry entry(Tenant tenant, String quarter, Books body) {
    return new KeepAssociationBooks.QuarterEntry(tenant.org(), quarter, body.currency(), body.members(), body.costs(),
        body.version(), tenant.actor());
  }
}
