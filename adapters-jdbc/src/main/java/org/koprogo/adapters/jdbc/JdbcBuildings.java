/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.koprogo.domain.building.BuildingId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Building;
import org.koprogo.ports.out.Buildings;
import org.koprogo.ports.out.OrganisationId;

/** {@link Buildings} on the {@code buildings} table. */
public final class JdbcBuildings extends JdbcAggregates<BuildingId, Building, Void> implements Buildings {
  JdbcBuildings(Db db) {
    super(db, "buildings", "building_id", "building");
  }

  @Override
  OrganisationId organisationOf(Building b) {
    return b.organisation();
  }

  @Override
  BuildingId idOf(Building b) {
    return b.id();
  }

  @Override
  long versionOf(Building b) {
    return b.version();
  }

  @Override
  Building atVersion(Building b, long version) {
    return b.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Building b, long version) throws SQLException {
    return Db.update(
        c,
        "insert into buildings (organisation_id, building_id, name, address, total_shares, currency, version)"
            + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        b.organisation().value(), b.id().value(), b.name(), b.address(), b.totalShares(),
        b.currency().getCurrencyCode(), version);
  }

  @Override
  int updateRow(Connection c, Building b, long newVersion) throws SQLException {
    return Db.update(
        c,
        "update buildings set name = ?, address = ?, total_shares = ?, currency = ?, version = ?"
            + " where organisation_id = ? and building_id = ? and version = ?",
        b.name(), b.address(), b.totalShares(), b.currency().getCurrencyCode(), newVersion,
        b.organisation().value(), b.id().value(), b.version());
  }

  @Override
  Row<Building, Void> read(ResultSet rs) throws SQLException {
    Building read = new Building(
        OrganisationId.of(rs.getString("organisation_id")),
        BuildingId.of(rs.getString("building_id")),
        rs.getString("name"),
        rs.getString("address"),
        shares(rs, "total_shares"),
        Money.currency(rs.getString("currency")),
        rs.getLong("version"));
    return none -> read;
  }
}
