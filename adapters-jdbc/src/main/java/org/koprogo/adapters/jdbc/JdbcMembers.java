/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.koprogo.ports.out.Member;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.Members;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.Language;

/** {@link Members} on the {@code members} table. */
public final class JdbcMembers extends JdbcAggregates<MemberId, Member, Void> implements Members {
  JdbcMembers(Db db) {
    super(db, "members", "member_id", "member");
  }

  @Override
  OrganisationId organisationOf(Member m) {
    return m.organisation();
  }

  @Override
  MemberId idOf(Member m) {
    return m.id();
  }

  @Override
  long versionOf(Member m) {
    return m.version();
  }

  @Override
  Member atVersion(Member m, long version) {
    return m.withVersion(version);
  }

  @Override
  int insertRow(Connection c, Member m, long version) throws SQLException {
    PersonalDetails d = m.details();
    return Db.update(
        c,
        "insert into members (organisation_id, member_id, name, email, phone, postal_address, language,"
            + " member_rank, status, joined_on, erased_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict do nothing",
        m.organisation().value(), m.id().value(), d.name(), d.email(), d.phone(), d.postalAddress(), code(d),
        m.rank(), m.status().name(), m.joinedOn(), m.erasedAt(), version);
  }

  @Override
  int updateRow(Connection c, Member m, long newVersion) throws SQLException {
    PersonalDetails d = m.details();
    return Db.update(
        c,
        "update members set name = ?, email = ?, phone = ?, postal_address = ?, language = ?, member_rank = ?,"
            + " status = ?, joined_on = ?, erased_at = ?, version = ? where organisation_id = ? and member_id = ?"
            + " and version = ?",
        d.name(), d.email(), d.phone(), d.postalAddress(), code(d), m.rank(), m.status().name(), m.joinedOn(),
        m.erasedAt(), newVersion, m.organisation().value(), m.id().value(), m.version());
  }

  @Override
  Row<Member, Void> read(ResultSet rs) throws SQLException {
    Member read = new Member(
        OrganisationId.of(rs.getString("organisation_id")),
        MemberId.of(rs.getString("member_id")),
        new PersonalDetails(
            rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"),
            Language.ofStored(rs.getString("language"))),
        rs.getInt("member_rank"),
        Member.Status.valueOf(rs.getString("status")),
        Db.date(rs, "joined_on"),
        Db.instant(rs, "erased_at"),
        rs.getLong("version"));
    return none -> read;
  }

  /** The stored code of the person's language, null when unknown. */
  static String code(PersonalDetails d) {
    return d.language() == null ? null : d.language().code();
  }
}
