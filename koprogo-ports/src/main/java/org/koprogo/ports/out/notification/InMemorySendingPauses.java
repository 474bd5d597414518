/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SendingPauses} in memory (pauses, slots and recipient guards): shared by the
 * dispatchers of one process only (tests and single-process hosts). Thread-safe.
 */
public final class InMemorySendingPauses implements SendingPauses {
  private final Map<String, Instant> until = new ConcurrentHashMap<>();
  private final Map<String, Instant> nextSlots = new ConcurrentHashMap<>();
  private final Map<String, Turn> turns = new ConcurrentHashMap<>();
  private final Map<String, Instant> holds = new ConcurrentHashMap<>();

  private record Turn(String holder, Instant expires) {}

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

  @Override
  public Instant takeSlot(Channel channel, String sender, Instant earliest, Duration interval) {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(interval, "interval");
    Instant[] taken = new Instant[1];
    nextSlots.compute(key(channel, sender), (k, next) -> {
      taken[0] = next != null && next.isAfter(earliest) ? next : earliest;
      return taken[0].plus(interval);
    });
    return taken[0];
  }

  @Override
  public boolean claimRecipient(
      Channel channel, String sender, String recipient, String holder, Instant now, Instant expires) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(expires, "expires");
    boolean[] taken = new boolean[1];
    turns.compute(key(channel, sender) + "|" + Objects.requireNonNull(recipient, "recipient"), (k, turn) -> {
      if (turn == null || turn.holder().equals(holder) || !turn.expires().isAfter(now)) {
        taken[0] = true;
        return new Turn(holder, expires);
      }
      return turn;
    });
    return taken[0];
  }

  @Override
  public void releaseRecipient(Channel channel, String sender, String recipient, String holder) {
    Objects.requireNonNull(holder, "holder");
    turns.computeIfPresent(key(channel, sender) + "|" + Objects.requireNonNull(recipient, "recipient"),
        (k, turn) -> turn.holder().equals(holder) ? null : turn);
  }

  @Override
  public void holdRecipient(Channel channel, String sender, String recipient, Instant end) {
    Objects.requireNonNull(end, "until");
    holds.merge(key(channel, sender) + "|" + Objects.requireNonNull(recipient, "recipient"), end,
        (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public Optional<Instant> recipientHeldUntil(Channel channel, String sender, String recipient, Instant now) {
    Objects.requireNonNull(now, "now");
    Instant end = holds.get(key(channel, sender) + "|" + Objects.requireNonNull(recipient, "recipient"));
    return end != null && end.isAfter(now) ? Optional.of(end) : Optional.empty();
  }

  private static String key(Channel channel, String sender) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    return channel.name() + "|" + sender;
  }
}
