/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;

/**
 * The running summary of the ledger ({@code ledger_member_totals}, V77): one row per
 * organisation, member and currency with the sums of the entries by kind. {@link JdbcLedger}
 * adds each entry it records here on the same connection, inside the same transaction, so the
 * summary and the entries commit together. Derived data: the entries themselves are never
 * updated; the tests check this summary against a full replay.
 */
final class JdbcLedgerTotals {
  /** Members per query (bind parameters well under PostgreSQL's 65,535). */
  private static final int MEMBERS_PER_QUERY = 500;

  private JdbcLedgerTotals() {}

  /** Adds {@code e} to its member's totals (call on the connection that inserted it). */
  static void add(Connection c, LedgerEntry e) throws SQLException {
    long a = e.amount().minorUnits();
    LedgerEntry.Kind k = e.kind();
    Object[] amounts = {
      k == LedgerEntry.Kind.DUE ? a : 0L, k == LedgerEntry.Kind.PENALTY ? a : 0L,
      k == LedgerEntry.Kind.PAYMENT_DECLARED ? a : 0L, k == LedgerEntry.Kind.PAYMENT_CONFIRMED ? a : 0L,
      k == LedgerEntry.Kind.PAYMENT_REJECTED ? a : 0L, k == LedgerEntry.Kind.PAYMENT_REVERSED ? a : 0L
    };
    Object[] key = {e.organisation().value(), e.member().value(), e.amount().currency().getCurrencyCode()};
    for (int attempt = 0; attempt < 2; attempt++) {
      // the update takes the row's lock: concurrent entries of one member add up one after the other
      if (Db.update(
              c,
              "update ledger_member_totals set dues_minor = dues_minor + ?, penalties_minor = penalties_minor + ?,"
                  + " declared_minor = declared_minor + ?, confirmed_minor = confirmed_minor + ?,"
                  + " rejected_minor = rejected_minor + ?, reversed_minor = reversed_minor + ?, entries = entries + 1"
                  + " where organisation_id = ? and member_id = ? and currency = ?",
              concat(amounts, key))
          == 1) {
        return;
      }
      if (Db.update(
              c,
              "insert into ledger_member_totals (organisation_id, member_id, currency, dues_minor, penalties_minor,"
                  + " declared_minor, confirmed_minor, rejected_minor, reversed_minor, entries)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict do nothing",
              concat(key, amounts))
          == 1) {
        return;
      }
      // another transaction inserted the member's first row meanwhile: update it
    }
    throw new IllegalStateException("the ledger totals of " + e.member() + " could be neither updated nor inserted");
  }

  static List<Ledger.Totals> of(Connection c, OrganisationId organisation, MemberId member) throws SQLException {
    return Db.query(
        c,
        "select * from ledger_member_totals where organisation_id = ? and member_id = ? order by currency",
        JdbcLedgerTotals::read,
        organisation.value(), member.value());
  }

  static Money confirmedOf(Connection c, OrganisationId organisation, Collection<MemberId> members, Currency currency)
      throws SQLException {
    long sum = 0;
    List<MemberId> all = new ArrayList<>(members);
    for (int from = 0; from < all.size(); from += MEMBERS_PER_QUERY) {
      List<MemberId> chunk = all.subList(from, Math.min(all.size(), from + MEMBERS_PER_QUERY));
      List<Object> params = new ArrayList<>(List.of(organisation.value(), currency.getCurrencyCode()));
      for (MemberId m : chunk) {
        params.add(m.value());
      }
      List<Long> part =
          Db.query(
              c,
              "select coalesce(sum(confirmed_minor - reversed_minor), 0) from ledger_member_totals"
                  + " where organisation_id = ? and currency = ? and member_id in ("
                  + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
              rs -> rs.getLong(1),
              params.toArray());
      sum = Math.addExact(sum, part.get(0));
    }
    return Money.ofMinor(currency, sum);
  }

  private static Ledger.Totals read(ResultSet rs) throws SQLException {
    Currency currency = Money.currency(rs.getString("currency"));
    return new Ledger.Totals(
        currency,
        Money.ofMinor(currency, rs.getLong("dues_minor")),
        Money.ofMinor(currency, rs.getLong("penalties_minor")),
        Money.ofMinor(currency, rs.getLong("declared_minor")),
        Money.ofMinor(currency, rs.getLong("confirmed_minor")),
        Money.ofMinor(currency, rs.getLong("rejected_minor")),
        Money.ofMinor(currency, rs.getLong("reversed_minor")),
        rs.getLong("entries"));
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] r = new Object[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
