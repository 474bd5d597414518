/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.koprogo.ports.out.Outbox;

/**
 * The one place where PostgreSQL and H2 differ for this adapter. The schema and every statement
 * are written in the subset both accept (no {@code ON CONFLICT (col)}, no {@code RETURNING}, no
 * jsonb); what remains is told apart here.
 */
enum Dialect {
  POSTGRESQL,
  H2;

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    if (product.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
      return H2;
    }
    if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("the JDBC adapter supports PostgreSQL and H2, not " + product);
  }

  /**
   * Whether {@code e} reports a lost connection (SQLSTATE class 08, or PostgreSQL's admin
   * shutdown 57P01 when a backend is terminated).
   */
  boolean isConnectionLoss(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }

  /** Whether {@code e} is a unique-constraint violation (the same SQLSTATE on both). */
  boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * One statement that appends an audit entry with its {@code details} (at least one) and returns
   * the entry's sequence number in each row, on PostgreSQL only (a data-modifying {@code WITH}
   * and {@code RETURNING}, which H2 does not accept): one round trip instead of two for every
   * audited write. Bound: the entry's organisation, time, actor, action, subject type and subject
   * id, then each detail's key and value.
   */
  static String appendAuditEntryWithDetails(int details) {
    if (details < 1) {
      throw new IllegalArgumentException("an audit entry with " + details + " details");
    }
    return "with entry as (insert into audit_entries"
        + " (organisation_id, occurred_at, actor, action, subject_type, subject_id)"
        + " values (?, ?, ?, ?, ?, ?) returning entry_seq, organisation_id)"
        + " insert into audit_details (entry_seq, organisation_id, detail_key, detail_value)"
        + " select entry.entry_seq, entry.organisation_id, d.detail_key, d.detail_value from entry, (values "
        + String.join(", ", java.util.Collections.nCopies(details, "(?, ?)"))
        + ") as d (detail_key, detail_value) returning entry_seq";
  }

  /**
   * Selects up to {@code ?} due outbox messages and locks them, skipping rows another worker
   * holds: both databases accept {@code FOR UPDATE SKIP LOCKED} after {@code LIMIT}. With
   * {@code lapsedLeases} it selects the claimed messages whose lease has ended (bound: now, now),
   * otherwise the pending messages due now (bound: now, now) in the order of the partial index
   * {@code outbox_messages_pending} (PostgreSQL), so that a claim reads its batch and stops
   * instead of sorting the backlog. The channels selected add one {@code ?} per channel name,
   * bound before the limit.
   */
  String claimDueMessages(Outbox.ChannelSelection channels, boolean lapsedLeases) {
    String filter = "";
    if (channels.names().isEmpty() && !channels.excluded()) {
      filter = " and 1 = 0";
    } else if (!channels.names().isEmpty()) {
      filter = " and channel " + (channels.excluded() ? "not in (" : "in (")
          + String.join(", ", java.util.Collections.nCopies(channels.names().size(), "?")) + ")";
    }
    return "select message_id from outbox_messages"
        + (lapsedLeases
            ? " where status = 'CLAIMED' and lease_until <= ?"
            : " where status = 'PENDING' and available_at <= ?")
        + " and (expires_at is null or expires_at > ?)" + filter
        + " order by available_at, created_at, message_id"
        + " limit ? for update skip locked";
  }
}
