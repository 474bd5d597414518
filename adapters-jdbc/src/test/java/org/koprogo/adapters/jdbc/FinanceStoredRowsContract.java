/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.budget.BudgetLine;
import org.koprogo.domain.budget.CallFrequency;
import org.koprogo.domain.budget.Fund;
import org.koprogo.domain.budget.YearlyBudget;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.AggregateStore;
import org.koprogo.ports.out.BuildingBudget;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OwnerPayment;

/**
 * The building's money types moved from the sample host into the library under the names the
 * host registered ({@code building.budget}, {@code owner.payment}): rows the host of version 0.2.0
 * wrote (frozen here as text) are read by the library's types, and the library writes the same
 * names and bodies. Run on PostgreSQL and H2.
 */
abstract class FinanceStoredRowsContract {
  static final OrganisationId ACME = OrganisationId.of("org-acme");
  /** A budget as the host of 0.2.0 stored it. */
  static final String BUDGET_ROW = "{\"building\":{\"value\":\"B1\"},\"frequency\":\"QUARTERLY\",\"budget\":"
      + "{\"yearStart\":\"2026-01-01\",\"currency\":\"EUR\",\"lines\":[{\"label\":\"maintenance\",\"fund\":"
      + "\"WORKING_CAPITAL\",\"amount\":{\"currency\":\"EUR\",\"minor\":100000},\"keys\":[{\"share\":\"1\",\"key\":"
      + "{\"name\":\"general\",\"weights\":[{\"k\":{\"value\":\"A1\"},\"v\":\"600\"}]}}]}]},"
      + "\"previousYearOrdinaryCharges\":{\"currency\":\"EUR\",\"minor\":80000},\"reserveWaiver\":null}";
  /** A payment as the host of 0.2.0 stored it. */
  static final String PAYMENT_ROW =
      "{\"owner\":\"O1\",\"date\":\"2026-02-10\",\"amount\":{\"currency\":\"EUR\",\"minor\":10000},\"reference\":\"bank 1\"}";

  abstract TestDatabase database();

  private AggregateStore store() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    database().freshPorts(clock);
    return new JdbcStore(database().dataSource(), clock).aggregateStore();
  }

  private static BuildingBudget budget() {
    YearlyBudget y = new YearlyBudget(LocalDate.parse("2026-01-01"), Money.EUR, List.of(
        new BudgetLine("maintenance", Fund.WORKING_CAPITAL, Money.parse("1000.00", Money.EUR), List.of(
            new KeyShare(BigDecimal.ONE, new DistributionKey("general", Map.of(LotId.of("A1"), new BigDecimal("600"))))))));
    return new BuildingBudget(BuildingId.of("B1"), CallFrequency.QUARTERLY, y, Money.parse("800.00", Money.EUR), null);
  }

  private static OwnerPayment payment() {
    return new OwnerPayment("O1", LocalDate.parse("2026-02-10"), Money.parse("100.00", Money.EUR), "bank 1");
  }

  @Test
  void rowsTheHostWroteAreReadByTheLibrarysTypes() throws SQLException {
    AggregateStore store = store();
    insert("building.budget", "B1/2026-01-01", BUDGET_ROW);
    insert("owner.payment", "P1", PAYMENT_ROW);

    assertThat(store.find(ACME, BuildingBudget.class, "B1/2026-01-01").orElseThrow().aggregate()).isEqualTo(budget());
    assertThat(store.allWithKey(ACME, OwnerPayment.class, "O1")).extracting(AggregateStore.Stored::aggregate)
        .containsExactly(payment());
  }

  @Test
  void theLibraryWritesTheSameNamesAndBodies() throws SQLException {
    AggregateStore store = store();
    store.add(ACME, "B1/2026-01-01", budget());
    store.add(ACME, "P1", payment());

    assertThat(row("B1/2026-01-01")).isEqualTo("building.budget|" + BUDGET_ROW);
    assertThat(row("P1")).isEqualTo("owner.payment|" + PAYMENT_ROW);
  }

  private void insert(String type, String id, String body) throws SQLException {
    try (Connection c = database().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("insert into aggregate_records"
            + " (organisation_id, record_type, record_id, version, body, lookup_key) values (?, ?, ?, 1, ?, ?)")) {
      s.setString(1, ACME.value());
      s.setString(2, type);
      s.setString(3, id);
      s.setString(4, body);
      s.setNull(5, java.sql.Types.VARCHAR); // as rows written before V78 kept the key
      s.executeUpdate();
    }
  }

  private String row(String id) throws SQLException {
    try (Connection c = database().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(
            "select record_type, body from aggregate_records where organisation_id = ? and record_id = ?")) {
      s.setString(1, ACME.value());
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1) + "|" + rs.getString(2);
      }
    }
  }
}
