/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.application.UseCaseFixtures.ORG;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;

class ExpenseDistributionTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);

  ExpenseDistributionTest() {
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
  }

  private static DistributeExpense.Command expense(String amount, List<DistributeExpense.KeyPart> keys) {
    return new DistributeExpense.Command(
        ORG, "B1", "E1", "Roof repair", amount, LocalDate.parse("2026-02-28"), keys, "syndic-1");
  }

  @Test
  void distributesByTheGeneralKeyAndStoresTheParts() {
    DistributeExpense.Distributed result = useCases.distributeExpense().distribute(expense("100.01", List.of()));

    assertThat(result.allocations()).containsExactly(
        Map.entry("A1", "50.01"), Map.entry("A2", "30.00"), Map.entry("A3", "20.00"));
    Expense stored = store.expenses().get(ACME, ExpenseId.of("E1"));
    assertThat(stored.amount()).isEqualTo(Money.ofMinor(Money.EUR, 10001));
    assertThat(stored.allocations().get(LotId.of("A1"))).isEqualTo(Money.ofMinor(Money.EUR, 5001));
    assertThat(stored.key()).isEqualTo("general");
    assertThat(store.auditTrail().list(ACME, AuditTrail.Query.about("expense", "E1", 10)))
        .singleElement().satisfies(e -> assertThat(e.event().details()).containsEntry("amount", "100.01"));
  }

  @Test
  void distributesByACompositeKeyWhosePartsAddUp() {
    List<DistributeExpense.KeyPart> keys = List.of(
        new DistributeExpense.KeyPart("shares", new BigDecimal("30"),
            Map.of("A1", new BigDecimal("500"), "A2", new BigDecimal("300"), "A3", new BigDecimal("200"))),
        new DistributeExpense.KeyPart("meters", new BigDecimal("70"),
            Map.of("A1", new BigDecimal("1"), "A2", new BigDecimal("2"))));

    DistributeExpense.Distributed result = useCases.distributeExpense().distribute(expense("-1000.00", keys));

    long total = result.allocations().values().stream().mapToLong(v -> new BigDecimal(v).movePointRight(2).longValueExact()).sum();
    assertThat(total).isEqualTo(-100_000);
    assertThat(result.key()).isEqualTo("shares 30 + meters 70");
    assertThat(result.allocations()).containsEntry("A3", "-60.00");
  }

  @Test
  void refusesAKeyWeighingALotOfAnotherBuilding() {
    List<DistributeExpense.KeyPart> keys =
        List.of(new DistributeExpense.KeyPart("lift", BigDecimal.ONE, Map.of("Z9", BigDecimal.ONE)));

    assertRefused(() -> useCases.distributeExpense().distribute(expense("10.00", keys)), ErrorCode.UNKNOWN_UNIT);

    assertThat(store.expenses().all(ACME)).isEmpty();
  }

  @Test
  void refusesAnAmountWithTooManyDecimals() {
    assertRefused(() -> useCases.distributeExpense().distribute(expense("10.001", List.of())), ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void refusesABuildingOfAnotherOrganisation() {
    DistributeExpense.Command other = new DistributeExpense.Command(
        "org-other", "B1", "E1", "Roof", "10.00", LocalDate.parse("2026-02-28"), List.of(), "u");

    assertRefused(() -> useCases.distributeExpense().distribute(other), ErrorCode.NOT_FOUND);
  }
}
