/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.List;
import java.util.Optional;
import org.koprogo.ports.out.OrganisationId;

/**
 * Each person's chosen channel ({@link ChannelPreference}), append only: the latest record counts
 * and the history stays (it is exported with the person's data). {@link #record} joins the
 * caller's unit of work.
 */
public interface ChannelPreferences {

  /**
   * Adds a choice; it takes effect at once.
   *
   * @param preference the choice, never null
   */
  void record(ChannelPreference preference);

  /**
   * The person's choices, in the order they were added.
   *
   * @param organisation the tenant, never null
   * @param person the person, never null
   * @return the choices, oldest first; never null
   */
  List<ChannelPreference> history(OrganisationId organisation, PersonId person);

  /**
   * The choice in force: the one added last.
   *
   * @param organisation the tenant, never null
   * @param person the person, never null
   * @return the latest choice, empty when the person chose nothing
   */
  default Optional<ChannelPreference> current(OrganisationId organisation, PersonId person) {
    List<ChannelPreference> all = history(organisation, person);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
