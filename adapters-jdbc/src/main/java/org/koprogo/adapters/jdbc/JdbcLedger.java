/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Ledger;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.LedgerEntryId;
import org.koprogo.ports.out.MemberId;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link Ledger} on {@code ledger_entries}: the adapter only inserts (no UPDATE, no DELETE), and
 * the unique keys {@code (organisation_id, idempotency_key)} and {@code (organisation_id,
 * resolves)} make a retried or concurrent recording record once, whatever the isolation level:
 * the insert is {@code on conflict do nothing}, then the row that won is read back.
 */
public final class JdbcLedger implements Ledger {
  private static final String COLUMNS =
      "organisation_id, entry_id, member_id, kind, amount_minor, currency, value_date, resolves,"
          + " resolution_slot, idempotency_key, reason, recorded_by, recorded_at";

  private final Db db;

  JdbcLedger(Db db) {
    this.db = db;
  }

  @Override
  public Recorded record(LedgerEntry e) {
    Objects.requireNonNull(e, "entry");
    return db.inTransaction(
        c -> {
          int inserted =
              Db.update(
                  c,
                  "insert into ledger_entries (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict do nothing",
                  e.organisation().value(), e.id().value(), e.member().value(), e.kind().name(),
                  e.amount().minorUnits(), e.amount().currency().getCurrencyCode(), e.valueDate(),
                  e.resolves() == null ? null : e.resolves().value(), e.kind().resolutionSlot(),
                  e.idempotencyKey(), e.reason(), e.recordedBy(), e.recordedAt());
          if (inserted == 1) {
            JdbcLedgerTotals.add(c, e);
            return new Recorded(e, false);
          }
          Optional<LedgerEntry> earlier =
              one(c, "and idempotency_key = ?", e.organisation(), e.idempotencyKey());
          if (earlier.isEmpty() && e.resolves() != null) {
            earlier =
                Db.queryOne(
                    c,
                    "select * from ledger_entries where organisation_id = ? and resolves = ? and resolution_slot = ?",
                    JdbcLedger::read,
                    e.organisation().value(), e.resolves().value(), e.kind().resolutionSlot());
          }
          return new Recorded(
              earlier.orElseThrow(() -> StoreErrors.concurrentUpdate("ledger entry", e.id(), 0)), true);
        });
  }

  @Override
  public Optional<LedgerEntry> find(OrganisationId organisation, LedgerEntryId id) {
    return db.withConnection(c -> one(c, "and entry_id = ?", organisation, id.value()));
  }

  @Override
  public List<LedgerEntry> entriesOf(OrganisationId organisation, MemberId member) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c,
                    "select * from ledger_entries where organisation_id = ? and member_id = ? order by entry_seq",
                    JdbcLedger::read,
                    organisation.value(), member.value())));
  }

  @Override
  public List<LedgerEntry> entriesOf(
      OrganisationId organisation, MemberId member, Optional<LedgerEntryId> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    return db.withConnection(
        c -> {
          long from = 0;
          if (after.isPresent()) {
            Optional<Long> seq =
                Db.queryOne(
                    c, "select entry_seq from ledger_entries where organisation_id = ? and entry_id = ? and member_id = ?",
                    rs -> rs.getLong(1), organisation.value(), after.get().value(), member.value());
            if (seq.isEmpty()) {
              return List.<LedgerEntry>of();
            }
            from = seq.get();
          }
          // along ledger_entries_by_member (organisation, member, entry_seq), stopping at the limit
          return List.copyOf(
              Db.query(
                  c,
                  "select * from ledger_entries where organisation_id = ? and member_id = ? and entry_seq > ?"
                      + " order by entry_seq limit ?",
                  JdbcLedger::read,
                  organisation.value(), member.value(), from, limit));
        });
  }

  @Override
  public List<Totals> totalsOf(OrganisationId organisation, MemberId member) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(member, "member");
    return db.withConnection(c -> List.copyOf(JdbcLedgerTotals.of(c, organisation, member)));
  }

  @Override
  public Map<MemberId, List<Totals>> totalsAt(
      OrganisationId organisation, Collection<MemberId> members, LocalDate upTo) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(upTo, "upTo");
    return db.withConnection(c -> JdbcLedgerTotals.at(c, organisation, members, upTo));
  }

  @Override
  public Money confirmedOf(OrganisationId organisation, Collection<MemberId> members, Currency currency) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(currency, "currency");
    if (members.isEmpty()) {
      return Money.zero(currency);
    }
    return db.withConnection(c -> JdbcLedgerTotals.confirmedOf(c, organisation, members, currency));
  }

  @Override
  public Optional<LedgerEntry> resolutionOf(OrganisationId organisation, LedgerEntryId declaration) {
    return db.withConnection(c -> one(c, "and resolves = ? and resolution_slot = 'DECIDED'", organisation, declaration.value()));
  }

  @Override
  public List<LedgerEntry> entries(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return db.withConnection(
        c ->
            List.copyOf(
                Db.query(
                    c, "select * from ledger_entries where organisation_id = ? order by entry_seq",
                    JdbcLedger::read, organisation.value())));
  }

  private static Optional<LedgerEntry> one(Connection c, String condition, OrganisationId organisation, String value)
      throws SQLException {
    Objects.requireNonNull(organisation, "organisation");
    return Db.queryOne(
        c, "select * from ledger_entries where organisation_id = ? " + condition, JdbcLedger::read,
        organisation.value(), value);
  }

  private static LedgerEntry read(ResultSet rs) throws SQLException {
    String resolves = rs.getString("resolves");
    return new LedgerEntry(
        OrganisationId.of(rs.getString("organisation_id")),
        LedgerEntryId.of(rs.getString("entry_id")),
        MemberId.of(rs.getString("member_id")),
        LedgerEntry.Kind.valueOf(rs.getString("kind")),
        Money.ofMinor(Money.currency(rs.getString("currency")), rs.getLong("amount_minor")),
        Db.date(rs, "value_date"),
        resolves == null ? null : LedgerEntryId.of(resolves),
        rs.getString("idempotency_key"),
        rs.getString("reason"),
        rs.getString("recorded_by"),
        Db.instant(rs, "recorded_at"));
  }
}
