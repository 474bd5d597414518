/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.OrganisationId;

/**
 * {@link BankLines} on {@code bank_lines} and {@code bank_line_settlements} ({@code
 * V81__bank_lines.sql}, the movement since {@code V96}): inserts only, {@code on conflict do nothing} against the unique keys, so
 * a line and a settlement are recorded once under concurrency too. Joins the {@link JdbcStore}'s
 * transactions. Thread-safe.
 */
public final class JdbcBankLines implements BankLines {
  private final Db db;

  /** The bank lines on {@code store}'s database, joining its transactions. */
  public JdbcBankLines(JdbcStore store) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
  }

  @Override
  public boolean record(OrganisationId organisation, BuildingId building, Imported i) {
    BankLine l = i.line();
    return db.withConnection(c -> Db.update(c,
        "insert into bank_lines (organisation_id, building_id, line_identity, line_number, booking_date, value_date,"
            + " amount_minor, currency, counterparty_name, counterparty_account, payment_reference, communication,"
            + " statement, outcome, owner_id, call_reference, entry_id, imported_by, imported_at, movement)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        organisation.value(), building.value(), l.identity(), l.line(), l.bookingDate(), l.valueDate(),
        l.amount().minorUnits(), l.amount().currency().getCurrencyCode(), l.counterpartyName(), l.counterpartyAccount(),
        l.reference().map(PaymentReference::electronic).orElse(null), l.communication(), i.statement(), i.outcome(),
        i.owner() == null ? null : i.owner().value(), i.reference(), i.entry(), i.importedBy(), i.importedAt(), i.movement()) == 1);
  }

  @Override
  public Optional<Imported> findMovement(OrganisationId organisation, BuildingId building, String movement) {
    return db.withConnection(c -> Db.queryOne(c,
        "select * from bank_lines where organisation_id = ? and building_id = ? and movement = ?",
        JdbcBankLines::read, organisation.value(), building.value(), movement));
  }

  @Override
  public Optional<Imported> find(OrganisationId organisation, BuildingId building, String identity) {
    return db.withConnection(c -> Db.queryOne(c,
        "select * from bank_lines where organisation_id = ? and building_id = ? and line_identity = ?",
        JdbcBankLines::read, organisation.value(), building.value(), identity));
  }

  @Override
  public List<Imported> waiting(OrganisationId organisation, BuildingId building) {
    return db.withConnection(c -> List.copyOf(Db.query(c,
        "select l.* from bank_lines l where l.organisation_id = ? and l.building_id = ?"
            + " and l.outcome in ('PROPOSED', 'UNMATCHED') and not exists (select 1 from bank_line_settlements s"
            + " where s.organisation_id = l.organisation_id and s.building_id = l.building_id"
            + " and s.line_identity = l.line_identity) order by l.line_seq",
        JdbcBankLines::read, organisation.value(), building.value())));
  }

  @Override
  public List<Imported> waiting(OrganisationId organisation, BuildingId building, Optional<String> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(after, "after");
    Db.checkLimit(limit);
    return db.withConnection(c -> {
      // the line ending the previous page, waiting or settled since (bank_lines_identity_uq)
      OptionalLong start = Db.startAfter(c, after, "select line_seq from bank_lines where organisation_id = ?"
          + " and building_id = ? and line_identity = ?", organisation.value(), building.value());
      if (start.isEmpty()) {
        return List.of();
      }
      long from = start.getAsLong();
      // along bank_lines_by_outcome (organisation, building, outcome, line_seq): one branch per
      // waiting outcome, each in import order and stopping at the limit, so that the matched lines
      // and the debits are not read; the settled ones are skipped by their settlement's key
      String branch = "(select l.* from bank_lines l where l.organisation_id = ? and l.building_id = ?"
          + " and l.outcome = ? and l.line_seq > ? and not exists (select 1 from bank_line_settlements s"
          + " where s.organisation_id = l.organisation_id and s.building_id = l.building_id"
          + " and s.line_identity = l.line_identity) order by l.line_seq limit ?)";
      return List.copyOf(Db.query(c, "select * from (" + branch + " union all " + branch + ") w"
          + " order by w.line_seq limit ?", JdbcBankLines::read,
          organisation.value(), building.value(), "PROPOSED", from, limit,
          organisation.value(), building.value(), "UNMATCHED", from, limit, limit));
    });
  }

  @Override
  public boolean settle(OrganisationId organisation, BuildingId building, String identity, Settlement s) {
    return db.withConnection(c -> {
      if (Db.queryOne(c, "select 1 from bank_lines where organisation_id = ? and building_id = ? and line_identity = ?",
          rs -> Boolean.TRUE, organisation.value(), building.value(), identity).isEmpty()) {
        return false;
      }
      return Db.update(c,
          "insert into bank_line_settlements (organisation_id, building_id, line_identity, how, owner_id, entry_id,"
              + " settled_by, settled_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
          organisation.value(), building.value(), identity, s.how(), s.owner().value(), s.entry(), s.by(), s.at()) == 1;
    });
  }

  @Override
  public Optional<Settlement> settlementOf(OrganisationId organisation, BuildingId building, String identity) {
    return db.withConnection(c -> Db.queryOne(c,
        "select * from bank_line_settlements where organisation_id = ? and building_id = ? and line_identity = ?",
        rs -> new Settlement(rs.getString("how"), OwnerId.of(rs.getString("owner_id")), rs.getString("entry_id"),
            rs.getString("settled_by"), Db.instant(rs, "settled_at")),
        organisation.value(), building.value(), identity));
  }

  static Imported read(ResultSet rs) throws SQLException {
    String reference = rs.getString("payment_reference");
    String owner = rs.getString("owner_id");
    BankLine line = new BankLine(rs.getString("line_identity"), rs.getInt("line_number"), Db.date(rs, "booking_date"),
        Db.date(rs, "value_date"), Money.ofMinor(Currency.getInstance(rs.getString("currency")), rs.getLong("amount_minor")),
        rs.getString("counterparty_name"), rs.getString("counterparty_account"),
        reference == null ? Optional.empty() : Optional.of(PaymentReference.parse(reference, "payment_reference")),
        rs.getString("communication"));
    return new Imported(line, rs.getString("statement"), rs.getString("outcome"), owner == null ? null : OwnerId.of(owner),
        rs.getString("call_reference"), rs.getString("entry_id"), rs.getString("imported_by"), Db.instant(rs, "imported_at"),
        rs.getString("movement"));
  }
}
