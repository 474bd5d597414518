/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.ports.out.BankLines;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDataRows;

/**
 * The payers' names and accounts in {@code bank_lines} as personal data (GDPR): the lines an owner
 * was matched or proposed to, or that were settled to them, are exported ({@code bankLines}) and,
 * on erasure, keep their amounts, dates, references and journal entries (accounting records) but
 * lose the counterparty's name and account ({@code counterparty_erased_at} set). The append-only
 * triggers let an UPDATE change these three columns and nothing else (db/vendor
 * R__bank_lines_append_only). Part of {@link JdbcStore#ports()}' personal data holders.
 */
final class JdbcBankLinePersonalData implements PersonalDataHolder {
  private static final String CONCERNS = " from bank_lines l left join bank_line_settlements s"
      + " on s.organisation_id = l.organisation_id and s.building_id = l.building_id and s.line_identity = l.line_identity"
      + " where l.organisation_id = ? and (l.owner_id = ? or s.owner_id = ?)";

  private final Db db;

  JdbcBankLinePersonalData(Db db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    if (subject.kind() != DataSubject.Kind.OWNER) {
      return Map.of("bankLines", List.of());
    }
    List<Map<String, Object>> rows = db.withConnection(c -> new ArrayList<>(Db.query(c,
        "select l.*, s.how as settled_how, s.owner_id as settled_owner, s.entry_id as settled_entry,"
            + " s.settled_by, s.settled_at" + CONCERNS + " order by l.line_seq",
        rs -> {
          BankLines.Imported line = JdbcBankLines.read(rs);
          String how = rs.getString("settled_how");
          BankLines.Settlement settlement = how == null ? null : new BankLines.Settlement(how,
              OwnerId.of(rs.getString("settled_owner")), rs.getString("settled_entry"), rs.getString("settled_by"),
              Db.instant(rs, "settled_at"));
          return PersonalDataRows.bankLine(rs.getString("building_id"), line, settlement);
        },
        subject.organisation().value(), subject.id(), subject.id())));
    return Map.of("bankLines", List.copyOf(rows));
  }

  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    if (subject.kind() != DataSubject.Kind.OWNER) {
      return 0;
    }
    return db.withConnection(c -> Db.update(c,
        "update bank_lines set counterparty_name = '', counterparty_account = '', counterparty_erased_at = ?"
            + " where counterparty_erased_at is null and line_seq in (select l.line_seq" + CONCERNS + ")",
        at, subject.organisation().value(), subject.id(), subject.id()));
  }
}
