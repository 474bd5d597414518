/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.util.List;
import java.util.Objects;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.Channel;
import org.koprogo.ports.out.notification.ConsentDecision;
import org.koprogo.ports.out.notification.ConsentRecord;
import org.koprogo.ports.out.notification.Consents;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The consent register of one organisation on {@code notification_consents}: append only (an
 * insert per record, never an update or a delete), every statement scoped by the organisation
 * given at construction, so one organisation's register never shows another's records. The
 * history is ordered by the order records were added ({@code consent_seq}); the record in force
 * is the port's rule (latest {@code at}, a later-added one winning a tie).
 *
 * <p>{@link #record} joins the {@link JdbcStore}'s unit of work on the thread: an opt-in stored
 * with the change that collected it commits with it. Thread-safe.
 */
public final class JdbcConsents implements Consents {
  private final JdbcUnitOfWork db;
  private final OrganisationId organisation;

  /** The register of {@code organisation} on {@code store}'s database. */
  public JdbcConsents(JdbcStore store, OrganisationId organisation) {
    this.db = JdbcUnitOfWork.of(Objects.requireNonNull(store, "store"));
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /** The organisation whose register this is. */
  public OrganisationId organisation() {
    return organisation;
  }

  @Override
  public void record(ConsentRecord record) {
    Objects.requireNonNull(record, "record");
    db.withConnection(
        c ->
            NotificationSql.update(
                c,
                "insert into notification_consents (organisation_id, person_id, channel, decision, decided_at, proof)"
                    + " values (?, ?, ?, ?, ?, ?)",
                organisation.value(), record.person().value(), record.channel().name(), record.decision().name(),
                record.at(), record.proof()));
  }

  @Override
  public List<ConsentRecord> history(PersonId person, Channel channel) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    return db.withConnection(
        c ->
            List.copyOf(
                NotificationSql.query(
                    c,
                    "select decision, decided_at, proof from notification_consents"
                        + " where organisation_id = ? and person_id = ? and channel = ? order by consent_seq",
                    rs ->
                        new ConsentRecord(
                            person, channel, ConsentDecision.valueOf(rs.getString("decision")),
                            NotificationSql.instant(rs, "decided_at"), rs.getString("proof")),
                    organisation.value(), person.value(), channel.name())));
  }
}
