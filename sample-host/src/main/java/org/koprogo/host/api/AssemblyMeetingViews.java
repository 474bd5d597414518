/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import java.util.List;
import java.util.Map;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.MeetingSummary;

/**
 * What the assembly lifecycle API returns: the assembly as it stands (state, voting body, agenda,
 * attendance, quorum, proxies refused, each item's vote) and its history. Votes and shares are
 * exact strings ({@code "450"}, {@code "1/3"}), dates ISO.
 */
public final class AssemblyMeetingViews {
  private AssemblyMeetingViews() {}

  /**
   * One general assembly through its lifecycle.
   *
   * @param version the version to name in the next change
   * @param building the building, or null for an organisation's assembly
   * @param votingBody who votes and with how many votes
   * @param agenda every item in order, with its vote once voted
   * @param attendance the attendance list once opened, else null
   * @param quorum the quorum checked at the opening, else null
   * @param rejectedProxies the proxies the rules refused at the opening (their principal counts
   *     as absent), each with its stable code
   * @param history every event raised, oldest first
   */
  public record MeetingView(String id, long version, String building, String rules, String session, String state,
      String syndic, List<VoterView> votingBody, List<ItemView> agenda, String convokedOn, String meetingOn,
      List<PresenceView> attendance, QuorumView quorum, List<RejectedProxyView> rejectedProxies,
      String minutesDueOn, String challengeDeadline, String publishedOn, List<Map<String, Object>> history) {}

  /** One member of the voting body. */
  public record VoterView(String id, String shares, int lots, boolean inGoodStanding) {}

  /**
   * One agenda item.
   *
   * @param majority the majority applied (ABSOLUTE, TWO_THIRDS...)
   * @param decisionType the decision type it was derived from, or null when stated directly
   * @param overrideReason why the decision type's majority was overridden, or null
   * @param legalBasis the statute, as the minutes write it
   * @param origin SYNDIC or OWNER_REQUEST
   * @param vote its vote, or null while not voted
   */
  public record ItemView(String id, String title, String majority, String decisionType, String overrideReason,
      String legalBasis, String origin, List<String> requestedBy, String failedUnanimityOn, VoteView vote) {}

  /** The vote on one item: ballots as cast, totals (capped votes) and outcome. */
  public record VoteView(String outcome, boolean adopted, String forVotes, String against, String abstained,
      List<String> capped, Map<String, String> ballots, List<String> excluded) {}

  /** One line of the attendance list. */
  public record PresenceView(String owner, String mode, String holder) {}

  /** The quorum checked at the opening, with what it counted. */
  public record QuorumView(boolean reached, String rule, int ownersPresent, int ownersTotal, int lotsPresent,
      int lotsTotal, String sharesPresent, String sharesTotal) {}

  /** A refused proxy: {@code code} is SYNDIC_CANNOT_HOLD_PROXY or TOO_MANY_PROXIES. */
  public record RejectedProxyView(String owner, String holder, String code) {}

  /** The view of {@code meeting}: the library's summary of it, as JSON. */
  static MeetingView of(Meeting meeting) {
    return RecordViews.MAP.meeting(MeetingSummary.of(meeting));
  }
}
