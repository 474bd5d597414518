/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * The stored lots and expenses to their views ({@link QueryViews#lot}, {@link QueryViews#expense}):
 * MapStruct writes the implementation ({@code RecordMappingImpl}) at compile time; its
 * annotations are not needed at run time and nothing here looks the implementation up. Typed ids
 * become their text, money its plain decimal and currency apart, shares a plain decimal, fractions
 * {@code "n/d"}, dates ISO; null from null. A view's component that nothing maps fails the build.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RecordMapping {

  QueryViews.LotView lot(Lot lot);

  List<QueryViews.LotView> lots(List<Lot> lots);

  QueryViews.OwnershipView ownership(Lot.Ownership ownership);

  @Mapping(target = "currency", source = "amount", qualifiedByName = "currencyOf")
  QueryViews.ExpenseView expense(Expense expense);

  List<QueryViews.ExpenseView> expenses(List<Expense> expenses);

  default String text(BuildingId id) {
    return id == null ? null : id.value();
  }

  default String text(LotId id) {
    return id == null ? null : id.value();
  }

  default String text(OwnerId id) {
    return id == null ? null : id.value();
  }

  default String text(ExpenseId id) {
    return id == null ? null : id.value();
  }

  default String text(Money money) {
    return money == null ? null : money.toPlainString();
  }

  /** The currency of an amount (mapped from the same component). */
  @Named("currencyOf")
  default String currencyOf(Money money) {
    return money == null ? null : money.currency().getCurrencyCode();
  }

  default String text(Fraction fraction) {
    return fraction == null ? null : fraction.toString();
  }

  default String text(BigDecimal decimal) {
    return decimal == null ? null : decimal.toPlainString();
  }

  default String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** Every lot's part, in the order of the stored allocations. */
  default Map<String, String> allocations(Map<LotId, Money> allocations) {
    if (allocations == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    allocations.forEach((lot, money) -> out.put(text(lot), text(money)));
    return out;
  }
}
