/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.koprogo.domain.building.BuildingId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.ExpenseId;
import org.koprogo.ports.out.Expenses;
import org.koprogo.ports.out.OrganisationId;

/** {@link Expenses} on {@code expenses} and {@code expense_allocations} (money in minor units). */
public final class JdbcExpenses extends JdbcAggregates<ExpenseId, Expense, JdbcExpenses.Allocation> implements Expenses {
  JdbcExpenses(Db db) {
    super(db, "expenses", "expense_id", "expense", "expense_allocations",
        "c.lot_id as child_lot_id, c.amount_minor as child_amount_minor");
  }

  /** One lot's part of an expense, as read. */
  record Allocation(LotId lot, Money amount) {}

  @Override
  public List<Expense> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, "and building_id = ?", "booked_on, expense_id", building.value());
  }

  @Override
  OrganisationId organisationOf(Expense e) {
    return e.organisation();
  }

  @Override
  ExpenseId idOf(Expense e) {
    return e.id();
  }

  @Override
  long versionOf(Expense e) {
    return e.version();
  }

  @Override
  Expense atVersion(Expense e, long version) {
    return e.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Expense e, long version) throws SQLException {
    return Db.update(
        c,
        "insert into expenses (organisation_id, expense_id, building_id, label, amount_minor, currency, booked_on,"
            + " distribution_key, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        e.organisation().value(), e.id().value(), e.building().value(), e.label(), e.amount().minorUnits(),
        e.amount().currency().getCurrencyCode(), e.bookedOn(), e.key(), version);
  }

  @Override
  int updateRow(Connection c, Expense e, long newVersion) throws SQLException {
    return Db.update(
        c,
        "update expenses set building_id = ?, label = ?, amount_minor = ?, currency = ?, booked_on = ?,"
            + " distribution_key = ?, version = ? where organisation_id = ? and expense_id = ? and version = ?",
        e.building().value(), e.label(), e.amount().minorUnits(), e.amount().currency().getCurrencyCode(),
        e.bookedOn(), e.key(), newVersion, e.organisation().value(), e.id().value(), e.version());
  }

  @Override
  void deleteChildren(Connection c, Expense e) throws SQLException {
    Db.update(
        c, "delete from expense_allocations where organisation_id = ? and expense_id = ?",
        e.organisation().value(), e.id().value());
  }

  @Override
  void writeChildren(Connection c, Expense e) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    int order = 0;
    for (Map.Entry<LotId, Money> a : e.allocations().entrySet()) {
      rows.add(new Object[] {
          e.organisation().value(), e.id().value(), order++, a.getKey().value(), a.getValue().minorUnits()});
    }
    JdbcStatements.batch(
        c,
        "insert into expense_allocations (organisation_id, expense_id, sort_order, lot_id, amount_minor)"
            + " values (?, ?, ?, ?, ?)",
        rows);
  }

  @Override
  Allocation readChild(ResultSet rs) throws SQLException {
    return new Allocation(
        LotId.of(rs.getString("child_lot_id")),
        Money.ofMinor(Money.currency(rs.getString("currency")), rs.getLong("child_amount_minor")));
  }

  @Override
  Row<Expense, Allocation> read(ResultSet rs) throws SQLException {
    OrganisationId organisation = OrganisationId.of(rs.getString("organisation_id"));
    ExpenseId id = ExpenseId.of(rs.getString("expense_id"));
    BuildingId building = BuildingId.of(rs.getString("building_id"));
    String label = rs.getString("label");
    Money amount = Money.ofMinor(Money.currency(rs.getString("currency")), rs.getLong("amount_minor"));
    LocalDate bookedOn = Db.date(rs, "booked_on");
    String key = rs.getString("distribution_key");
    long version = rs.getLong("version");
    return parts -> {
      Map<LotId, Money> allocations = new LinkedHashMap<>();
      for (Allocation a : parts) {
        allocations.put(a.lot(), a.amount());
      }
      return new Expense(organisation, id, building, label, amount, bookedOn, key, allocations, version);
    };
  }
}
