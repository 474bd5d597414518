/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Day-count helpers and the Belgian statutory figures, kept for code that reads them; the
 * lifecycle reads the periods of its rule set ({@link org.koprogo.domain.assembly.AssemblyCalendar},
 * counted as {@link org.koprogo.domain.assembly.PeriodCounting} says, both end days excluded by
 * default). Here a delay of {@code N}
 * days between two dates means {@code ChronoUnit.DAYS.between(from, to) >= N}, i.e. the day of
 * the first event is not counted and the day of the second is (convoked on 1 March, the meeting
 * can be held on 16 March at the earliest). Months are calendar months ({@link
 * LocalDate#plusMonths}, the last day of a shorter month when the day does not exist).
 */
public final class NoticePeriods {
  /** Civil Code art. 3.87 §3: the convocation is sent at least 15 days before the meeting. */
  public static final int CONVOCATION_DAYS = 15;
  /** Civil Code art. 3.87 §5: a second session sits at least 15 days after a first without quorum. */
  public static final int SECOND_SESSION_DAYS = 15;
  /** Civil Code art. 3.88: the unanimity of those present, at least 30 days after a failed unanimity. */
  public static final int UNANIMITY_AGAIN_DAYS = 30;
  /** Civil Code art. 3.89 §5: the minutes are sent to the owners within 30 days of the assembly. */
  public static final int MINUTES_DAYS = 30;
  /** Civil Code art. 3.92 §3: a decision can be challenged in court within 4 months of the assembly. */
  public static final Period CHALLENGE_PERIOD = Period.ofMonths(4);

  private NoticePeriods() {}

  /**
   * Whole days from {@code from} to {@code to}: the first day not counted, the last counted.
   *
   * @param from the first day (not counted)
   * @param to the last day (counted)
   * @return the days
   */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  /**
   * True when at least {@code days} days run from {@code from} to {@code to}.
   *
   * @param days the minimum period
   * @param from the first day (not counted)
   * @param to the last day (counted)
   * @return whether the period is respected
   */
  public static boolean atLeast(int days, LocalDate from, LocalDate to) {
    return daysBetween(from, to) >= days;
  }

  /**
   * The earliest meeting date for a convocation sent on {@code sentOn}.
   *
   * @param sentOn the day the convocation is sent
   * @return the earliest day
   */
  public static LocalDate earliestMeeting(LocalDate sentOn) {
    return sentOn.plusDays(CONVOCATION_DAYS);
  }

  /**
   * The last day to send the minutes of an assembly held on {@code meetingOn}.
   *
   * @param meetingOn the day of the assembly
   * @return the last day
   */
  public static LocalDate minutesDueOn(LocalDate meetingOn) {
    return meetingOn.plusDays(MINUTES_DAYS);
  }

  /**
   * The last day to challenge in court a decision of an assembly held on {@code meetingOn}.
   *
   * @param meetingOn the day of the assembly
   * @return the last day
   */
  public static LocalDate challengeDeadline(LocalDate meetingOn) {
    return meetingOn.plus(CHALLENGE_PERIOD);
  }
}
