/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a minimum period of {@code N} days between two events is counted (a notice "at least 15
 * days before the meeting", a second session "at least 15 days after the first").
 *
 * <p>The statutes rarely say whether the day the convocation is sent and the day of the meeting
 * count. {@link #BOTH_ENDS_EXCLUDED} (the default) needs {@code N} whole free days between them,
 * so an assembly convened that way is valid under either reading; {@link #FIRST_DAY_EXCLUDED} is
 * the common count of procedural periods (Belgian Judicial Code art. 52-53: from the day after the
 * event, the last day included), one day shorter. Deadlines by which someone must act (the syndic
 * convening an assembly owners required, the minutes) always use the shorter count: the day of
 * the event excluded, the last day included.
 */
public enum PeriodCounting {
  /** {@code N} whole days between the two events, neither counted (convened 1 March: 17 March). */
  BOTH_ENDS_EXCLUDED,
  /** The first day not counted, the last counted (convened 1 March: 16 March). */
  FIRST_DAY_EXCLUDED;

  /**
   * True when at least {@code days} days run from {@code from} to {@code to} under this count.
   *
   * @param days the minimum period
   * @param from the first event (a convocation sent, a first session)
   * @param to the second event (the meeting)
   * @return whether the period is respected
   */
  public boolean atLeast(int days, LocalDate from, LocalDate to) {
    return daysCounted(from, to) >= days;
  }

  /**
   * The days counted from {@code from} to {@code to} under this count.
   *
   * @param from the first event
   * @param to the second event
   * @return the days counted
   */
  public long daysCounted(LocalDate from, LocalDate to) {
    long between = ChronoUnit.DAYS.between(from, to);
    return this == BOTH_ENDS_EXCLUDED ? between - 1 : between;
  }

  /**
   * The earliest second event {@code days} days after {@code from} under this count.
   *
   * @param from the first event
   * @param days the minimum period
   * @return the earliest day
   */
  public LocalDate earliest(LocalDate from, int days) {
    return from.plusDays(this == BOTH_ENDS_EXCLUDED ? days + 1L : days);
  }
}
