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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  public List<Expense> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<ExpenseId> after, int limit) {
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along expenses_by_building (organisation, building, booked_on, expense_id)
    if (after.isEmpty()) {
      return page(organisation, "and building_id = ?", "booked_on, expense_id", limit, building.value());
    }
    Optional<LocalDate> day = db.withConnection(
        c -> Db.queryOne(c, "select booked_on from expenses where organisation_id = ? and expense_id = ?"
            + " and building_id = ?", rs -> Db.date(rs, "booked_on"),
            organisation.value(), after.get().value(), building.value()));
    if (day.isEmpty()) {
      return List.of();
    }
    // a row value, so that the index starts at the cursor (an "or" would be a filter on the rows before it)
    return page(organisation, "and building_id = ? and (booked_on, expense_id) > (?, ?)",
        "booked_on, expense_id", limit, building.value(), day.get(), after.get().value());
  }

  @Override
  public List<LotCharge> chargesOn(OrganisationId organisation, BuildingId building, Collection<LotId> lots) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    if (lots.isEmpty()) {
      return List.of();
    }
    List<LotId> all = new ArrayList<>(lots);
    List<LotCharge> charges = new ArrayList<>();
    record Row(LotCharge charge, int order) {}
    return db.withConnection(
        c -> {
          List<Row> rows = new ArrayList<>();
          for (int from = 0; from < all.size(); from += 500) {
            List<LotId> chunk = all.subList(from, Math.min(all.size(), from + 500));
            List<Object> params = new ArrayList<>(List.of(organisation.value(), building.value()));
            chunk.forEach(l -> params.add(l.value()));
            // along expense_allocations_by_lot (organisation, lot), each expense by its key
            rows.addAll(
                Db.query(
                    c,
                    "select e.expense_id, e.booked_on, e.currency, a.lot_id, a.amount_minor, a.sort_order"
                        + " from expense_allocations a join expenses e"
                        + " on e.organisation_id = a.organisation_id and e.expense_id = a.expense_id"
                        + " where a.organisation_id = ? and e.building_id = ? and a.lot_id in ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
                        + " order by e.booked_on, e.expense_id, a.sort_order",
                    rs -> new Row(
                        new LotCharge(ExpenseId.of(rs.getString("expense_id")), Db.date(rs, "booked_on"),
                            LotId.of(rs.getString("lot_id")),
                            Money.ofMinor(Money.currency(rs.getString("currency")), rs.getLong("amount_minor"))),
                        rs.getInt("sort_order")),
                    params.toArray()));
          }
          if (all.size() > 500) {
            rows.sort(Comparator.comparing((Row r) -> r.charge().bookedOn())
              .thenComparing(r -> r.charge().expense().value())
              .thenComparingInt(Row::order));
          }
          rows.forEach(r -> charges.add(r.charge()));
          return List.copyOf(charges);
        });
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

  /**
   * On PostgreSQL, the expense and its allocations in one statement (a data-modifying {@code
   * WITH}; the allocations' foreign key is checked at its end, when the expense is there): one
   * round trip instead of two for every distributed expense. H2, and an expense without
   * allocations, take the two statements.
   */
  @Override
  int insertWithChildren(Connection c, Expense e, long version) throws SQLException {
    if (db.dialect() != Dialect.POSTGRESQL || e.allocations().isEmpty()) {
      return -1;
    }
    List<Object> params = new ArrayList<>(9 + 3 * e.allocations().size());
    params.addAll(Arrays.asList(e.organisation().value(), e.id().value(), e.building().value(), e.label(),
        e.amount().minorUnits(), e.amount().currency().getCurrencyCode(), e.bookedOn(), e.key(), version));
    int order = 0;
    for (Map.Entry<LotId, Money> a : e.allocations().entrySet()) {
      params.add(order++);
      params.add(a.getKey().value());
      params.add(a.getValue().minorUnits());
    }
    int inserted = Db.update(
        c,
        "with expense as (insert into expenses (organisation_id, expense_id, building_id, label, amount_minor,"
            + " currency, booked_on, distribution_key, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict do nothing returning organisation_id, expense_id)"
            + " insert into expense_allocations (organisation_id, expense_id, sort_order, lot_id, amount_minor)"
            + " select expense.organisation_id, expense.expense_id, a.sort_order, a.lot_id, a.amount_minor"
            + " from expense, (values "
            + String.join(", ", Collections.nCopies(e.allocations().size(), "(?::integer, ?, ?::bigint)"))
            + ") as a (sort_order, lot_id, amount_minor)",
        params.toArray());
    if (inserted == 0) {
      return 0;
    }
    if (inserted != e.allocations().size()) {
      throw new SQLException("expense " + e.id().value() + " stored with " + inserted + " of its "
          + e.allocations().size() + " allocations");
    }
    return 1;
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
    JdbcStatements.insertRows(
        c, "insert into expense_allocations (organisation_id, expense_id, sort_order, lot_id, amount_minor)", rows);
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
