/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.association.CostLine;
import org.koprogo.domain.association.Membership;
import org.koprogo.domain.association.MemberId;
import org.koprogo.domain.association.MembershipRate;
import org.koprogo.domain.association.Quarter;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.AssociationBooks;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;
import org.koprogo.ports.out.QuarterBooks;

/**
 * {@link AssociationBooks} on the tables of {@code V61__association_books.sql}: one {@code
 * association_quarters} row per quarter (it carries the version), the members and the cost lines
 * in child rows written as one batch each and replaced in the same transaction on update. A read
 * is one statement (the quarters left-joined to their members and cost lines), so it sees one
 * snapshot whatever the number of quarters. Every statement names the organisation; joins the
 * {@link JdbcStore}'s transactions. Thread-safe.
 */
public final class JdbcAssociationBooks implements AssociationBooks {
  private static final String LABEL = "quarter books";
  /** The quarters' columns and their members' and cost lines' rows, joined to the quarters {@code q}. */
  private static final String COLUMNS =
      "select q.quarter_id, q.fiscal_year, q.quarter_number, q.version, k.kind, k.sort_order,"
          + " k.member_id, k.rate, k.label, k.amount_minor, k.currency from ";
  private static final String CHILDREN = " q left join ("
      + "select organisation_id, quarter_id, 0 as kind, sort_order, member_id, rate,"
      + " cast(null as varchar(200)) as label, cast(null as bigint) as amount_minor,"
      + " cast(null as varchar(3)) as currency from association_quarter_members"
      + " union all "
      + "select organisation_id, quarter_id, 1 as kind, sort_order, cast(null as varchar(200)),"
      + " cast(null as varchar(20)), label, amount_minor, currency from association_quarter_costs"
      + ") k on k.organisation_id = q.organisation_id and k.quarter_id = q.quarter_id";
  private static final String SELECT =
      COLUMNS + "association_quarters" + CHILDREN + " where q.organisation_id = ? ";
  /**
   * A page: the quarters after the cursor, read along the key and cut at the limit (the derived
   * table {@code q}), then joined to their rows.
   */
  private static final String PAGE = COLUMNS
      + "(select * from association_quarters where organisation_id = ? and quarter_id > ?"
      + " order by quarter_id limit ?)" + CHILDREN;
  private static final String ORDER = " order by q.quarter_id, k.kind, k.sort_order";

  private final Db db;

  /** The books on {@code store}'s database, joining its transactions. */
  public JdbcAssociationBooks(JdbcStore store) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
  }

  @Override
  public QuarterBooks add(QuarterBooks q) {
    Objects.requireNonNull(q, "quarter books");
    if (q.version() != 0) {
      throw new IllegalArgumentException("new quarter books have version 0, not " + q.version());
    }
    return db.inTransaction(c -> {
      int inserted = Db.update(
          c,
          "insert into association_quarters (organisation_id, quarter_id, fiscal_year, quarter_number, version)"
              + " values (?, ?, ?, ?, ?) on conflict do nothing",
          q.organisation().value(), q.quarter().toString(), q.quarter().year(), q.quarter().number(), 1L);
      if (inserted == 0) {
        throw StoreErrors.concurrentUpdate(LABEL, q.quarter(), 0);
      }
      writeChildren(c, q);
      return q.withVersion(1);
    });
  }

  @Override
  public QuarterBooks update(QuarterBooks q) {
    Objects.requireNonNull(q, "quarter books");
    long expected = q.version();
    String org = q.organisation().value();
    String quarter = q.quarter().toString();
    return db.inTransaction(c -> {
      int changed = Db.update(
          c,
          "update association_quarters set version = ? where organisation_id = ? and quarter_id = ? and version = ?",
          expected + 1, org, quarter, expected);
      if (changed == 0) {
        boolean exists = Db.queryOne(
            c, "select 1 from association_quarters where organisation_id = ? and quarter_id = ?",
            rs -> Boolean.TRUE, org, quarter).isPresent();
        throw exists
            ? StoreErrors.concurrentUpdate(LABEL, q.quarter(), expected)
            : StoreErrors.notFound(LABEL, q.quarter());
      }
      for (String table : List.of("association_quarter_members", "association_quarter_costs")) {
        Db.update(c, "delete from " + table + " where organisation_id = ? and quarter_id = ?", org, quarter);
      }
      writeChildren(c, q);
      return q.withVersion(expected + 1);
    });
  }

  @Override
  public Optional<QuarterBooks> find(OrganisationId organisation, Quarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    List<QuarterBooks> found = read(organisation, "and q.quarter_id = ?", quarter.toString());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<QuarterBooks> all(OrganisationId organisation) {
    return read(organisation, "");
  }

  @Override
  public List<QuarterBooks> year(OrganisationId organisation, int year) {
    return read(organisation, "and q.fiscal_year = ?", year);
  }

  @Override
  public List<QuarterBooks> all(OrganisationId organisation, Optional<Quarter> after, int limit) {
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along association_quarters_pk (organisation, quarter), stopping at the limit
    return read(PAGE, organisation, "", after.map(Quarter::toString).orElse(""), limit);
  }

  private static void writeChildren(Connection c, QuarterBooks q) throws SQLException {
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

  private List<QuarterBooks> read(OrganisationId organisation, String condition, Object... params) {
    return read(SELECT, organisation, condition, params);
  }

  /** The quarters of {@code select} (the organisation its first parameter), with their rows. */
  private List<QuarterBooks> read(String select, OrganisationId organisation, String condition, Object... params) {
    Objects.requireNonNull(organisation, "organisation");
    Object[] all = new Object[params.length + 1];
    all[0] = organisation.value();
    System.arraycopy(params, 0, all, 1, params.length);
    return db.withConnection(c -> {
      try (PreparedStatement ps = c.prepareStatement(select + condition + ORDER)) {
        Db.bind(ps, all);
        try (ResultSet rs = ps.executeQuery()) {
          List<QuarterBooks> result = new ArrayList<>();
          boolean more = rs.next();
          while (more) {
            String id = rs.getString("quarter_id");
            Quarter quarter = Quarter.of(rs.getInt("fiscal_year"), rs.getInt("quarter_number"));
            long version = rs.getLong("version");
            List<Membership> members = new ArrayList<>();
            List<CostLine> costs = new ArrayList<>();
            do {
              int kind = rs.getInt("kind");
              if (!rs.wasNull()) {
                if (kind == 0) {
                  members.add(new Membership(MemberId.of(rs.getString("member_id")),
                      MembershipRate.valueOf(rs.getString("rate"))));
                } else {
                  costs.add(CostLine.of(rs.getString("label"),
                      Money.ofMinor(Money.currency(rs.getString("currency")), rs.getLong("amount_minor"))));
                }
              }
              more = rs.next();
            } while (more && id.equals(rs.getString("quarter_id")));
            result.add(new QuarterBooks(organisation, quarter, members, costs, version));
          }
          return List.copyOf(result);
        }
      }
    });
  }
}
