/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Time, as the host sees it: the domain never reads the clock, the use cases ask this port. */
public interface Clock {
  /**
   * The current instant.
   *
   * @return the instant
   */
  Instant now();

  /**
   * The zone in which dates (due dates, assembly days) are counted.
   *
   * @return the zone
   */
  ZoneId zone();

  /**
   * Today's date in {@link #zone()}.
   *
   * @return today
   */
  default LocalDate today() {
    return LocalDate.ofInstant(now(), zone());
  }
}
