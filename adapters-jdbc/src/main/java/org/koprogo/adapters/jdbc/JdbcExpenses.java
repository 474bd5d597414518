/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.koprogo.domain.building.BuildingId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
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
public final class JdbcExpenses extends JdbcAggregates<ExpenseId, Expense> implements Expenses {
  JdbcExpenses(Db db) {
    super(db, "expenses", "expense_id", "expense");
  }

  @Override
  public List<Expense> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, "and building_id = ?", "order by booked_on, expense_id", building.value());
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
    int order = 0;
    for (Map.Entry<LotId, Money> a : e.allocations().entrySet()) {
      Db.update(
          c,
          "insert into expense_allocations (organisation_id, expense_id, sort_order, lot_id, amount_minor)"
              + " values (?, ?, ?, ?, ?)",
          e.organisation().value(), e.id().value(), order++, a.getKey().value(), a.getValue().minorUnits());
    }
  }

  @Override
  Expense read(Connection c, ResultSet rs) throws SQLException {
    String organisation = rs.getString("organisation_id");
    String id = rs.getString("expense_id");
    Currency currency = Money.currency(rs.getString("currency"));
    Map<LotId, Money> allocations = new LinkedHashMap<>();
    Db.query(
        c,
        "select lot_id, amount_minor from expense_allocations where organisation_id = ? and expense_id = ?"
            + " order by sort_order",
        a -> allocations.put(LotId.of(a.getString("lot_id")), Money.ofMinor(currency, a.getLong("amount_minor"))),
        organisation, id);
    return new Expense(
        OrganisationId.of(organisation),
        ExpenseId.of(id),
        BuildingId.of(rs.getString("building_id")),
        rs.getString("label"),
        Money.ofMinor(currency, rs.getLong("amount_minor")),
        Db.date(rs, "booked_on"),
        rs.getString("distribution_key"),
        allocations,
        rs.getLong("version"));
  }
}
