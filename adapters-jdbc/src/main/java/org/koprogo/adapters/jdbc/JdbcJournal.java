/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.accounting.EntryKind;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.JournalLine;
import org.koprogo.domain.accounting.Side;
import org.koprogo.domain.building.BuildingId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.out.Journal;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.StoreErrors;

/**
 * {@link Journal} on {@code journal_entries} and {@code journal_lines} ({@code
 * V80__journal.sql}): the adapter only inserts; the unique key {@code (organisation_id,
 * building_id, entry_id)} makes a retried or concurrent append record once (the insert is {@code
 * on conflict do nothing}, then the row that won is read back). An entry and its lines are written
 * in one transaction (the caller's, when one runs); the entries are rebuilt through the domain's
 * constructors, so a row that does not balance could not be read as an entry. Thread-safe.
 */
public final class JdbcJournal implements Journal {
  private static final String SELECT =
      "select e.entry_seq, e.entry_id, e.entry_date, e.kind, e.label, l.line_number, l.account, l.side,"
          + " l.amount_minor, l.currency, l.owner_id from journal_entries e"
          + " left join journal_lines l on l.entry_seq = e.entry_seq"
          + " where e.organisation_id = ? and e.building_id = ? ";
  private static final String ORDER = " order by e.entry_seq, l.line_number";

  private final Db db;

  /** The journal on {@code store}'s database, joining its transactions. */
  public JdbcJournal(JdbcStore store) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
  }

  @Override
  public Recorded append(OrganisationId organisation, BuildingId building, JournalEntry entry) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(entry, "entry");
    return db.inTransaction(
        c -> {
          int inserted = Db.update(c,
              "insert into journal_entries (organisation_id, building_id, entry_id, entry_date, kind, label)"
                  + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
              organisation.value(), building.value(), entry.id(), entry.date(), entry.kind().name(), entry.label());
          if (inserted == 0) {
            return new Recorded(
                read(c, organisation, building, "and e.entry_id = ?", entry.id()).stream().findFirst()
                    .orElseThrow(() -> StoreErrors.concurrentUpdate("journal entry", entry.id(), 0)),
                true);
          }
          long seq = Db.queryOne(c,
                  "select entry_seq from journal_entries where organisation_id = ? and building_id = ? and entry_id = ?",
                  rs -> rs.getLong(1), organisation.value(), building.value(), entry.id())
              .orElseThrow();
          try (var ps = c.prepareStatement(
              "insert into journal_lines (entry_seq, line_number, account, side, amount_minor, currency, owner_id)"
                  + " values (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (JournalLine l : entry.lines()) {
              Db.bind(ps, seq, n++, l.account(), l.side() == Side.DEBIT ? "D" : "C", l.amount().minorUnits(),
                  l.amount().currency().getCurrencyCode(), l.owner() == null ? null : l.owner().value());
              ps.addBatch();
            }
            if (n > 0) {
              ps.executeBatch();
            }
          }
          return new Recorded(entry, false);
        });
  }

  @Override
  public Optional<JournalEntry> find(OrganisationId organisation, BuildingId building, String id) {
    Objects.requireNonNull(id, "id");
    return db.withConnection(c -> read(c, organisation, building, "and e.entry_id = ?", id).stream().findFirst());
  }

  @Override
  public List<JournalEntry> entries(OrganisationId organisation, BuildingId building) {
    return db.withConnection(c -> read(c, organisation, building, ""));
  }

  /**
   * The owner's entries along {@code journal_lines_by_owner} (V121): the lines naming the owner,
   * then their entries in this building; the cost follows the owner's entries, not the journal.
   */
  @Override
  public List<JournalEntry> entriesOf(OrganisationId organisation, BuildingId building, OwnerId owner) {
    Objects.requireNonNull(owner, "owner");
    return db.withConnection(c -> read(c, organisation, building,
        "and e.entry_seq in (select o.entry_seq from journal_lines o where o.owner_id = ?)", owner.value()));
  }

  /** The latest closing entry's date, along {@code journal_entries_by_kind} (V121). */
  @Override
  public Optional<java.time.LocalDate> closedThrough(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.withConnection(c -> Db.query(c,
        "select entry_date from journal_entries where organisation_id = ? and building_id = ? and kind = ?"
            + " order by entry_date desc limit 1",
        rs -> Db.date(rs, "entry_date"), organisation.value(), building.value(), EntryKind.CLOSING.name()))
        .stream().findFirst();
  }

  /** Whether one entry exists, along the unique key {@code (organisation_id, building_id, entry_id)}. */
  @Override
  public boolean isEmpty(OrganisationId organisation, BuildingId building) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    return db.withConnection(c -> Db.queryOne(c,
        "select 1 from journal_entries where organisation_id = ? and building_id = ? limit 1",
        rs -> rs.getInt(1), organisation.value(), building.value())).isEmpty();
  }

  private static List<JournalEntry> read(
      Connection c, OrganisationId organisation, BuildingId building, String where, Object... more) throws SQLException {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(building, "building");
    Object[] params = new Object[2 + more.length];
    params[0] = organisation.value();
    params[1] = building.value();
    System.arraycopy(more, 0, params, 2, more.length);
    List<Row> rows = Db.query(c, SELECT + where + ORDER, JdbcJournal::row, params);
    List<JournalEntry> entries = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      Row head = rows.get(i);
      List<JournalLine> lines = new ArrayList<>();
      while (i < rows.size() && rows.get(i).seq == head.seq) {
        if (rows.get(i).line != null) {
          lines.add(rows.get(i).line);
        }
        i++;
      }
      entries.add(new JournalEntry(head.id, head.date, EntryKind.valueOf(head.kind), head.label, lines));
    }
    return List.copyOf(entries);
  }

  private record Row(long seq, String id, java.time.LocalDate date, String kind, String label, JournalLine line) {}

  private static Row row(ResultSet rs) throws SQLException {
    JournalLine line = null;
    String account = rs.getString("account");
    if (account != null) {
      String owner = rs.getString("owner_id");
      line = new JournalLine(account, "D".equals(rs.getString("side")) ? Side.DEBIT : Side.CREDIT,
          Money.ofMinor(Currency.getInstance(rs.getString("currency")), rs.getLong("amount_minor")),
          owner == null ? null : OwnerId.of(owner));
    }
    return new Row(rs.getLong("entry_seq"), rs.getString("entry_id"), Db.date(rs, "entry_date"), rs.getString("kind"),
        rs.getString("label"), line);
  }
}
