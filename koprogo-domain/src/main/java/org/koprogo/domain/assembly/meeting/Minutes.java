/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Quorum;
import org.koprogo.domain.assembly.RejectedProxy;
import org.koprogo.domain.assembly.Session;

/**
 * The structured minutes of an assembly: attendance, proxies, quorum, every item with its vote,
 * totals, outcome and legal basis, the day they are due and the deadline to challenge a decision.
 *
 * @param assembly the assembly
 * @param session first or second session
 * @param rules the rule set's name
 * @param meetingOn the day of the meeting
 * @param attendance the attendance list as given
 * @param rejectedProxies the proxies refused
 * @param quorum the quorum checked at the opening
 * @param entries every agenda item, in agenda order
 * @param dueOn the last day to send them (30 days after the meeting, Civil Code art. 3.89 §5)
 * @param challengeDeadline the last day to challenge a decision in court (4 months after the
 *     meeting, Civil Code art. 3.92 §3)
 */
public record Minutes(
    AssemblyId assembly, Session session, String rules, LocalDate meetingOn,
    List<Attendance> attendance, List<RejectedProxy> rejectedProxies, Quorum quorum,
    List<MinutesEntry> entries, LocalDate dueOn, LocalDate challengeDeadline) {
  public Minutes {
    Objects.requireNonNull(assembly, "assembly");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(meetingOn, "meetingOn");
    attendance = List.copyOf(attendance);
    rejectedProxies = List.copyOf(rejectedProxies);
    Objects.requireNonNull(quorum, "quorum");
    entries = List.copyOf(entries);
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(challengeDeadline, "challengeDeadline");
  }
}
