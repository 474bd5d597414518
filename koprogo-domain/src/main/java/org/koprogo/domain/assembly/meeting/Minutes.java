/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.Quorum;
import org.koprogo.domain.assembly.RejectedProxy;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;

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
 * @param dueOn the last day to send them (the rule set's calendar: 30 days after the meeting,
 *     Civil Code art. 3.89 §5; one month, loi du 10 juillet 1965 art. 42)
 * @param challengeDeadline the last day to challenge a decision in court (4 months after the
 *     meeting, Civil Code art. 3.92 §3; two months after the notification of the minutes, loi du 10
 *     juillet 1965 art. 42), or null while it runs from a notification not yet made
 * @param signatures who signed them at the end of the meeting (Civil Code art. 3.87 §10), or null
 *     when the meeting closed without them
 */
public record Minutes(
    AssemblyId assembly, Session session, String rules, LocalDate meetingOn,
    List<Attendance> attendance, List<RejectedProxy> rejectedProxies, Quorum quorum,
    List<MinutesEntry> entries, LocalDate dueOn, LocalDate challengeDeadline, MinutesSignatures signatures) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param assembly the assembly
   * @param session first or second session
   * @param rules the rule set's name
   * @param meetingOn the day of the meeting
   * @param attendance the attendance list as given
   * @param rejectedProxies the proxies refused
   * @param quorum the quorum checked at the opening
   * @param entries every agenda item, in agenda order
   * @param dueOn the last day to send them (the rule set's calendar: 30 days after the meeting,
   *     Civil Code art. 3.89 §5; one month, loi du 10 juillet 1965 art. 42)
   * @param challengeDeadline the last day to challenge a decision in court (4 months after the
   *     meeting, Civil Code art. 3.92 §3; two months after the notification of the minutes, loi du
   *     10 juillet 1965 art. 42), or null while it runs from a notification not yet made
   * @param signatures who signed them at the end of the meeting (Civil Code art. 3.87 §10), or null
   *     when the meeting closed without them
   */
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
  }

  /**
   * Minutes without signatures.
   *
   * @param assembly the assembly
   * @param session the session
   * @param rules the rule set's name
   * @param meetingOn the day of the meeting
   * @param attendance the attendance list
   * @param rejectedProxies the proxies refused
   * @param quorum the quorum
   * @param entries one entry per agenda item
   * @param dueOn the last day to send the minutes
   * @param challengeDeadline the last day to challenge a decision in court, or null while unknown
   */
  public Minutes(
      AssemblyId assembly, Session session, String rules, LocalDate meetingOn,
      List<Attendance> attendance, List<RejectedProxy> rejectedProxies, Quorum quorum,
      List<MinutesEntry> entries, LocalDate dueOn, LocalDate challengeDeadline) {
    this(assembly, session, rules, meetingOn, attendance, rejectedProxies, quorum, entries, dueOn,
        challengeDeadline, null);
  }

  /**
   * The owners the minutes name on one resolution (Civil Code art. 3.87 §10): those who voted
   * against, and those who abstained (an abstention, a blank or null ballot, or no ballot from an
   * owner present or validly represented and not excluded), each in attendance order. Only they
   * may later challenge the decision.
   *
   * @param against the owners who voted against
   * @param abstained the owners who abstained
   */
  public record Dissent(List<OwnerId> against, List<OwnerId> abstained) {
    /**
     * Copies the lists.
     *
     * @param against the owners who voted against
     * @param abstained the owners who abstained
     */
    public Dissent {
      against = List.copyOf(against);
      abstained = List.copyOf(abstained);
    }
  }

  /**
   * Who voted against and who abstained on {@code item} (on its second vote when there was one),
   * or null when the item was not voted.
   *
   * @param item an agenda item
   * @return the dissenters and abstainers, or null
   */
  public Dissent dissentOn(ResolutionId item) {
    MinutesEntry entry = null;
    for (MinutesEntry e : entries) {
      if (e.item().id().equals(item)) {
        entry = e;
      }
    }
    if (entry == null || !entry.voted()) {
      return null;
    }
    Map<OwnerId, Ballot> ballots = entry.secondVote() != null ? entry.secondVote().ballots() : entry.ballots();
    Set<OwnerId> excluded = entry.secondVote() != null ? entry.secondVote().excluded() : entry.excluded();
    Set<OwnerId> refused = new HashSet<>();
    rejectedProxies.forEach(r -> refused.add(r.owner()));
    List<OwnerId> against = new ArrayList<>();
    List<OwnerId> abstained = new ArrayList<>();
    for (Attendance a : attendance) {
      OwnerId o = a.owner();
      if (refused.contains(o) || excluded.contains(o)) {
        continue;
      }
      Ballot b = ballots.get(o);
      if (b == Ballot.AGAINST) {
        against.add(o);
      } else if (b != Ballot.FOR) {
        abstained.add(o);
      }
    }
    return new Dissent(against, abstained);
  }
}
