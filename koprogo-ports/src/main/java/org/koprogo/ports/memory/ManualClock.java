/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.koprogo.ports.out.Clock;

/** A clock that moves only when told to: for tests and simulations. Thread-safe. */
public final class ManualClock implements Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(Instant now, ZoneId zone) {
    this.now = new AtomicReference<>(Objects.requireNonNull(now, "now"));
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * A clock standing at {@code now}, counting dates in Brussels.
   *
   * @param now the instant
   * @return the clock
   */
  public static ManualClock at(Instant now) {
    return new ManualClock(now, ZoneId.of("Europe/Brussels"));
  }

  /**
   * A clock standing at {@code now}, counting dates in {@code zone}.
   *
   * @param now the instant
   * @param zone the zone dates are counted in
   * @return the clock
   */
  public static ManualClock at(Instant now, ZoneId zone) {
    return new ManualClock(now, zone);
  }

  @Override
  public Instant now() {
    return now.get();
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * Moves the clock forward by {@code step}.
   *
   * @param step the duration
   */
  public void advance(Duration step) {
    now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Sets the clock to {@code instant}.
   *
   * @param instant the instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }
}
