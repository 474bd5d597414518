/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the use cases need to reach people, beside the stores: each organisation's consent
 * register, each person's chosen channel, the channel adapters the host configured ({@link
 * Notifications} by {@link Channel}), and the language of a person whose language is not known.
 *
 * @param consents the consent registers, never null
 * @param preferences the chosen channels, never null
 * @param channels the configured channels (copied); a channel without an adapter is not sent on
 * @param defaultLanguage the language of notices to a person whose language is not on record
 */
public record NotificationPorts(
    ConsentRegisters consents,
    ChannelPreferences preferences,
    Map<Channel, Notifications> channels,
    Language defaultLanguage) {
  /**
   * The ports.
   *
   * @param consents the consent registers, never null
   * @param preferences the chosen channels, never null
   * @param channels the configured channels, never null
   * @param defaultLanguage never null
   */
  public NotificationPorts {
    Objects.requireNonNull(consents, "consents");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Map<Channel, Notifications> copy = new EnumMap<>(Channel.class);
    Objects.requireNonNull(channels, "channels").forEach((channel, adapter) -> copy.put(
        Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(adapter, "adapter")));
    channels = Map.copyOf(copy);
  }

  /**
   * Registers in memory and no channel: consents and choices are kept, every notice is for the
   * post (what {@code UseCases} uses when the host gives nothing).
   *
   * @return in-memory notification ports
   */
  public static NotificationPorts inMemory() {
    return new NotificationPorts(ConsentRegisters.inMemory(), new InMemoryChannelPreferences(), Map.of(),
        Language.DUTCH);
  }

  /**
   * These ports with {@code adapter} sending on its channel.
   *
   * @param adapter a channel adapter, never null
   * @return new ports
   */
  public NotificationPorts withChannel(Notifications adapter) {
    Map<Channel, Notifications> all = new EnumMap<>(Channel.class);
    all.putAll(channels);
    all.put(adapter.channel(), adapter);
    return new NotificationPorts(consents, preferences, all, defaultLanguage);
  }
}
