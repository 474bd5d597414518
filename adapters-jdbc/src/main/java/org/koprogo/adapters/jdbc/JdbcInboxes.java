/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.InboxMessage;
import org.koprogo.ports.out.Inboxes;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDataRows;

/**
 * {@link Inboxes} on the {@code inbox_messages} table of {@code V63__inbox_messages.sql}: one row
 * per organisation and outbox message id (a second delivery is an insert that does nothing), a
 * page read along the index on (organisation, recipient, delivered time, id) from the position
 * given, newest first. Every statement names the organisation; joins the {@link JdbcStore}'s
 * transactions. Thread-safe. Also the {@link PersonalDataHolder} of the inboxes (GDPR): a person's
 * in-app notices are exported as the set {@code inbox} and deleted at erasure; a host adds it with
 * {@code OutPorts.withPersonalData}.
 */
public final class JdbcInboxes implements Inboxes, PersonalDataHolder {
  private static final String COLUMNS = "message_id, recipient, channel, kind, payload, delivered_at";
  private static final String FIRST_PAGE = "select " + COLUMNS + " from inbox_messages"
      + " where organisation_id = ? and recipient = ?"
      + " order by delivered_at desc, message_id desc limit ?";
  private static final String NEXT_PAGE = "select " + COLUMNS + " from inbox_messages"
      + " where organisation_id = ? and recipient = ?"
      + " and (delivered_at < ? or (delivered_at = ? and message_id < ?))"
      + " order by delivered_at desc, message_id desc limit ?";

  private final Db db;

  /** The inboxes on {@code store}'s database, joining its transactions. */
  public JdbcInboxes(JdbcStore store) {
    this.db = Objects.requireNonNull(store, "store").buildings().db;
  }

  @Override
  public boolean deliver(InboxMessage m) {
    Objects.requireNonNull(m, "message");
    return db.inTransaction(c -> Db.update(c,
        "insert into inbox_messages (organisation_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)"
            + " on conflict do nothing",
        m.organisation().value(), m.id().value(), m.recipient(), m.channel(), m.kind(), m.payload(),
        m.deliveredAt()) == 1);
  }

  @Override
  public List<InboxMessage> page(OrganisationId organisation, String recipient, Optional<Position> after, int limit) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(after, "after");
    Inboxes.checkLimit(limit);
    return db.withConnection(c -> after.isEmpty()
        ? Db.query(c, FIRST_PAGE, rs -> read(organisation, rs), organisation.value(), recipient, limit)
        : Db.query(c, NEXT_PAGE, rs -> read(organisation, rs), organisation.value(), recipient,
            after.get().deliveredAt(), after.get().deliveredAt(), after.get().id().value(), limit));
  }

  /** The person's in-app notices, oldest first, as the set {@code inbox}. */
  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    List<InboxMessage> mine = db.withConnection(c -> Db.query(c, "select " + COLUMNS + " from inbox_messages"
            + " where organisation_id = ? and recipient = ? order by delivered_at, message_id",
        rs -> read(subject.organisation(), rs), subject.organisation().value(), subject.id()));
    return Map.of(PersonalDataRows.INBOX, mine.stream().map(PersonalDataRows::inbox).toList());
  }

  /** Deletes the person's in-app notices (the organisation keeps no record of them). */
  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    return db.inTransaction(c -> Db.update(c, "delete from inbox_messages where organisation_id = ? and recipient = ?",
        subject.organisation().value(), subject.id()));
  }

  private static InboxMessage read(OrganisationId organisation, ResultSet rs) throws SQLException {
    return new InboxMessage(organisation, OutboxMessageId.of(rs.getString("message_id")), rs.getString("recipient"),
        rs.getString("channel"), rs.getString("kind"), rs.getString("payload"), Db.instant(rs, "delivered_at"));
  }
}
