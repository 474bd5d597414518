/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.Owner;
import org.koprogo.ports.out.Owners;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/** {@link Owners} on the {@code owners} table. */
public final class JdbcOwners extends JdbcAggregates<OwnerId, Owner, Void> implements Owners {
  JdbcOwners(Db db) {
    super(db, "owners", "owner_id", "owner");
  }

  @Override
  OrganisationId organisationOf(Owner o) {
    return o.organisation();
  }

  @Override
  OwnerId idOf(Owner o) {
    return o.id();
  }

  @Override
  long versionOf(Owner o) {
    return o.version();
  }

  @Override
  Owner atVersion(Owner o, long version) {
    return o.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Owner o, long version) throws SQLException {
    PersonalDetails d = o.details();
    return Db.update(
        c,
        "insert into owners (organisation_id, owner_id, name, email, phone, postal_address, language, erased_at,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        o.organisation().value(), o.id().value(), d.name(), d.email(), d.phone(), d.postalAddress(),
        code(d), o.erasedAt(), version);
  }

  @Override
  int updateRow(Connection c, Owner o, long newVersion) throws SQLException {
    PersonalDetails d = o.details();
    return Db.update(
        c,
        "update owners set name = ?, email = ?, phone = ?, postal_address = ?, language = ?, erased_at = ?,"
            + " version = ? where organisation_id = ? and owner_id = ? and version = ?",
        d.name(), d.email(), d.phone(), d.postalAddress(), code(d), o.erasedAt(), newVersion,
        o.organisation().value(), o.id().value(), o.version());
  }

  @Override
  Row<Owner, Void> read(ResultSet rs) throws SQLException {
    Owner read = new Owner(
        OrganisationId.of(rs.getString("organisation_id")),
        OwnerId.of(rs.getString("owner_id")),
        new PersonalDetails(
            rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"),
            Language.ofStored(rs.getString("language"))),
        Db.instant(rs, "erased_at"),
        rs.getLong("version"));
    return none -> read;
  }

  /** The stored code of the person's language, null when unknown. */
  static String code(PersonalDetails d) {
    return d.language() == null ? null : d.language().code();
  }
}
