/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.koprogo.adapters.jdbc.notification.JdbcChannelPreferences;
import org.koprogo.adapters.jdbc.notification.JdbcNotificationPersonalData;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.ports.memory.ManualClock;
import org.koprogo.ports.out.DataSubject;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.PersonId;

/** The GDPR export holds the channels a person chose, in order; erasure keeps them (no contact detail). */
abstract class ChannelChoicesExportContract {
  private static final OrganisationId ORG = OrganisationId.of("org-export");
  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  abstract TestDatabase database();

  @Test
  void exportsTheChoices() {
    TestDatabase database = database();
    ManualClock clock = ManualClock.at(T);
    NotificationTables.freshPorts(database, clock);
    JdbcStore store = NotificationTables.store(database, clock);
    PersonId anne = PersonId.of("o-anne-export");
    new JdbcChannelPreferences(store).record(new ChannelPreference(ORG, anne, ContactChannel.EMAIL, T, "syndic"));
    new JdbcChannelPreferences(store).record(
        new ChannelPreference(ORG, anne, ContactChannel.POST, T.plusSeconds(60), "o-anne-export"));
    DataSubject subject = new DataSubject(ORG, DataSubject.Kind.OWNER, anne.value());

    var export = new JdbcNotificationPersonalData(store).export(subject);
    new JdbcNotificationPersonalData(store).erase(subject, T.plusSeconds(120));

    assertThat(export.get("notificationChannelChoices")).extracting(r -> r.get("channel"))
        .containsExactly("EMAIL", "POST");
    assertThat(export.get("notificationChannelChoices").get(1)).containsEntry("actor", "o-anne-export")
        .containsEntry("chosenAt", T.plusSeconds(60).toString());
    assertThat(new JdbcChannelPreferences(store).history(ORG, anne)).hasSize(2);
  }
}
