/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The periods and thresholds of an assembly's life under one rule set: the notice, the second
 * session, who may require an assembly and how fast it is convened, the owners' items, the
 * minutes and the challenge. Each {@link VotingRules} names its own ({@link #belgian(int)},
 * {@link #french()}), so a French assembly never runs on Belgian periods. Immutable.
 *
 * @param convocationDays the minimum notice in days (Belgium: the statutes', at least 15;
 *     France: 21)
 * @param counting how a minimum period is counted (see {@link PeriodCounting})
 * @param secondSessionDays the minimum days between a first session without quorum and the second
 *     session, or null when the rule set has no second session (France)
 * @param requestShare the part of all votes (shares) whose holders may require an assembly
 * @param requestConvocationDays the days, from receipt of the owners' request, within which the
 *     convocation is sent, or null when the law sets none
 * @param ownersItemsLeadDays how many days before the first day of the statutory period of the
 *     ordinary assembly the owners' written items must be received to be put on its agenda, or
 *     null when the law sets none
 * @param minutesWithin the period, from the meeting, within which the minutes are sent
 * @param challengeFromNotification true when the period to challenge a decision runs from the
 *     notification of the minutes (France), false when it runs from the meeting (Belgium)
 * @param challengeWithin the period to challenge a decision in court
 */
public record AssemblyCalendar(
    int convocationDays, PeriodCounting counting, Integer secondSessionDays, Fraction requestShare,
    Integer requestConvocationDays, Integer ownersItemsLeadDays, Period minutesWithin,
    boolean challengeFromNotification, Period challengeWithin) {

  /** Civil Code art. 3.87 §3: the convocation is sent at least 15 days before the meeting. */
  public static final int BELGIAN_MINIMUM_NOTICE_DAYS = 15;

  /**
   * Checks the calendar.
   *
   * @param convocationDays the minimum notice in days (Belgium: the statutes', at least 15; France:
   *     21)
   * @param counting how a minimum period is counted (see {@link PeriodCounting})
   * @param secondSessionDays the minimum days between a first session without quorum and the second
   *     session, or null when the rule set has no second session (France)
   * @param requestShare the part of all votes (shares) whose holders may require an assembly
   * @param requestConvocationDays the days, from receipt of the owners' request, within which the
   *     convocation is sent, or null when the law sets none
   * @param ownersItemsLeadDays how many days before the first day of the statutory period of the
   *     ordinary assembly the owners' written items must be received to be put on its agenda, or
   *     null when the law sets none
   * @param minutesWithin the period, from the meeting, within which the minutes are sent
   * @param challengeFromNotification true when the period to challenge a decision runs from the
   *     notification of the minutes (France), false when it runs from the meeting (Belgium)
   * @param challengeWithin the period to challenge a decision in court
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code noticeDays}) for a negative notice
   */
  public AssemblyCalendar {
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(requestShare, "requestShare");
    Objects.requireNonNull(minutesWithin, "minutesWithin");
    Objects.requireNonNull(challengeWithin, "challengeWithin");
    if (convocationDays < 0) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a notice of " + convocationDays + " days is negative",
          "field", "noticeDays", "value", convocationDays);
    }
  }

  /**
   * The Belgian calendar with the notice the statutes set (Civil Code art. 3.87 §3: "at least
   * fifteen days", unless urgent), counted {@link PeriodCounting#BOTH_ENDS_EXCLUDED}: second
   * session at least 15 days after the first (art. 3.87 §5); a fifth of the shares may require an
   * assembly, convened within 30 days of receipt of the request (art. 3.87 §2); owners' items
   * received at least three weeks before the first day of the statutory period go on the agenda
   * (art. 3.87 §3); minutes sent within 30 days (art. 3.89 §5); challenge within four months of
   * the assembly (art. 3.92 §3).
   *
   * @param statutoryNoticeDays the notice in the statutes, at least 15 days
   * @return the calendar
   * @throws KoproGoException {@code INVALID_FIELD} for a statutory notice under 15 days
   * @throws KoproGoException {@code INVALID_FIELD} for a notice under 15 days
   */
  public static AssemblyCalendar belgian(int statutoryNoticeDays) {
    if (statutoryNoticeDays < BELGIAN_MINIMUM_NOTICE_DAYS) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "the statutes' notice of " + statutoryNoticeDays
              + " days is under the 15 days of Civil Code art. 3.87 §3",
          "field", "noticeDays", "value", statutoryNoticeDays);
    }
    return new AssemblyCalendar(statutoryNoticeDays, PeriodCounting.BOTH_ENDS_EXCLUDED, 15, Fraction.of(1, 5),
        30, 21, Period.ofDays(30), false, Period.ofMonths(4));
  }

  /**
   * The French calendar (loi n° 65-557 du 10 juillet 1965 and décret n° 67-223 du 17 mars 1967):
   * notice of 21 days (décret art. 9); no second session (no quorum to miss); a quarter of the
   * votes of all the co-owners may require an assembly (décret art. 8; loi art. 17); minutes
   * notified within one month of the assembly and a challenge within two months of that
   * notification (loi art. 42, al. 2; décret art. 18); no period for owners' items (décret art.
   * 10: put on the agenda of the next assembly).
   *
   * @return the calendar
   */
  public static AssemblyCalendar french() {
    return new AssemblyCalendar(21, PeriodCounting.BOTH_ENDS_EXCLUDED, null, Fraction.of(1, 4), null, null,
        Period.ofMonths(1), true, Period.ofMonths(2));
  }

  /**
   * The same calendar with minimum periods counted as {@code c} says.
   *
   * @param c how minimum periods are counted
   * @return the calendar
   */
  public AssemblyCalendar counting(PeriodCounting c) {
    return new AssemblyCalendar(convocationDays, c, secondSessionDays, requestShare, requestConvocationDays,
        ownersItemsLeadDays, minutesWithin, challengeFromNotification, challengeWithin);
  }

  /**
   * True when the rule set has a second session after a first without quorum.
   *
   * @return whether there is a second session
   */
  public boolean hasSecondSession() {
    return secondSessionDays != null;
  }

  /**
   * True when a convocation sent on {@code sentOn} gives the notice for a meeting on {@code meetingOn}.
   *
   * @param sentOn the day the convocation is sent
   * @param meetingOn the day of the meeting
   * @return whether the notice is given
   */
  public boolean noticeGiven(LocalDate sentOn, LocalDate meetingOn) {
    return counting.atLeast(convocationDays, sentOn, meetingOn);
  }

  /**
   * The earliest meeting for a convocation sent on {@code sentOn}.
   *
   * @param sentOn the day the convocation is sent
   * @return the first day the meeting may be held
   */
  public LocalDate earliestMeeting(LocalDate sentOn) {
    return counting.earliest(sentOn, convocationDays);
  }

  /**
   * True when a second session on {@code meetingOn} sits late enough after the first, on {@code firstOn}.
   *
   * @param firstOn the day of the first session
   * @param meetingOn the day of the second session
   * @return whether the second session may sit on that day (false without a second session)
   */
  public boolean secondSessionLateEnough(LocalDate firstOn, LocalDate meetingOn) {
    return hasSecondSession() && counting.atLeast(secondSessionDays, firstOn, meetingOn);
  }

  /**
   * The last day to send the convocation of an assembly owners required, their request received
   * on {@code receivedOn}, or null when the law sets no such period.
   *
   * @param receivedOn the day the owners' request was received
   * @return the last day, or null
   */
  public LocalDate requestedConvocationDueBy(LocalDate receivedOn) {
    return requestConvocationDays == null ? null : receivedOn.plusDays(requestConvocationDays);
  }

  /**
   * True when an owner's written item received on {@code receivedOn} must be on the agenda of
   * the ordinary assembly whose statutory period starts on {@code periodStartsOn}: received at
   * least {@link #ownersItemsLeadDays} days before (three weeks in Belgium). False when the law
   * sets no such period.
   *
   * @param receivedOn the day the owner's item was received
   * @param periodStartsOn the first day of the statutory period of the ordinary assembly
   * @return whether the item must be on the agenda
   */
  public boolean itemMustBeOnAgenda(LocalDate receivedOn, LocalDate periodStartsOn) {
    return ownersItemsLeadDays != null && !receivedOn.isAfter(periodStartsOn.minusDays(ownersItemsLeadDays));
  }

  /**
   * The last day to send the minutes of a meeting on {@code meetingOn}.
   *
   * @param meetingOn the day of the meeting
   * @return the last day
   */
  public LocalDate minutesDueOn(LocalDate meetingOn) {
    return meetingOn.plus(minutesWithin);
  }

  /**
   * The last day to challenge a decision in court: from the meeting, or from the notification of
   * the minutes (null while they are not notified) when the period runs from it.
   *
   * @param meetingOn the day of the meeting
   * @param minutesNotifiedOn the day the minutes were notified, or null
   * @return the last day, or null when it cannot be known yet
   */
  public LocalDate challengeDeadline(LocalDate meetingOn, LocalDate minutesNotifiedOn) {
    if (challengeFromNotification) {
      return minutesNotifiedOn == null ? null : minutesNotifiedOn.plus(challengeWithin);
    }
    return meetingOn == null ? null : meetingOn.plus(challengeWithin);
  }
}
