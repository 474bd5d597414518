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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.in.association.BookedQuarter;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;

/**
 * The association's books written through the API: one quarter's members with their rates and its
 * cost lines ({@link KeepAssociationBooks}), and the monthly price history ({@link
 * KeepMonthlyPrice}), which the transparency report and the public transparency page read. The
 * admin of the association's organisation writes (the library records each change with its audit
 * entry, in one unit of work); every role of the organisation reads.
 */
@Controller("/api/v1/association")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "association")
@SecurityRequirement(name = "bearer")
public final class AssociationBooksController {
  private final KeepAssociationBooks books;
  private final KeepMonthlyPrice prices;

  AssociationBooksController(KeepAssociationBooks books, KeepMonthlyPrice prices) {
    this.books = books;
    this.prices = prices;
  }

  /** A member during the quarter and the rate they pay: STANDARD, CONTRIBUTOR or MAINTAINER. */
  public record Member(String member,
      @Schema(allowableValues = {"STANDARD", "CONTRIBUTOR", "MAINTAINER"}, requiredMode = Schema.RequiredMode.REQUIRED)
      String rate) {}

  /**
   * A quarter's books.
   *
   * @param quarter the quarter ({@code 2025-Q1}; on a change, the path names it)
   * @param currency ISO 4217 code of the costs (EUR when absent)
   * @param members the members, each once
   * @param costs the cost lines, in the order booked
   * @param version the version read (a change only)
   */
  public record Books(@Nullable String quarter, @Nullable String currency, List<Member> members,
      List<AssociationController.Cost> costs, @Nullable Long version) {}

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
      String quarter, @Nullable String currency, List<Member> members, List<AssociationController.Cost> costs,
      @Nullable Long version) {}

  /**
   * The first price of the history.
   *
   * @param price the monthly price
   * @param currency ISO 4217 (EUR when absent)
   * @param effectiveFrom its first day
   * @param resolution the resolution that set it
   */
  public record InitialPrice(String price, @Nullable String currency, LocalDate effectiveFrom,
      String resolution) {}

  /**
   * The assembly's decision on the price.
   *
   * @param resolution the resolution's reference
   * @param votingBasis ONE_MEMBER_ONE_VOTE (default) or WEIGHTED_BY_SHARES
   * @param adopted whether it was adopted
   * @param newMonthlyPrice the new price
   * @param effectiveFrom its first day
   */
  public record PriceDecision(String resolution, @Nullable String votingBasis, Boolean adopted,
      String newMonthlyPrice, LocalDate effectiveFrom) {}

  /** A quarter's books as stored, at their version. */
  public record QuarterView(String quarter, long version, List<Member> members, List<CostView> costs) {
    static QuarterView of(BookedQuarter q) {
      return new QuarterView(q.quarter().toString(), q.version(),
          q.memberships().stream().map(m -> new Member(m.member().value(), m.rate().name())).toList(),
          q.costs().stream().map(c -> new CostView(c.label(), c.amount().toPlainString(),
              c.amount().currency().getCurrencyCode())).toList());
    }
  }

  /** A cost line of the quarter: its label and amount (plain decimal in {@code currency}). */
  public record CostView(String label, String amount, String currency) {}

  /** The monthly price history: the current price (null before the first) and every period. */
  public record PricesView(@Nullable String current, List<PeriodView> periods) {
    static PricesView of(MonthlyPrice price) {
      return new PricesView(price.current().toPlainString(), price.history().stream()
          .map(p -> new PeriodView(p.price().toPlainString(), p.price().currency().getCurrencyCode(),
              p.effectiveFrom().toString(), p.resolution().value())).toList());
    }
  }

  /** A period of the price history, from its first day, with the resolution that set it. */
  public record PeriodView(String price, String currency, String effectiveFrom, String resolution) {}

  @Get("/books")
  @Operation(summary = "Every quarter of the association's books")
  public List<QuarterView> allBooks(Tenant tenant) {
    return books.quarters(tenant.organisation().value()).stream().map(QuarterView::of).toList();
  }

  @Get("/books/{quarter}")
  @Operation(summary = "One quarter of the association's books (2025-Q1)")
  public QuarterView quarterBooks(Tenant tenant, @PathVariable String quarter) {
    return QuarterView.of(books.quarter(tenant.organisation().value(), quarter));
  }

  @Status(HttpStatus.CREATED)
  @Post("/books")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Record a quarter's books: members with their rates, cost lines (admin)")
  public HttpResponse<QuarterView> record(Tenant tenant, @Body NewBooks body) {
    BookedQuarter stored = books.record(entry(tenant, body.quarter(),
        new Books(body.quarter(), body.currency(), body.members(), body.costs(), body.version())));
    return Locations.created(QuarterView.of(stored), "/api/v1/association/books/{}", stored.quarter());
  }

  @Put("/books/{quarter}")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Correct a quarter's books at the version read (admin)")
  public QuarterView correct(Tenant tenant, @PathVariable String quarter, @Body Books body) {
    return QuarterView.of(books.correct(entry(tenant, quarter, body)));
  }

  @Get("/prices")
  @Operation(summary = "The monthly price history, each period with the resolution that set it"
      + " (no period and no current price before the first is set)")
  public PricesView prices(Tenant tenant) {
    return prices.history(tenant.organisation().value()).map(PricesView::of)
        .orElse(new PricesView(null, List.of()));
  }

  @Status(HttpStatus.CREATED)
  @Post("/prices")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Start the monthly price history with its first price (admin)")
  public HttpResponse<PricesView> startPrices(Tenant tenant, @Body InitialPrice body) {
    MonthlyPrice price = prices.start(new KeepMonthlyPrice.FirstPrice(tenant.organisation().value(),
        body.price(), body.currency(), body.effectiveFrom(), body.resolution(), tenant.actor()));
    return Locations.created(PricesView.of(price), "/api/v1/association/prices");
  }

  @Post("/prices/changes")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Apply the assembly's decision on the monthly price: only an adopted,"
      + " one-member-one-vote resolution changes it (admin)")
  public PricesView changePrice(Tenant tenant, @Body PriceDecision body) {
    return PricesView.of(prices.change(new KeepMonthlyPrice.PriceDecision(tenant.organisation().value(),
        body.resolution(), body.votingBasis(), body.adopted(), body.newMonthlyPrice(),
        body.effectiveFrom(), tenant.actor())));
  }

  private static KeepAssociationBooks.QuarterEntry entry(Tenant tenant, String quarter, Books body) {
    return Commands.MAP.entry(body, tenant.org(), quarter, tenant.actor());
  }
}
