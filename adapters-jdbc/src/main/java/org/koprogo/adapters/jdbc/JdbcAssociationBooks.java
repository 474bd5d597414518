/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MemberId;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.QuarterBooks;

/**
 * {@link AssociationBooks} on the tables of {@code V61__association_books.sql}: one {@code
 * association_quarters} row per quarter (it carries the version), the members and the cost lines
 * in child rows written as one batch each and replaced in the same transaction on update. Every
 * statement names the organisation; joins the {@link JdbcStore}'s transactions. Thread-safe.
 */
public final class JdbcAssociationBooks extends JdbcAggregates<Quarter, QuarterBooks>
    implements AssociationBooks {

  /** The books on {@code store}'s database, joining its transactions. */
  public JdbcAssociationBooks(JdbcStore store) {
    super(Objects.requireNonNull(store, "store").buildings().db, "association_quarters", "quarter_id",
        "quarter books");
  }

  @Override
  public List<QuarterBooks> year(OrganisationId organisation, int year) {
    return where(organisation, "and fiscal_year = ?", "order by quarter_id", year);
  }

  @Override
  OrganisationId organisationOf(QuarterBooks q) {
    return q.organisation();
  }

  @Override
  Quarter idOf(QuarterBooks q) {
    return q.quarter();
  }

  @Override
  long versionOf(QuarterBooks q) {
    return q.version();
  }

  @Override
  QuarterBooks atVersion(QuarterBooks q, long version) {
    return q.withVersion(version);
  }

  @Override
  int insertRow(Connection c, QuarterBooks q, long version) throws SQLException {
    return Db.update(
        c,
        "insert into association_quarters (organisation_id, quarter_id, fiscal_year, quarter_number, version)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing",
        q.organisation().value(), q.quarter().toString(), q.quarter().year(), q.quarter().number(), version);
  }

  @Override
  int updateRow(Connection c, QuarterBooks q, long newVersion) throws SQLException {
    return Db.update(
        c,
        "update association_quarters set version = ? where organisation_id = ? and quarter_id = ? and version = ?",
        newVersion, q.organisation().value(), q.quarter().toString(), q.version());
  }

  @Override
  void deleteChildren(Connection c, QuarterBooks q) throws SQLException {
    for (String table : List.of("association_quarter_members", "association_quarter_costs")) {
      Db.update(c, "delete from " + table + " where organisation_id = ? and quarter_id = ?",
          q.organisation().value(), q.quarter().toString());
    }
  }

  @Override
  void writeChildren(Connection c, QuarterBooks q) throws SQLException {
    String org = q.organisation().value();
    String quarter = q.quarter().toString();
    List<Object[]> members = new ArrayList<>(q.memberships().size());
    int order = 0;
    for (Membership m : q.memberships()) {
      members.add(new Object[] {org, quarter, order++, m.member().value(), m.rate().name()});
    }
    JdbcStatements.batch(c, "insert into association_quarter_members (organisation_id, quarter_id, sort_order,"
        + " member_id, rate) values (?, ?, ?, ?, ?)", members);
    List<Object[]> costs = new ArrayList<>(q.costs().size());
    order = 0;
    for (CostLine line : q.costs()) {
      costs.add(new Object[] {org, quarter, order++, line.label(), line.amount().minorUnits(),
          line.amount().currency().getCurrencyCode()});
    }
    JdbcStatements.batch(c, "insert into association_quarter_costs (organisation_id, quarter_id, sort_order,"
        + " label, amount_minor, currency) values (?, ?, ?, ?, ?, ?)", costs);
  }

  @Override
  QuarterBooks read(Connection c, ResultSet rs) throws SQLException {
    String org = rs.getString("organisation_id");
    String quarter = rs.getString("quarter_id");
    Quarter q = Quarter.of(rs.getInt("fiscal_year"), rs.getInt("quarter_number"));
    long version = rs.getLong("version");
    List<Membership> members = Db.query(
        c,
        "select member_id, rate from association_quarter_members where organisation_id = ? and quarter_id = ?"
            + " order by sort_order",
        r -> new Membership(MemberId.of(r.getString("member_id")), MembershipRate.valueOf(r.getString("rate"))),
        org, quarter);
    List<CostLine> costs = Db.query(
        c,
        "select label, amount_minor, currency from association_quarter_costs where organisation_id = ?"
            + " and quarter_id = ? order by sort_order",
        r -> CostLine.of(r.getString("label"),
            Money.ofMinor(Money.currency(r.getString("currency")), r.getLong("amount_minor"))),
        org, quarter);
    return new QuarterBooks(OrganisationId.of(org), q, members, costs, version);
  }
}
