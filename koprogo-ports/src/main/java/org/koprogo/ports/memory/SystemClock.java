/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.memory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.koprogo.ports.out.Clock;

/** The machine's clock, for hosts that need nothing else. */
public final class SystemClock implements Clock {
  private final ZoneId zone;

  /**
   * The system clock counting dates in {@code zone}.
   *
   * @param zone the zone dates are counted in
   */
  public SystemClock(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public ZoneId zone() {
    return zone;
  }
}
