/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Lot;

/**
 * The lots and expenses as a client sees them ({@link QueryViews#lot}, {@link QueryViews#expense}),
 * mapped by the generated {@link RecordMapping}: ids as text, shares and amounts plain decimals,
 * fractions {@code "n/d"}, allocations in the stored order, null from null.
 */
class LotAndExpenseViewsTest {
  private static final BuildingId B1 = BuildingId.of("B1");

  @Test
  void aLotOwnedByTwoOwnersHalfEachIsItsTextAndTheirFractions() {
    Lot lot = new Lot(PortsFixtures.ACME, B1, LotId.of("A1"), "Flat A1", new BigDecimal("125.500"),
        List.of(new Lot.Ownership(OwnerId.of("O1"), Fraction.of(1, 2)),
            new Lot.Ownership(OwnerId.of("O2"), Fraction.of(2, 4))), 3);

    QueryViews.LotView view = QueryViews.lot(lot);

    assertThat(view).isEqualTo(new QueryViews.LotView("A1", "B1", "Flat A1", "125.5",
        List.of(new QueryViews.OwnershipView("O1", "1/2"), new QueryViews.OwnershipView("O2", "1/2")), 3));
    assertThat(QueryViews.lots(List.of(lot, lot.withVersion(4)))).extracting(QueryViews.LotView::version)
        .containsExactly(3L, 4L);
  }

  @Test
  void aLotWithoutKnownOwnersHasNoOwnerships() {
    Lot cellar = new Lot(PortsFixtures.ACME, B1, LotId.of("C3"), "cellar 3", BigDecimal.ONE, List.of(), 0);

    assertThat(QueryViews.lot(cellar).ownerships()).isEmpty();
    assertThat(QueryViews.lot(cellar).shares()).isEqualTo("1");
  }

  @Test
  void anExpenseKeepsItsAllocationsInTheStoredOrderAndTheyAddUpToTheAmount() {
    Map<LotId, Money> allocations = new LinkedHashMap<>();
    allocations.put(LotId.of("L3"), euros("33.34"));
    allocations.put(LotId.of("L1"), euros("33.33"));
    allocations.put(LotId.of("L2"), euros("33.33"));
    Expense expense = new Expense(PortsFixtures.ACME, ExpenseId.of("E1"), B1, "elevator maintenance 2026-Q1",
        euros("100.00"), LocalDate.parse("2026-01-15"), "elevator", allocations, 2);

    QueryViews.ExpenseView view = QueryViews.expense(expense);

    assertThat(view).isEqualTo(new QueryViews.ExpenseView("E1", "B1", "elevator maintenance 2026-Q1", "100.00",
        "EUR", "2026-01-15", "elevator", Map.of("L3", "33.34", "L1", "33.33", "L2", "33.33"), 2));
    assertThat(view.allocations()).isInstanceOf(LinkedHashMap.class);
    assertThat(view.allocations().keySet()).containsExactly("L3", "L1", "L2");
    assertThat(view.allocations().values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(view.amount());
    assertThat(QueryViews.expenses(List.of(expense))).containsExactly(view);
  }

  @Test
  void aCreditNoteIsANegativePlainDecimal() {
    Expense credit = new Expense(PortsFixtures.ACME, ExpenseId.of("E2"), B1, "refund", euros("-10.00"),
        LocalDate.parse("2026-02-01"), "general", Map.of(LotId.of("L1"), euros("-10.00")), 0);

    assertThat(QueryViews.expense(credit).amount()).isEqualTo("-10.00");
    assertThat(QueryViews.expense(credit).allocations()).containsExactly(Map.entry("L1", "-10.00"));
  }

  @Test
  void nullMapsToNullAsTheHostsMapperDid() {
    RecordMapping mapping = new RecordMappingImpl();

    assertThat(QueryViews.lot(null)).isNull();
    assertThat(QueryViews.lots(null)).isNull();
    assertThat(QueryViews.expense(null)).isNull();
    assertThat(QueryViews.expenses(null)).isNull();
    assertThat(QueryViews.lots(Arrays.asList((Lot) null))).containsExactly((QueryViews.LotView) null);
    assertThat(mapping.ownership(null)).isNull();
    assertThat(mapping.text((LotId) null)).isNull();
    assertThat(mapping.text((OwnerId) null)).isNull();
    assertThat(mapping.text((BuildingId) null)).isNull();
    assertThat(mapping.text((ExpenseId) null)).isNull();
    assertThat(mapping.text((Money) null)).isNull();
    assertThat(mapping.currencyOf(null)).isNull();
    assertThat(mapping.allocations(null)).isNull();
  }

  private static Money euros(String amount) {
    return Money.of(Money.EUR, new BigDecimal(amount));
  }
}
