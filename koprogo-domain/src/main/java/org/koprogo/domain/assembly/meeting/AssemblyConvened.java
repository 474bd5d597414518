/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;

/**
 * The convocations were sent (Civil Code art. 3.87 §3).
 *
 * @param assembly the assembly
 * @param session first or second session
 * @param convokedOn the day the convocations were sent
 * @param meetingOn the day of the meeting, at least 15 days later
 * @param agenda the agenda's items, in order
 * @param occurredAt when it was recorded
 * @param startsAt the time the meeting starts, or null when the convocation did not record it (an
 *     event stored before it was recorded, or convened without it)
 * @param place where it is held, or null with {@code startsAt}
 */
public record AssemblyConvened(
    AssemblyId assembly, Session session, LocalDate convokedOn, LocalDate meetingOn,
    List<ResolutionId> agenda, Instant occurredAt, LocalTime startsAt, MeetingPlace place)
    implements AssemblyEvent {
  /**
   * The convocations were sent, without the time and place of the meeting.
   *
   * @param assembly the assembly
   * @param session first or second session
   * @param convokedOn the day the convocations were sent
   * @param meetingOn the day of the meeting, at least 15 days later
   * @param agenda the agenda's items, in order
   * @param occurredAt when it was recorded
   */
  public AssemblyConvened(AssemblyId assembly, Session session, LocalDate convokedOn, LocalDate meetingOn,
      List<ResolutionId> agenda, Instant occurredAt) {
    this(assembly, session, convokedOn, meetingOn, agenda, occurredAt, null, null);
  }

  /**
   * Checks that every part is given and copies the agenda.
   *
   * @param assembly the assembly
   * @param session first or second session
   * @param convokedOn the day the convocations were sent
   * @param meetingOn the day of the meeting, at least 15 days later
   * @param agenda the agenda's items, in order
   * @param occurredAt when it was recorded
   * @param startsAt the time the meeting starts, or null
   * @param place where it is held, or null
   */
  public AssemblyConvened {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(convokedOn, "convokedOn");
    Objects.requireNonNull(meetingOn, "meetingOn");
    agenda = List.copyOf(agenda);
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
