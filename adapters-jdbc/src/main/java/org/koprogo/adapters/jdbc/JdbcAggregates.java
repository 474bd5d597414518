/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/**
 * The {@link org.koprogo.ports.out.Aggregates} contract on a table keyed by {@code
 * (organisation_id, <id column>)} with a {@code version} column: every statement names the
 * organisation, an insert that finds the key taken and an update that finds another version are
 * both a {@code CONCURRENT_UPDATE}. Child rows (lists inside the aggregate) are replaced in the
 * same transaction.
 */
abstract class JdbcAggregates<I, A> {
  final Db db;
  private final String table;
  private final String idColumn;
  private final String label;

  JdbcAggregates(Db db, String table, String idColumn, String label) {
    this.db = db;
    this.table = table;
    this.idColumn = idColumn;
    this.label = label;
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

  /** Reads one row (the cursor is on it), loading its children on {@code c}. */
  abstract A read(Connection c, ResultSet rs) throws SQLException;

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
          if (insertRow(c, aggregate, 1) == 0) {
            throw StoreErrors.concurrentUpdate(label, idOf(aggregate), 0);
          }
          writeChildren(c, aggregate);
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
    return db.withConnection(
        c ->
            Db.queryOne(
                c,
                "select * from " + table + " where organisation_id = ? and " + idColumn + " = ?",
                rs -> read(c, rs),
                organisation.value(), idText(id)));
  }

  public List<A> all(OrganisationId organisation) {
    return where(organisation, "", "order by " + idColumn);
  }

  /** The aggregates of {@code organisation} matching {@code condition} ({@code "and ..."}). */
  List<A> where(OrganisationId organisation, String condition, String order, Object... params) {
    Objects.requireNonNull(organisation, "organisation");
    Object[] all = new Object[params.length + 1];
    all[0] = organisation.value();
    System.arraycopy(params, 0, all, 1, params.length);
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c,
                    "select * from " + table + " where organisation_id = ? " + condition + " " + order,
                    rs -> read(c, rs),
                    all)));
  }

  /** {@code value} read back without trailing zeros (H2 and PostgreSQL keep scales differently). */
  static BigDecimal shares(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
