/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.koprogo.domain.building.BuildingId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.ports.out.Lot;
import org.koprogo.ports.out.Lots;
import org.koprogo.ports.out.OrganisationId;

/** {@link Lots} on {@code lots} and {@code lot_ownerships} (exact fractions as numerator/denominator). */
public final class JdbcLots extends JdbcAggregates<LotId, Lot, Lot.Ownership> implements Lots {
  JdbcLots(Db db) {
    super(db, "lots", "lot_id", "lot", "lot_ownerships",
        "c.owner_id as child_owner_id, c.fraction_numerator as child_numerator,"
            + " c.fraction_denominator as child_denominator");
  }

  @Override
  public List<Lot> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, "and building_id = ?", "lot_id", building.value());
  }

  @Override
  public List<Lot> ofOwner(OrganisationId organisation, OwnerId owner) {
    return where(
        organisation,
        "and lot_id in (select o.lot_id from lot_ownerships o where o.organisation_id = ? and o.owner_id = ?)",
        "lot_id", organisation.value(), owner.value());
  }

  @Override
  public List<Lot> ofBuilding(OrganisationId organisation, BuildingId building, Optional<LotId> after, int limit) {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along lots_by_building_and_id (organisation, building, lot), stopping at the limit
    return after.isEmpty()
        ? page(organisation, "and building_id = ?", "lot_id", limit, building.value())
        : page(organisation, "and building_id = ? and lot_id > ?", "lot_id", limit, building.value(),
            after.get().value());
  }

  @Override
  public List<Lot> ofOwner(OrganisationId organisation, OwnerId owner, Optional<LotId> after, int limit) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // the owner's ownerships along lot_ownerships_by_owner_and_lot (organisation, owner, lot) from
    // the cursor, each lot by its key, stopping at the limit
    String from = after.isEmpty() ? "" : " and o.lot_id > ?";
    String condition = "and lot_id in (select o.lot_id from lot_ownerships o where o.organisation_id = ?"
        + " and o.owner_id = ?" + from + ")";
    return after.isEmpty()
        ? page(organisation, condition, "lot_id", limit, organisation.value(), owner.value())
        : page(organisation, condition, "lot_id", limit, organisation.value(), owner.value(), after.get().value());
  }

  @Override
  OrganisationId organisationOf(Lot l) {
    return l.organisation();
  }

  @Override
  LotId idOf(Lot l) {
    return l.id();
  }

  @Override
  long versionOf(Lot l) {
    return l.version();
  }

  @Override
  Lot atVersion(Lot l, long version) {
    return l.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Lot l, long version) throws SQLException {
    return Db.update(
        c,
        "insert into lots (organisation_id, lot_id, building_id, label, shares, version)"
            + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
        l.organisation().value(), l.id().value(), l.building().value(), l.label(), l.shares(), version);
  }

  @Override
  int updateRow(Connection c, Lot l, long newVersion) throws SQLException {
    return Db.update(
        c,
        "update lots set building_id = ?, label = ?, shares = ?, version = ?"
            + " where organisation_id = ? and lot_id = ? and version = ?",
        l.building().value(), l.label(), l.shares(), newVersion, l.organisation().value(), l.id().value(),
        l.version());
  }

  @Override
  void deleteChildren(Connection c, Lot l) throws SQLException {
    Db.update(
        c, "delete from lot_ownerships where organisation_id = ? and lot_id = ?",
        l.organisation().value(), l.id().value());
  }

  @Override
  void writeChildren(Connection c, Lot l) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    int order = 0;
    for (Lot.Ownership o : l.ownerships()) {
      rows.add(new Object[] {
          l.organisation().value(), l.id().value(), order++, o.owner().value(),
          new BigDecimal(o.fraction().numerator()), new BigDecimal(o.fraction().denominator())});
    }
    JdbcStatements.batch(
        c,
        "insert into lot_ownerships (organisation_id, lot_id, sort_order, owner_id, fraction_numerator,"
            + " fraction_denominator) values (?, ?, ?, ?, ?, ?)",
        rows);
  }

  @Override
  Lot.Ownership readChild(ResultSet o) throws SQLException {
    return new Lot.Ownership(
        OwnerId.of(o.getString("child_owner_id")),
        Fraction.of(
            o.getBigDecimal("child_numerator").toBigIntegerExact(),
            o.getBigDecimal("child_denominator").toBigIntegerExact()));
  }

  @Override
  Row<Lot, Lot.Ownership> read(ResultSet rs) throws SQLException {
    OrganisationId organisation = OrganisationId.of(rs.getString("organisation_id"));
    BuildingId building = BuildingId.of(rs.getString("building_id"));
    LotId lot = LotId.of(rs.getString("lot_id"));
    String label = rs.getString("label");
    BigDecimal shares = shares(rs, "shares");
    long version = rs.getLong("version");
    return ownerships -> new Lot(organisation, building, lot, label, shares, ownerships, version);
  }
}
