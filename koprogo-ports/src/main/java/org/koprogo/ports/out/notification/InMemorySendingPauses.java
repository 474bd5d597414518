/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SendingPauses} in memory: shared by the dispatchers of one process only (tests and
 * single-process hosts). Thread-safe.
 */
public final class InMemorySendingPauses implements SendingPauses {
  private final Map<String, Instant> until = new ConcurrentHashMap<>();

  /** Creates pauses holding no sender. */
  public InMemorySendingPauses() {}

  @Override
  public void pauseUntil(Channel channel, String sender, Instant end) {
    Objects.requireNonNull(end, "until");
    until.merge(key(channel, sender), end, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public Optional<Instant> pausedUntil(Channel channel, String sender, Instant now) {
    Objects.requireNonNull(now, "now");
    Instant end = until.get(key(channel, sender));
    return end != null && end.isAfter(now) ? Optional.of(end) : Optional.empty();
  }

  private static String key(Channel channel, String sender) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    return channel.name() + "|" + sender;
  }
}
