/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a convocation states, as a client gives it (Civil Code art. 3.87 §3: the place, the day and
 * the hour of the meeting; sent at least 15 days before, or the statutes' longer notice).
 *
 * @param convokedOn the day the convocations are sent (required)
 * @param startsAt the day and time the meeting starts, to the minute (required)
 * @param place where it is held: one line, at most 200 characters (required)
 * @param meetingOn the day of the meeting, as a client may also state it: null, or the day of
 *     {@code startsAt} (another day is refused, {@code INVALID_FIELD} naming {@code meetingOn})
 */
public record Convocation(LocalDate convokedOn, LocalDateTime startsAt, String place, LocalDate meetingOn) {
  /**
   * A convocation that states the day only through {@code startsAt}.
   *
   * @param convokedOn the day the convocations are sent (required)
   * @param startsAt the day and time the meeting starts, to the minute (required)
   * @param place where it is held (required)
   */
  public Convocation(LocalDate convokedOn, LocalDateTime startsAt, String place) {
    this(convokedOn, startsAt, place, null);
  }
}
