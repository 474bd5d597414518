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
import java.util.List;
import java.util.Optional;
import org.koprogo.ports.out.Assemblies;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;

/** {@link Assemblies} on {@code assemblies} and {@code assembly_resolutions}. */
public final class JdbcAssemblies extends JdbcAggregates<AssemblyId, Assembly, Assembly.Resolution> implements Assemblies {
  JdbcAssemblies(Db db) {
    super(db, "assemblies", "assembly_id", "assembly", "assembly_resolutions",
        "c.resolution_id as child_resolution_id, c.title as child_title, c.majority as child_majority,"
            + " c.outcome as child_outcome");
  }

  @Override
  public List<Assembly> ofBuilding(OrganisationId organisation, BuildingId building) {
    return where(organisation, "and building_id = ?", "held_on, assembly_id", building.value());
  }

  @Override
  public List<Assembly> ofBuilding(
      OrganisationId organisation, BuildingId building, Optional<AssemblyId> after, int limit) {
    java.util.Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    // along assemblies_by_building (organisation, building, held_on, assembly_id)
    if (after.isEmpty()) {
      return page(organisation, "and building_id = ?", "held_on, assembly_id", limit, building.value());
    }
    Optional<Assembly> from = find(organisation, after.get()).filter(a -> a.building().equals(building));
    if (from.isEmpty()) {
      return List.of();
    }
    LocalDate day = from.get().heldOn();
    return page(organisation, "and building_id = ? and (held_on > ? or (held_on = ? and assembly_id > ?))",
        "held_on, assembly_id", limit, building.value(), day, day, after.get().value());
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
    List<Object[]> rows = new ArrayList<>();
    int order = 0;
    for (Assembly.Resolution r : a.resolutions()) {
      rows.add(new Object[] {
          a.organisation().value(), a.id().value(), order++, r.id(), r.title(), r.majority(), r.outcome()});
    }
    JdbcStatements.batch(
        c,
        "insert into assembly_resolutions (organisation_id, assembly_id, sort_order, resolution_id, title,"
            + " majority, outcome) values (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  @Override
  Assembly.Resolution readChild(ResultSet r) throws SQLException {
    return new Assembly.Resolution(
        r.getString("child_resolution_id"), r.getString("child_title"), r.getString("child_majority"),
        r.getString("child_outcome"));
  }

  @Override
  Row<Assembly, Assembly.Resolution> read(ResultSet rs) throws SQLException {
    OrganisationId organisation = OrganisationId.of(rs.getString("organisation_id"));
    AssemblyId id = AssemblyId.of(rs.getString("assembly_id"));
    String building = rs.getString("building_id");
    LocalDate heldOn = Db.date(rs, "held_on");
    String session = rs.getString("session_kind");
    String rules = rs.getString("rule_set");
    String state = rs.getString("state");
    long version = rs.getLong("version");
    return resolutions -> new Assembly(
        organisation, id, building == null ? null : BuildingId.of(building), heldOn, session, rules, state,
        resolutions, version);
  }
}
