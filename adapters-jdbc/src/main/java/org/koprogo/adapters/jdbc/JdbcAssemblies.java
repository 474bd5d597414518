/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import org.koprogo.domain.building.BuildingId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.koprogo.ports.out.Assemblies;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;

/** {@link Assemblies} on {@code assemblies} and {@code assembly_resolutions}. */
public final class JdbcAssemblies extends JdbcAggregates<AssemblyId, Assembly> implements Assemblies {
  JdbcAssemblies(Db db) {
    super(db, "assemblies", "assembly_id", "assembly");
  }

  @Override
  public List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, "and building_id = ?", "order by held_on, assembly_id", building.value());
  }

  @Override
  OrganisationId organisationOf(Assembly a) {
    return a.organisation();
  }

  @Override
  AssemblyId idOf(Assembly a) {
    return a.id();
  }

  @Override
  long versionOf(Assembly a) {
    return a.version();
  }

  @Override
  Assembly atVersion(Assembly a, long version) {
    return a.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Assembly a, long version) throws SQLException {
    return Db.update(
        c,
        "insert into assemblies (organisation_id, assembly_id, building_id, held_on, session_kind, rule_set,"
            + " state, version) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        a.organisation().value(), a.id().value(), a.building() == null ? null : a.building().value(),
        a.heldOn(), a.session(), a.rules(), a.state(), version);
  }

  @Override
  int updateRow(Connection c, Assembly a, long newVersion) throws SQLException {
    return Db.update(
        c,
        "update assemblies set building_id = ?, held_on = ?, session_kind = ?, rule_set = ?, state = ?,"
            + " version = ? where organisation_id = ? and assembly_id = ? and version = ?",
        a.building() == null ? null : a.building().value(), a.heldOn(), a.session(), a.rules(), a.state(),
        newVersion, a.organisation().value(), a.id().value(), a.version());
  }

  @Override
  void deleteChildren(Connection c, Assembly a) throws SQLException {
    Db.update(
        c, "delete from assembly_resolutions where organisation_id = ? and assembly_id = ?",
        a.organisation().value(), a.id().value());
  }

  @Override
  void writeChildren(Connection c, Assembly a) throws SQLException {
    int order = 0;
    for (Assembly.Resolution r : a.resolutions()) {
      Db.update(
          c,
          "insert into assembly_resolutions (organisation_id, assembly_id, sort_order, resolution_id, title,"
              + " majority, outcome) values (?, ?, ?, ?, ?, ?, ?)",
          a.organisation().value(), a.id().value(), order++, r.id(), r.title(), r.majority(), r.outcome());
    }
  }

  @Override
  Assembly read(Connection c, ResultSet rs) throws SQLException {
    String organisation = rs.getString("organisation_id");
    String id = rs.getString("assembly_id");
    List<Assembly.Resolution> resolutions =
        Db.query(
            c,
            "select resolution_id, title, majority, outcome from assembly_resolutions"
                + " where organisation_id = ? and assembly_id = ? order by sort_order",
            r -> new Assembly.Resolution(
                r.getString("resolution_id"), r.getString("title"), r.getString("majority"), r.getString("outcome")),
            organisation, id);
    String building = rs.getString("building_id");
    return new Assembly(
        OrganisationId.of(organisation),
        AssemblyId.of(id),
        building == null ? null : BuildingId.of(building),
        Db.date(rs, "held_on"),
        rs.getString("session_kind"),
        rs.getString("rule_set"),
        rs.getString("state"),
        resolutions,
        rs.getLong("version"));
  }
}
