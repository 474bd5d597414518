/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.whatsapp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours in which nothing is sent (by default 21:00 to 08:00, Brussels time): a message due
 * then waits for the end of the quiet hours. {@code start} after {@code end} spans midnight;
 * {@code start} equal to {@code end} means no quiet hours.
 *
 * @param start when the quiet hours begin (inclusive), never null
 * @param end when they end (exclusive), never null
 * @param zone the zone the hours are read in, never null
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
  }

  /** 21:00 to 08:00 in Europe/Brussels. */
  public static QuietHours brusselsNights() {
    return new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Brussels"));
  }

  /** No quiet hours at all. */
  public static QuietHours none() {
    return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC"));
  }

  /** Whether {@code instant} falls in the quiet hours. */
  public boolean contains(Instant instant) {
    if (start.equals(end)) {
      return false;
    }
    LocalTime time = instant.atZone(zone).toLocalTime();
    return start.isBefore(end)
        ? !time.isBefore(start) && time.isBefore(end)
        : !time.isBefore(start) || time.isBefore(end);
  }

  /** When a message due at {@code instant} may leave: empty now, or the end of the quiet hours. */
  public Optional<Instant> deferral(Instant instant) {
    if (!contains(instant)) {
      return Optional.empty();
    }
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalTime().isBefore(end) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    return Optional.of(ZonedDateTime.of(day, end, zone).toInstant());
  }
}
