/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Objects;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.ports.out.OrganisationId;

/**
 * A person's choice of the channel the organisation's notices reach them on. Choices are only
 * added, never changed: the latest one counts.
 *
 * @param organisation the tenant, never null
 * @param person the owner's or member's id, never null
 * @param channel the chosen channel, never null
 * @param at when the choice was made, never null
 * @param actor who recorded it (the person's own account, or the syndic), never blank
 */
public record ChannelPreference(
    OrganisationId organisation, PersonId person, ContactChannel channel, Instant at, String actor) {
  /**
   * A choice.
   *
   * @param organisation the tenant, never null
   * @param person the person, never null
   * @param channel the channel, never null
   * @param at when, never null
   * @param actor who recorded it, never null
   */
  public ChannelPreference {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
  }
}
