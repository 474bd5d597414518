/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.Organisation;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Organisations;
import org.koprogo.ports.out.StoreErrors;

/** {@link Organisations} on the {@code organisations} table. */
public final class JdbcOrganisations implements Organisations {
  private final Db db;

  JdbcOrganisations(Db db) {
    this.db = db;
  }

  @Override
  public Organisation add(Organisation o) {
    Objects.requireNonNull(o, "organisation");
    if (o.version() != 0) {
      throw new IllegalArgumentException("a new organisation has version 0");
    }
    return db.withConnection(
        c -> {
          int inserted =
              Db.update(
                  c,
                  "insert into organisations (organisation_id, name, kind, version) values (?, ?, ?, 1)"
                      + " on conflict do nothing",
                  o.id().value(), o.name(), o.kind().name());
          if (inserted == 0) {
            throw StoreErrors.concurrentUpdate("organisation", o.id(), 0);
          }
          return o.withVersion(1);
        });
  }

  @Override
  public Organisation update(Organisation o) {
    Objects.requireNonNull(o, "organisation");
    return db.inTransaction(
        c -> {
          int updated =
              Db.update(
                  c,
                  "update organisations set name = ?, kind = ?, version = ? where organisation_id = ? and version = ?",
                  o.name(), o.kind().name(), o.version() + 1, o.id().value(), o.version());
          if (updated == 0) {
            throw find(o.id()).isPresent()
                ? StoreErrors.concurrentUpdate("organisation", o.id(), o.version())
                : StoreErrors.notFound("organisation", o.id());
          }
          return o.withVersion(o.version() + 1);
        });
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    Objects.requireNonNull(id, "id");
    return db.withConnection(
        c -> Db.queryOne(c, "select * from organisations where organisation_id = ?", JdbcOrganisations::read, id.value()));
  }

  @Override
  public List<Organisation> all() {
    return db.withConnection(
        c -> List.copyOf(Db.query(c, "select * from organisations order by organisation_id", JdbcOrganisations::read)));
  }

  private static Organisation read(ResultSet rs) throws SQLException {
    return new Organisation(
        OrganisationId.of(rs.getString("organisation_id")),
        rs.getString("name"),
        Organisation.Kind.valueOf(rs.getString("kind")),
        rs.getLong("version"));
  }
}
