/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OutboxMessageId;
import org.koprogo.ports.out.PersonalDataHolder;
import org.koprogo.ports.out.PersonalDetails;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.NotificationRecords;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The notification tables of {@code V60__notifications.sql} for the GDPR export and erasure
 * (docs/gdpr.md): the person's consent records ({@code notification_consents}, person id = the
 * owner's or member's id) and the journal of the outbox messages addressed to their phone or
 * e-mail ({@code notification_attempts}, {@code notification_receipts}, {@code
 * notification_deliveries}), and the channels the person chose ({@code
 * notification_channel_choices}, kept by erasure: they hold no contact detail).
 *
 * <p>Erasure keeps every consent record (the proof of consent, GDPR art. 7(1), kept for legal
 * claims, art. 17(3)(e)) with the person's phone number and e-mail address redacted from the
 * proofs, appends an opt-out on every channel still allowed, and empties the channel's details
 * (failure reasons) in the journal, whose statuses and dates stay. It finds the messages through
 * the person's details in the store, so it must run before the store's own erasure: add it with
 * {@code OutPorts.withPersonalDataFirst}. Joins the store's unit of work.
 */
public final class JdbcNotificationPersonalData implements PersonalDataHolder {
  private final JdbcStore store;
  private final JdbcUnitOfWork db;

  public JdbcNotificationPersonalData(JdbcStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.db = JdbcUnitOfWork.of(store);
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(DataSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return db.inTransaction(
        c -> {
          PersonalDetails details = NotificationRecords.details(store.ports(), subject);
          List<OutboxMessageId> messages = new ArrayList<>();
          for (Addressed m : addressed(c, subject, details)) {
            messages.add(m.id());
          }
          Map<String, List<Map<String, Object>>> sets = new java.util.LinkedHashMap<>(NotificationRecords.export(
              new JdbcConsents(store, subject.organisation()), new JdbcDeliveryJournal(store),
              NotificationRecords.person(subject), messages));
          List<Map<String, Object>> choices = new ArrayList<>();
          for (ChannelPreference p : new JdbcChannelPreferences(store)
              .history(subject.organisation(), NotificationRecords.person(subject))) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("person", p.person().value());
            row.put("channel", p.channel().name());
            row.put("chosenAt", p.at().toString());
            row.put("actor", p.actor());
            choices.add(java.util.Collections.unmodifiableMap(row));
          }
          sets.put("notificationChannelChoices", List.copyOf(choices));
          return sets;
        });
  }

  @Override
  public int erase(DataSubject subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    return db.inTransaction(
        c -> {
          PersonalDetails details = NotificationRecords.details(store.ports(), subject);
          PersonId person = NotificationRecords.person(subject);
          int count = 0;
          for (Addressed m : addressed(c, subject, details)) {
            String external = m.externalId() == null ? "" : m.externalId();
            String inAttempts =
                "select external_id from notification_attempts where message_id = ? and external_id is not null";
            count += NotificationSql.update(
                c,
                "update notification_receipts set detail = '' where detail <> '' and (message_id = ? or external_id = ?"
                    + " or external_id in (" + inAttempts + "))",
                m.id().value(), external, m.id().value());
            count += NotificationSql.update(
                c,
                "update notification_deliveries set detail = '' where detail <> '' and (message_id = ? or external_id = ?"
                    + " or external_id in (" + inAttempts + "))",
                m.id().value(), external, m.id().value());
          }
          for (String quoted : NotificationRecords.quotedAddresses(details)) {
            count += NotificationSql.update(
                c,
                "update notification_consents set proof = replace(proof, ?, ?)"
                    + " where organisation_id = ? and person_id = ? and replace(proof, ?, ?) <> proof",
                quoted, NotificationRecords.ERASED, subject.organisation().value(), person.value(), quoted,
                NotificationRecords.ERASED);
          }
          count += NotificationRecords.withdrawAll(new JdbcConsents(store, subject.organisation()), person, at);
          return count;
        });
  }

  private static List<Addressed> addressed(Connection c, DataSubject subject, PersonalDetails details)
      throws SQLException {
    List<Addressed> result = new ArrayList<>();
    for (String address : NotificationRecords.addresses(details)) {
      result.addAll(
          NotificationSql.query(
              c,
              "select message_id, external_id from outbox_messages where organisation_id = ? and recipient = ?"
                  + " order by created_at",
              rs -> new Addressed(OutboxMessageId.of(rs.getString(1)), rs.getString(2)),
              subject.organisation().value(), address));
    }
    return result;
  }

  private record Addressed(OutboxMessageId id, String externalId) {}
}
