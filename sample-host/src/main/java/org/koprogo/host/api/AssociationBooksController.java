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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.MemberId;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.PriceChangeDecision;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.association.ResolutionReference;
import org.koprogo.domain.association.VotingBasis;
import org.koprogo.domain.shared.Money;
import org.koprogo.host.security.Roles;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutPorts;
import org.koprogo.ports.out.QuarterBooks;
import org.koprogo.ports.out.StoreErrors;

/**
 * The association's books written through the API: one quarter's members with their rates and its
 * cost lines ({@link AssociationBooks}), and the monthly price history ({@link MonthlyPrices}),
 * which the transparency report and the public transparency page read. The admin of the
 * association's organisation writes (each change with its audit entry, in one transaction); every
 * role of the organisation reads.
 */
@Controller("/api/v1/association")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "association")
@SecurityRequirement(name = "bearer")
public final class AssociationBooksController {
  private final AssociationBooks books;
  private final OutPorts ports;

  AssociationBooksController(AssociationBooks books, OutPorts ports) {
    this.books = books;
    this.ports = ports;
  }

  /** A member during the quarter and the rate they pay: STANDARD, CONTRIBUTOR or MAINTAINER. */
  public record Member(String member, String rate) {}

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

  @Get("/books")
  @Operation(summary = "Every quarter of the association's books")
  public List<Map<String, Object>> allBooks(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return books.all(tenant.organisation()).stream().map(AssociationBooksController::view).toList();
  }

  @Get("/books/{quarter}")
  @Operation(summary = "One quarter of the association's books (2025-Q1)")
  public Map<String, Object> quarterBooks(Authentication authentication, @PathVariable String quarter) {
    Tenant tenant = Tenant.of(authentication);
    return view(books.get(tenant.organisation(), AssociationController.quarter(quarter)));
  }

  @Post("/books")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Record a quarter's books: members with their rates, cost lines (admin)")
  public HttpResponse<Map<String, Object>> record(Authentication authentication, @Body Books body) {
    Tenant tenant = Tenant.of(authentication);
    Quarter quarter = AssociationController.quarter(CoopGroups.required(body.quarter(), "quarter"));
    QuarterBooks q = quarterBooks(tenant.organisation(), quarter, body, 0);
    QuarterBooks stored = ports.transactions().inTransaction(() -> {
      QuarterBooks added = books.add(q);
      audit(tenant, "QuarterBooksRecorded", "quarter books", quarter.toString(), added.version());
      return added;
    });
    return HttpResponse.created(view(stored), URI.create("/api/v1/association/books/" + quarter));
  }

  @Put("/books/{quarter}")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Correct a quarter's books at the version read (admin)")
  public Map<String, Object> correct(Authentication authentication, @PathVariable String quarter,
      @Body Books body) {
    Tenant tenant = Tenant.of(authentication);
    Quarter q = AssociationController.quarter(quarter);
    long version = Versions.required(body.version());
    QuarterBooks changed = quarterBooks(tenant.organisation(), q, body, version);
    return view(ports.transactions().inTransaction(() -> {
      QuarterBooks stored = books.update(changed);
      audit(tenant, "QuarterBooksCorrected", "quarter books", q.toString(), stored.version());
      return stored;
    }));
  }

  @Get("/prices")
  @Operation(summary = "The monthly price history, each period with the resolution that set it"
      + " (no period and no current price before the first is set)")
  public Map<String, Object> prices(Authentication authentication) {
    Tenant tenant = Tenant.of(authentication);
    return MonthlyPrices.of(ports, tenant.organisation()).map(AssociationBooksController::view)
        .orElseGet(() -> {
          Map<String, Object> none = new LinkedHashMap<>();
          none.put("current", null);
          none.put("periods", List.of());
          return none;
        });
  }

  @Post("/prices")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Start the monthly price history with its first price (admin)")
  public HttpResponse<Map<String, Object>> startPrices(Authentication authentication,
      @Body InitialPrice body) {
    Tenant tenant = Tenant.of(authentication);
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    MonthlyPrice price = MonthlyPrice.initial(
        Money.parse(CoopGroups.required(body.price(), "price"), currency, "price"),
        CoopGroups.required(body.effectiveFrom(), "effectiveFrom"),
        ResolutionReference.of(CoopGroups.required(body.resolution(), "resolution")));
    ports.transactions().run(() -> {
      ports.aggregateStore().add(tenant.organisation(), MonthlyPrices.ID, price.snapshot());
      audit(tenant, "MonthlyPriceSet", "monthly price", MonthlyPrices.ID, 1);
    });
    return HttpResponse.created(view(price), URI.create("/api/v1/association/prices"));
  }

  @Post("/prices/changes")
  @Secured(Roles.ORG_ADMIN)
  @Operation(summary = "Apply the assembly's decision on the monthly price: only an adopted,"
      + " one-member-one-vote resolution changes it (admin)")
  public Map<String, Object> changePrice(Authentication authentication, @Body PriceDecision body) {
    Tenant tenant = Tenant.of(authentication);
    return ports.transactions().inTransaction(() -> {
      MonthlyPrice current = MonthlyPrices.of(ports, tenant.organisation())
          .orElseThrow(() -> StoreErrors.notFound("monthly price", MonthlyPrices.ID));
      Currency currency = current.current().currency();
      PriceChangeDecision decision = new PriceChangeDecision(
          ResolutionReference.of(CoopGroups.required(body.resolution(), "resolution")),
          BudgetController.enumOf(VotingBasis.class, body.votingBasis(),
              VotingBasis.ONE_MEMBER_ONE_VOTE, "votingBasis"),
          CoopGroups.required(body.adopted(), "adopted"),
          Money.parse(CoopGroups.required(body.newMonthlyPrice(), "newMonthlyPrice"), currency,
              "newMonthlyPrice"),
          CoopGroups.required(body.effectiveFrom(), "effectiveFrom"));
      MonthlyPrice.Change change = current.change(decision, ports.clock().now());
      MonthlyPrices.store(ports, tenant.organisation(), change.price());
      ports.auditTrail().append(tenant.organisation(), new AuditEvent(ports.clock().now(),
          tenant.actor(), "MonthlyPriceChanged", "monthly price", MonthlyPrices.ID,
          Map.of("resolution", decision.resolution().value(),
              "from", change.event().from().toPlainString(),
              "to", change.event().to().toPlainString(),
              "effectiveFrom", decision.effectiveFrom().toString())));
      return view(change.price());
    });
  }

  private static QuarterBooks quarterBooks(OrganisationId organisation, Quarter quarter, Books body,
      long version) {
    Currency currency = Money.currency(body.currency() == null ? "EUR" : body.currency());
    List<Membership> memberships = new ArrayList<>();
    List<Member> members = CoopGroups.required(body.members(), "members");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      String field = "members[" + i + "]";
      String id = CoopGroups.required(m == null ? null : m.member(), field + ".member");
      if (!seen.add(id)) {
        throw org.koprogo.domain.shared.KoproGoException.of(
            org.koprogo.domain.shared.ErrorCode.DUPLICATE_MEMBER,
            "member " + id + " is listed twice in " + quarter, "field", field + ".member", "value", id);
      }
      memberships.add(new Membership(MemberId.of(id),
          BudgetController.enumOf(MembershipRate.class, CoopGroups.required(m.rate(), field + ".rate"),
              MembershipRate.STANDARD, field + ".rate")));
    }
    List<CostLine> costs = new ArrayList<>();
    List<AssociationController.Cost> given = CoopGroups.required(body.costs(), "costs");
    for (int i = 0; i < given.size(); i++) {
      AssociationController.Cost c = given.get(i);
      String field = "costs[" + i + "]";
      costs.add(CostLine.of(CoopGroups.required(c == null ? null : c.label(), field + ".label"),
          Money.parse(CoopGroups.required(c.amount(), field + ".amount"), currency, field + ".amount")));
    }
    return new QuarterBooks(organisation, quarter, memberships, costs, version);
  }

  private void audit(Tenant tenant, String action, String type, String id, long version) {
    ports.auditTrail().append(tenant.organisation(), new AuditEvent(ports.clock().now(),
        tenant.actor(), action, type, id, Map.of("version", String.valueOf(version))));
  }

  private static Map<String, Object> view(QuarterBooks q) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("quarter", q.quarter().toString());
    answer.put("version", q.version());
    List<Map<String, String>> members = new ArrayList<>();
    for (Membership m : q.memberships()) {
      members.add(Map.of("member", m.member().value(), "rate", m.rate().name()));
    }
    answer.put("members", members);
    List<Map<String, String>> costs = new ArrayList<>();
    for (CostLine c : q.costs()) {
      costs.add(Map.of("label", c.label(), "amount", c.amount().toPlainString(),
          "currency", c.amount().currency().getCurrencyCode()));
    }
    answer.put("costs", costs);
    return answer;
  }

  private static Map<String, Object> view(MonthlyPrice price) {
    List<Map<String, String>> periods = new ArrayList<>();
    for (MonthlyPrice.Period p : price.history()) {
      periods.add(Map.of("price", p.price().toPlainString(),
          "currency", p.price().currency().getCurrencyCode(),
          "effectiveFrom", p.effectiveFrom().toString(), "resolution", p.resolution().value()));
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("current", price.current().toPlainString());
    answer.put("periods", periods);
    return answer;
  }
}
