/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.ports.contract.ContractBase;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.out.OrganisationId;
import org.koprogo.ports.out.notification.ChannelPreference;
import org.koprogo.ports.out.notification.ChannelPreferences;
import org.koprogo.ports.out.notification.PersonId;

/**
 * The contract of every {@link ChannelPreferences}: nothing chosen by default, the last choice in
 * force (even at the same instant), the history in order, one organisation never seeing another's.
 */
public abstract class ChannelPreferencesContract extends ContractBase {
  private static final Instant T = PortsFixtures.T0;
  private static final PersonId ANNE = PersonId.of("owner-anne");
  private static final OrganisationId OTHER = OrganisationId.of("org-other");

  /**
   * The choices on the store of this test.
   *
   * @return the register
   */
  protected abstract ChannelPreferences preferences();

  @Test
  void nothingIsChosenByDefault() {
    assertThat(preferences().current(PortsFixtures.ACME, ANNE)).isEmpty();
    assertThat(preferences().history(PortsFixtures.ACME, ANNE)).isEmpty();
  }

  @Test
  void theLastChoiceCountsAndTheHistoryIsKeptInOrder() {
    ChannelPreferences p = preferences();
    ChannelPreference email = new ChannelPreference(PortsFixtures.ACME, ANNE, ContactChannel.EMAIL, T, "syndic");
    ChannelPreference post = new ChannelPreference(PortsFixtures.ACME, ANNE, ContactChannel.POST, T, "owner-anne");

    p.record(email);
    p.record(post);

    assertThat(p.current(PortsFixtures.ACME, ANNE)).contains(post);
    assertThat(p.history(PortsFixtures.ACME, ANNE)).containsExactly(email, post);
  }

  @Test
  void everyChannelIsStoredByItsStableName() {
    for (ContactChannel channel : ContactChannel.values()) {
      PersonId person = PersonId.of("person-" + channel.name());
      preferences().record(new ChannelPreference(PortsFixtures.ACME, person, channel, T, "syndic"));

      assertThat(preferences().current(PortsFixtures.ACME, person)).map(ChannelPreference::channel).contains(channel);
    }
  }

  @Test
  void oneOrganisationNeverSeesAnothersChoices() {
    preferences().record(new ChannelPreference(OTHER, ANNE, ContactChannel.WHATSAPP, T, "x"));

    assertThat(preferences().current(PortsFixtures.ACME, ANNE)).isEmpty();
    assertThat(preferences().current(OTHER, ANNE)).map(ChannelPreference::channel).contains(ContactChannel.WHATSAPP);
  }
}
