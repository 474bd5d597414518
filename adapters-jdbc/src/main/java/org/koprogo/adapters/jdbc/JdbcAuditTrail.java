/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.ports.out.AuditEvent;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.OrganisationId;

/**
 * {@link AuditTrail} on {@code audit_entries} and {@code audit_details}: the adapter has no
 * UPDATE or DELETE statement for them (an architecture test checks it).
 */
public final class JdbcAuditTrail implements AuditTrail {
  /** Bind parameters per details query (well under PostgreSQL's 65,535). */
  private static final int DETAILS_PER_QUERY = 500;

  private final Db db;

  JdbcAuditTrail(Db db) {
    this.db = db;
  }

  @Override
  public AuditEntry append(OrganisationId organisation, AuditEvent event) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(event, "event");
    if (db.dialect() == Dialect.POSTGRESQL && !event.details().isEmpty()) {
      return db.inTransaction(c -> appendInOneStatement(c, organisation, event));
    }
    return db.inTransaction(
        c -> {
          long sequence =
              Db.insertReturningKey(
                  c,
                  "insert into audit_entries (organisation_id, occurred_at, actor, action, subject_type, subject_id)"
                      + " values (?, ?, ?, ?, ?, ?)",
                  "entry_seq",
                  organisation.value(), event.at(), event.actor(), event.action(), event.subjectType(),
                  event.subjectId());
          List<Object[]> details = new ArrayList<>();
          for (Map.Entry<String, String> d : event.details().entrySet()) {
            details.add(new Object[] {sequence, organisation.value(), d.getKey(), d.getValue()});
          }
          JdbcStatements.insertRows(
              c, "insert into audit_details (entry_seq, organisation_id, detail_key, detail_value)", details);
          return new AuditEntry(sequence, organisation, event);
        });
  }

  /** The entry and its details in one statement (PostgreSQL): {@link Dialect#appendAuditEntryWithDetails}. */
  private static AuditEntry appendInOneStatement(Connection c, OrganisationId organisation, AuditEvent event)
      throws SQLException {
    List<Object> params = new ArrayList<>(6 + 2 * event.details().size());
    params.addAll(Arrays.asList(organisation.value(), event.at(), event.actor(), event.action(),
        event.subjectType(), event.subjectId()));
    for (Map.Entry<String, String> d : event.details().entrySet()) {
      params.add(d.getKey());
      params.add(d.getValue());
    }
    List<Long> sequences = Db.query(
        c, Dialect.appendAuditEntryWithDetails(event.details().size()), rs -> rs.getLong("entry_seq"),
        params.toArray());
    if (sequences.size() != event.details().size()) {
      throw new SQLException("the audit entry was stored with " + sequences.size() + " of its "
          + event.details().size() + " details");
    }
    return new AuditEntry(sequences.get(0), organisation, event);
  }

  @Override
  public List<AuditEntry> list(OrganisationId organisation, Query query) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(query, "query");
    StringBuilder sql =
        new StringBuilder("select * from audit_entries where organisation_id = ? and entry_seq > ?");
    List<Object> params = new ArrayList<>(List.of(organisation.value(), query.afterSequence()));
    if (query.subjectType() != null) {
      sql.append(" and subject_type = ?");
      params.add(query.subjectType());
    }
    if (query.subjectId() != null) {
      sql.append(" and subject_id = ?");
      params.add(query.subjectId());
    }
    sql.append(" order by entry_seq limit ?");
    params.add(query.limit());
    return db.inTransaction(
        c -> {
          record Head(long sequence, java.time.Instant at, String actor, String action, String type, String id) {}
          List<Head> heads =
              Db.query(
                  c, sql.toString(),
                  rs -> new Head(
                      rs.getLong("entry_seq"), Db.instant(rs, "occurred_at"), rs.getString("actor"),
                      rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id")),
                  params.toArray());
          if (heads.isEmpty()) {
            return List.of();
          }
          // the details of exactly the entries of this page, by key (audit_details_pk): never the
          // range between its first and last sequence, which holds every other subject's entries
          Map<Long, Map<String, String>> details = new HashMap<>();
          for (int from = 0; from < heads.size(); from += DETAILS_PER_QUERY) {
            List<Head> chunk = heads.subList(from, Math.min(heads.size(), from + DETAILS_PER_QUERY));
            Object[] keys = new Object[chunk.size() + 1];
            keys[0] = organisation.value();
            for (int i = 0; i < chunk.size(); i++) {
              keys[i + 1] = chunk.get(i).sequence();
            }
            Db.query(
                c,
                "select entry_seq, detail_key, detail_value from audit_details where organisation_id = ?"
                    + " and entry_seq in (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                rs -> details.computeIfAbsent(rs.getLong("entry_seq"), s -> new HashMap<>())
                    .put(rs.getString("detail_key"), rs.getString("detail_value")),
                keys);
          }
          List<AuditEntry> result = new ArrayList<>(heads.size());
          for (Head h : heads) {
            result.add(
                new AuditEntry(
                    h.sequence(), organisation,
                    new AuditEvent(h.at(), h.actor(), h.action(), h.type(), h.id(),
                        details.getOrDefault(h.sequence(), Map.of()))));
          }
          return List.copyOf(result);
        });
  }
}
