/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.koprogo.ports.out.OrganisationId;

/** {@link ChannelPreferences} in memory, for tests and simple hosts. Thread-safe. */
public final class InMemoryChannelPreferences implements ChannelPreferences {
  private final Map<String, List<ChannelPreference>> records = new ConcurrentHashMap<>();

  /** An empty register: nobody chose anything. */
  public InMemoryChannelPreferences() {}

  @Override
  public void record(ChannelPreference preference) {
    Objects.requireNonNull(preference, "preference");
    records.compute(key(preference.organisation(), preference.person()), (k, list) -> {
      List<ChannelPreference> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
      copy.add(preference);
      return List.copyOf(copy);
    });
  }

  @Override
  public List<ChannelPreference> history(OrganisationId organisation, PersonId person) {
    return records.getOrDefault(key(organisation, person), List.of());
  }

  private static String key(OrganisationId organisation, PersonId person) {
    return organisation.value() + "|" + person.value();
  }
}
