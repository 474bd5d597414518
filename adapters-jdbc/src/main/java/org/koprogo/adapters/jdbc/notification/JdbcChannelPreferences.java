/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc.notification;

import java.util.List;
import java.util.Objects;
import org.koprogo.adapters.jdbc.JdbcStore;
import org.koprogo.adapters.jdbc.JdbcUnitOfWork;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.ChannelPreferences;
import org.koprogo.ports.out.notification.PersonId;

/**
 * {@link ChannelPreferences} on {@code notification_channel_choices} (V91): append only, an
 * insert per choice; the history is ordered by {@code choice_seq}, the last row counts. {@link
 * #record} joins the {@link JdbcStore}'s unit of work on the thread. Thread-safe.
 */
public final class JdbcChannelPreferences implements ChannelPreferences {
  private final JdbcUnitOfWork db;

  /**
   * The choices on {@code store}'s database.
   *
   * @param store the store whose unit of work the writes join, never null
   */
  public JdbcChannelPreferences(JdbcStore store) {
    this.db = JdbcUnitOfWork.of(Objects.requireNonNull(store, "store"));
  }

  @Override
  public void record(ChannelPreference p) {
    Objects.requireNonNull(p, "preference");
    db.withConnection(c -> NotificationSql.update(c,
        "insert into notification_channel_choices (organisation_id, person_id, channel, chosen_at, actor)"
            + " values (?, ?, ?, ?, ?)",
        p.organisation().value(), p.person().value(), p.channel().name(), p.at(), p.actor()));
  }

  @Override
  public List<ChannelPreference> history(OrganisationId organisation, PersonId person) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(person, "person");
    return db.withConnection(c -> List.copyOf(NotificationSql.query(c,
        "select channel, chosen_at, actor from notification_channel_choices"
            + " where organisation_id = ? and person_id = ? order by choice_seq",
        rs -> new ChannelPreference(organisation, person, ContactChannel.parse(rs.getString("channel"), "channel"),
            NotificationSql.instant(rs, "chosen_at"), rs.getString("actor")),
        organisation.value(), person.value())));
  }
}
