/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/**
 * Maps the ports' lots and expenses to the API's views (MapStruct generates the
 * implementation): typed ids become strings, money its plain decimal text and currency, fractions
 * {@code "n/d"}. The organisation, buildings, owners, members, ledgers and dead letters are the
 * library's views ({@code ports.in.query.QueryViews}), the assemblies too ({@code
 * ports.in.assembly.AssemblyViews}).
 */
@Mapper
public interface RecordViews {
  /** The generated mapper (stateless, thread-safe). */
  RecordViews MAP = Mappers.getMapper(RecordViews.class);

  Views.LotView lot(Lot lot);

  List<Views.LotView> lots(List<Lot> lots);

  Views.OwnershipView ownership(Lot.Ownership ownership);

  @Mapping(target = "currency", source = "amount", qualifiedByName = "currencyOf")
  Views.ExpenseView expense(Expense expense);

  List<Views.ExpenseView> expenses(List<Expense> expenses);

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

  /** The currency of an amount (mapped from the same field). */
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

  default String text(Enum<?> value) {
    return value == null ? null : value.name();
  }

  default Map<String, String> allocations(Map<LotId, Money> allocations) {
    Map<String, String> out = new LinkedHashMap<>();
    allocations.forEach((lot, money) -> out.put(lot.value(), money.toPlainString()));
    return out;
  }
}
