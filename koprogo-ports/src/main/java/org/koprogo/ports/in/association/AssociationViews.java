/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.association;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.association.MonthlyPrice;
import org.koprogo.domain.association.QuarterlyTransparencyReport;
import org.koprogo.domain.association.SurplusAllocationResult;
import org.koprogo.domain.shared.Money;

/**
 * What the association's use cases answer, in plain values a client shows: a quarter's books
 * ({@link KeepAssociationBooks}), the monthly price history ({@link KeepMonthlyPrice}), a
 * quarter's transparency report ({@link ReportTransparency}) and a decided surplus allocation
 * ({@link AllocateSurplus}). Amounts are plain decimals, codes their names. Each is built from what
 * a use case returned; nothing is read or stored.
 */
public final class AssociationViews {
  private AssociationViews() {}

  /**
   * A quarter's books as stored, at their version.
   *
   * @param quarter the quarter ({@code 2025-Q1})
   * @param version the version to name in a correction
   * @param members the members with their rates
   * @param costs the cost lines, in the order booked
   */
  public record QuarterView(String quarter, long version, List<KeepAssociationBooks.MemberRate> members, List<CostView> costs) {}

  /**
   * A cost line of the quarter.
   *
   * @param label its label
   * @param amount plain decimal in {@code currency}
   * @param currency ISO 4217
   */
  public record CostView(String label, String amount, String currency) {}

  /**
   * The monthly price history.
   *
   * @param current the current price, or null before the first
   * @param periods every period, oldest first
   */
  public record PricesView(@Nullable String current, List<PeriodView> periods) {}

  /**
   * A period of the price history, from its first day, with the resolution that set it.
   *
   * @param price the monthly price
   * @param currency ISO 4217
   * @param effectiveFrom its first day
   * @param resolution the resolution that set it
   */
  public record PeriodView(String price, String currency, String effectiveFrom, String resolution) {}

  /**
   * A quarter's transparency report.
   *
   * @param quarter the quarter
   * @param members the members counted
   * @param membersByRate how many pay each rate
   * @param costsByCategory the costs by category
   * @param totalCosts their total
   * @param revenue the quarter's revenue
   * @param monthlyPrice the monthly price
   * @param costPricePerMemberMonthly the cost price per member and month
   * @param surplus revenue minus costs
   * @param marginPercent the margin, or null without revenue
   */
  public record TransparencyView(String quarter, long members, Map<String, Long> membersByRate,
      Map<String, String> costsByCategory, String totalCosts, String revenue, String monthlyPrice,
      String costPricePerMemberMonthly, String surplus, @Nullable String marginPercent) {}

  /**
   * A surplus allocation decided, under its resolution, with the library's allocation of it.
   *
   * @param resolution the deciding resolution's reference
   * @param year the financial year
   * @param version the stored version
   * @param surplus the year's surplus
   * @param marginPercent its margin
   * @param priceDecreaseEligible whether the margin allows a price decrease
   * @param costPricePerMemberMonthly the cost price per member and month
   * @param allocations each destination's amount
   * @param reserve the reserve's target and coverage, or null without a target
   * @param priceDecrease the price decrease the surplus allows, or null
   */
  public record AllocationView(String resolution, int year, long version, String surplus, String marginPercent,
      boolean priceDecreaseEligible, String costPricePerMemberMonthly, Map<String, String> allocations,
      @Nullable ReserveView reserve, @Nullable PriceDecreaseView priceDecrease) {}

  /**
   * The reserve's target, what it lacks and whether the surplus covers it.
   *
   * @param target the target
   * @param shortfall what the reserve lacks
   * @param covered whether the surplus covers it
   */
  public record ReserveView(String target, String shortfall, boolean covered) {}

  /**
   * The price decrease the surplus allows.
   *
   * @param perMemberMonthly the decrease per member and month
   * @param newMonthlyPrice the new monthly price
   */
  public record PriceDecreaseView(String perMemberMonthly, String newMonthlyPrice) {}

  /**
   * The view of a quarter's books.
   *
   * @param q the quarter as a use case of {@link KeepAssociationBooks} answered
   * @return its view
   */
  public static QuarterView quarter(BookedQuarter q) {
    return new QuarterView(q.quarter().toString(), q.version(),
        q.memberships().stream().map(m -> new KeepAssociationBooks.MemberRate(m.member().value(), m.rate().name())).toList(),
        q.costs().stream().map(c -> new CostView(c.label(), c.amount().toPlainString(),
            c.amount().currency().getCurrencyCode())).toList());
  }

  /**
   * The view of a price history.
   *
   * @param price the history {@link KeepMonthlyPrice} answered
   * @return its view
   */
  public static PricesView prices(MonthlyPrice price) {
    return new PricesView(price.current().toPlainString(), price.history().stream()
        .map(p -> new PeriodView(p.price().toPlainString(), p.price().currency().getCurrencyCode(),
            p.effectiveFrom().toString(), p.resolution().value())).toList());
  }

  /**
   * The view of an organisation's price history, which may not have started.
   *
   * @param price the history, empty before the first price
   * @return its view: no current price and no period before the first
   */
  public static PricesView prices(Optional<MonthlyPrice> price) {
    return price.map(AssociationViews::prices).orElse(new PricesView(null, List.of()));
  }

  /**
   * The view of a quarter's transparency report.
   *
   * @param r the report {@link ReportTransparency} answered
   * @return its view
   */
  public static TransparencyView transparency(QuarterlyTransparencyReport r) {
    Map<String, Long> byRate = new LinkedHashMap<>();
    r.membersByRate().forEach((rate, count) -> byRate.put(rate.name(), count));
    return new TransparencyView(r.quarter().toString(), r.members(), byRate, plain(r.costsByCategory()),
        r.totalCosts().toPlainString(), r.revenue().toPlainString(), r.monthlyPrice().toPlainString(),
        r.costPricePerMemberMonthly().toPlainString(), r.surplus().toPlainString(),
        r.margin().map(BigDecimal::toPlainString).orElse(null));
  }

  /**
   * The view of a decided surplus allocation.
   *
   * @param allocated the decision {@link AllocateSurplus} answered
   * @return its view
   */
  public static AllocationView allocation(AllocateSurplus.Allocated allocated) {
    SurplusAllocationResult r = allocated.allocation();
    return new AllocationView(allocated.decision().resolution().value(), allocated.decision().year(),
        allocated.version(), r.surplus().toPlainString(), r.marginPercent().toPlainString(),
        r.priceDecreaseEligible(), r.costPricePerMemberMonthly().toPlainString(), plain(r.allocations()),
        r.reserveCoverage().map(c -> new ReserveView(c.target().toPlainString(), c.shortfall().toPlainString(),
            c.covered())).orElse(null),
        r.proposedPriceDecrease().map(p -> new PriceDecreaseView(p.perMemberMonthly().toPlainString(),
            p.newMonthlyPrice().toPlainString())).orElse(null));
  }

  /** Each amount's plain decimal text, in the map's order. */
  private static Map<String, String> plain(Map<String, Money> amounts) {
    Map<String, String> texts = new LinkedHashMap<>();
    amounts.forEach((key, amount) -> texts.put(key, amount.toPlainString()));
    return texts;
  }
}
