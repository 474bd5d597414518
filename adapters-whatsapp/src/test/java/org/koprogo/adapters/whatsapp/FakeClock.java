/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.koprogo.ports.out.Clock;

/** A clock that moves only when told, and a sleeper that moves it instead of sleeping. */
final class FakeClock implements Clock, Sleeper {
  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();

  FakeClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Europe/Brussels");
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      now = now.plus(duration);
    }
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
