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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Each member's totals valued on or before {@code upTo}: the running summary less the entries
   * valued after {@code upTo} (ledger_entries_by_value_date, V95), so the rows read are one per
   * member and currency plus one group per member, kind and currency of the entries after the day.
   */
  static Map<MemberId, List<Ledger.Totals>> at(
      Connection c, OrganisationId organisation, Collection<MemberId> members, LocalDate upTo) throws SQLException {
    Map<MemberId, Map<Currency, Ledger.Totals>> byMember = new LinkedHashMap<>();
    Map<String, MemberId> ids = new LinkedHashMap<>();
    for (MemberId m : members) {
      byMember.put(m, new LinkedHashMap<>());
      ids.put(m.value(), m);
    }
    List<MemberId> all = new ArrayList<>(byMember.keySet());
    for (int from = 0; from < all.size(); from += MEMBERS_PER_QUERY) {
      List<MemberId> chunk = all.subList(from, Math.min(all.size(), from + MEMBERS_PER_QUERY));
      String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      List<Object> params = new ArrayList<>(List.of(organisation.value()));
      for (MemberId m : chunk) {
        params.add(m.value());
      }
      Db.query(c, "select * from ledger_member_totals where organisation_id = ? and member_id in (" + in + ")"
              + " order by member_id, currency",
          rs -> {
            Ledger.Totals t = read(rs);
            byMember.get(ids.get(rs.getString("member_id"))).put(t.currency(), t);
            return t;
          },
          params.toArray());
      params.add(upTo);
      // PostgreSQL reads ledger_entries_by_value_date for the whole list; H2's planner takes
      // the index by member (and scans the member's history) for a list, so it asks per member
      boolean perMember = Dialect.of(c) == Dialect.H2;
      List<Object[]> queries = new ArrayList<>();
      if (perMember) {
        for (MemberId m : chunk) {
          queries.add(new Object[] {organisation.value(), m.value(), upTo});
        }
      } else {
        queries.add(params.toArray());
      }
      for (Object[] q : queries) {
        Db.query(c, "select member_id, currency, kind, sum(amount_minor) as total, count(*) as n from ledger_entries"
                + " where organisation_id = ? and member_id " + (perMember ? "= ?" : "in (" + in + ")")
                + " and value_date > ? group by member_id, currency, kind",
            rs -> {
              Map<Currency, Ledger.Totals> totals = byMember.get(ids.get(rs.getString("member_id")));
              Currency currency = Money.currency(rs.getString("currency"));
              Money a = Money.ofMinor(currency, rs.getLong("total"));
              Money z = Money.zero(currency);
              long n = rs.getLong("n");
              Ledger.Totals later = switch (LedgerEntry.Kind.valueOf(rs.getString("kind"))) {
                case DUE -> new Ledger.Totals(currency, a, z, z, z, z, z, n);
                case PENALTY -> new Ledger.Totals(currency, z, a, z, z, z, z, n);
                case PAYMENT_DECLARED -> new Ledger.Totals(currency, z, z, a, z, z, z, n);
                case PAYMENT_CONFIRMED -> new Ledger.Totals(currency, z, z, z, a, z, z, n);
                case PAYMENT_REJECTED -> new Ledger.Totals(currency, z, z, z, z, a, z, n);
                case PAYMENT_REVERSED -> new Ledger.Totals(currency, z, z, z, z, z, a, n);
              };
              totals.put(currency, totals.getOrDefault(currency, Ledger.Totals.zero(currency)).minus(later));
              return later;
            },
            q);
      }
    }
    Map<MemberId, List<Ledger.Totals>> result = new LinkedHashMap<>();
    byMember.forEach((m, totals) -> result.put(m,
        totals.values().stream().filter(t -> t.entries() > 0).toList()));
    return result;
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
