/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/**
 * The {@link org.koprogo.ports.out.Aggregates} contract on a table keyed by {@code
 * (organisation_id, <id column>)} with a {@code version} column: every statement names the
 * organisation, an insert that finds the key taken and an update that finds another version are
 * both a {@code CONCURRENT_UPDATE}. Child rows (one list inside the aggregate, type {@code C})
 * are replaced in the same transaction, and read with their parents in one statement (a left
 * join): one round trip and one snapshot whatever the number of aggregates read.
 */
abstract class JdbcAggregates<I, A, C> {
  final Db db;
  private final String table;
  private final String idColumn;
  private final String label;
  private final String childTable;
  private final String childColumns;

  /** An aggregate read from its row, completed with its child rows. */
  @FunctionalInterface
  interface Row<A, C> {
    A with(List<C> children);
  }

  /** An aggregate without child rows. */
  JdbcAggregates(Db db, String table, String idColumn, String label) {
    this(db, table, idColumn, label, null, null);
  }

  /**
   * An aggregate with child rows in {@code childTable}, keyed by the parent's key and {@code
   * sort_order}.
   *
   * @param childColumns the child columns read by {@link #readChild}, each qualified by {@code c.}
   *     and renamed to a name no parent column has ({@code c.lot_id as child_lot_id})
   */
  JdbcAggregates(Db db, String table, String idColumn, String label, String childTable, String childColumns) {
    this.db = db;
    this.table = table;
    this.idColumn = idColumn;
    this.label = label;
    this.childTable = childTable;
    this.childColumns = childColumns;
  }

  abstract OrganisationId organisationOf(A aggregate);

  abstract I idOf(A aggregate);

  abstract long versionOf(A aggregate);

  abstract A atVersion(A aggregate, long version);

  /** {@code insert ... on conflict do nothing}, binding the aggregate at {@code version}. */
  abstract int insertRow(Connection c, A aggregate, long version) throws SQLException;

  /**
   * {@code update ... set ..., version = ? where organisation_id = ? and <id> = ? and version = ?}.
   */
  abstract int updateRow(Connection c, A aggregate, long newVersion) throws SQLException;

  /** Reads the aggregate's own columns (the cursor is on its row). */
  abstract Row<A, C> read(ResultSet rs) throws SQLException;

  /** Reads the child columns of the current row (only for an aggregate with child rows). */
  C readChild(ResultSet rs) throws SQLException {
    throw new IllegalStateException("a " + label + " has no child rows");
  }

  /**
   * Inserts the aggregate's row and its child rows in one statement when the store can (for
   * {@link #add}): 1 when stored, 0 when the key was taken, -1 when this store cannot, in which
   * case {@link #insertRow} then {@link #writeChildren} run. -1 by default.
   */
  int insertWithChildren(Connection c, A aggregate, long version) throws SQLException {
    return -1;
  }

  /** Replaces the aggregate's child rows; nothing by default. */
  void writeChildren(Connection c, A aggregate) throws SQLException {}

  /** Deletes the aggregate's child rows; nothing by default. */
  void deleteChildren(Connection c, A aggregate) throws SQLException {}

  static String idText(Object id) {
    return id.toString();
  }

  public A add(A aggregate) {
    Objects.requireNonNull(aggregate, label);
    if (versionOf(aggregate) != 0) {
      throw new IllegalArgumentException("a new " + label + " has version 0, not " + versionOf(aggregate));
    }
    return db.inTransaction(
        c -> {
          int combined = insertWithChildren(c, aggregate, 1);
          if (combined == 0 || combined < 0 && insertRow(c, aggregate, 1) == 0) {
            throw StoreErrors.concurrentUpdate(label, idOf(aggregate), 0);
          }
          if (combined < 0) {
            writeChildren(c, aggregate);
          }
          return atVersion(aggregate, 1);
        });
  }

  public A update(A aggregate) {
    Objects.requireNonNull(aggregate, label);
    long expected = versionOf(aggregate);
    return db.inTransaction(
        c -> {
          if (updateRow(c, aggregate, expected + 1) == 0) {
            boolean exists =
                Db.queryOne(
                        c,
                        "select 1 from " + table + " where organisation_id = ? and " + idColumn + " = ?",
                        rs -> Boolean.TRUE,
                        organisationOf(aggregate).value(), idText(idOf(aggregate)))
                    .isPresent();
            throw exists
                ? StoreErrors.concurrentUpdate(label, idOf(aggregate), expected)
                : StoreErrors.notFound(label, idOf(aggregate));
          }
          deleteChildren(c, aggregate);
          writeChildren(c, aggregate);
          return atVersion(aggregate, expected + 1);
        });
  }

  public Optional<A> find(OrganisationId organisation, I id) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(id, "id");
    List<A> found = db.withConnection(
        c -> select(c, "and " + idColumn + " = ?", "", organisation.value(), idText(id)));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  public List<A> all(OrganisationId organisation) {
    return where(organisation, "", idColumn);
  }

  /**
   * A page of the aggregates of {@code organisation} by id: those whose id follows {@code after}
   * (from the first when empty), at most {@code limit}, read along the table's key {@code
   * (organisation_id, <id column>)} and stopping at the limit.
   */
  public List<A> all(OrganisationId organisation, Optional<I> after, int limit) {
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    return after.isEmpty()
        ? page(organisation, "", idColumn, limit)
        : page(organisation, "and " + idColumn + " > ?", idColumn, limit, idText(after.get()));
  }

  /**
   * The aggregates of {@code organisation} matching {@code condition} ({@code "and ..."} on the
   * table's columns), sorted by {@code orderColumns} (the table's columns, comma-separated).
   */
  List<A> where(OrganisationId organisation, String condition, String orderColumns, Object... params) {
    Objects.requireNonNull(organisation, "organisation");
    Object[] all = new Object[params.length + 1];
    all[0] = organisation.value();
    System.arraycopy(params, 0, all, 1, params.length);
    return db.withConnection(c -> List.copyOf(select(c, condition, orderColumns, all)));
  }

  /**
   * The first {@code limit} aggregates of {@code organisation} matching {@code condition} in the
   * order of {@code orderColumns}: the parents are read in that order and stop at the limit (an
   * index on them serves the page), then their children are joined (a table without child rows
   * is read in that order by the one statement).
   */
  List<A> page(OrganisationId organisation, String condition, String orderColumns, int limit, Object... params) {
    Objects.requireNonNull(organisation, "organisation");
    Object[] all = new Object[params.length + 2];
    all[0] = organisation.value();
    System.arraycopy(params, 0, all, 1, params.length);
    all[all.length - 1] = limit;
    return db.withConnection(
        c -> List.copyOf(select(c, condition + " order by " + orderColumns + " limit ?",
            childTable == null ? "" : orderColumns, all)));
  }

  private List<A> select(Connection c, String condition, String orderColumns, Object... params)
      throws SQLException {
    String parents = "select * from " + table + " where organisation_id = ? " + condition;
    if (childTable == null) {
      return Db.query(
          c, orderColumns.isEmpty() ? parents : parents + " order by " + orderColumns,
          rs -> read(rs).with(List.of()), params);
    }
    StringBuilder order = new StringBuilder(" order by ");
    for (String column : orderColumns.split(",")) {
      if (!column.isBlank()) {
        order.append("p.").append(column.strip()).append(", ");
      }
    }
    // the parent's key before the children's order keeps each aggregate's rows together
    order.append("p.").append(idColumn).append(", c.sort_order");
    String sql = "select p.*, c.sort_order as child_sort_order, " + childColumns
        + " from (" + parents + ") p left join " + childTable + " c"
        + " on c.organisation_id = p.organisation_id and c." + idColumn + " = p." + idColumn + order;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Db.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<A> result = new ArrayList<>();
        boolean more = rs.next();
        while (more) {
          String id = rs.getString(idColumn);
          Row<A, C> parent = read(rs);
          List<C> children = new ArrayList<>();
          do {
            rs.getLong("child_sort_order");
            if (!rs.wasNull()) {
              children.add(readChild(rs));
            }
            more = rs.next();
          } while (more && id.equals(rs.getString(idColumn)));
          result.add(parent.with(children));
        }
        return result;
      }
    }
  }

  /** {@code value} read back without trailing zeros (H2 and PostgreSQL keep scales differently). */
  static BigDecimal shares(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
