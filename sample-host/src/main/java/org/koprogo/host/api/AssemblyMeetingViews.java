/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.koprogo.ports.in.assembly.Convened;
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
   * @param startsAt the time the meeting starts ({@code HH:mm}) as the convocation states it, or
   *     null (not convened, or convened without it)
   * @param place where the meeting is held as the convocation states it, or null
   * @param convocations in the answer to the convocation only: how each owner is convened (null
   *     in every other answer)
   */
  public record MeetingView(String id, long version, @Nullable String building, String rules, String session,
      String state, @Nullable String syndic, List<VoterView> votingBody, List<ItemView> agenda,
      @Nullable String convokedOn, @Nullable String meetingOn, @Nullable List<PresenceView> attendance,
      @Nullable QuorumView quorum, List<RejectedProxyView> rejectedProxies, @Nullable String minutesDueOn,
      @Nullable String challengeDeadline, @Nullable String publishedOn, List<EventView> history,
      @Nullable String startsAt, @Nullable String place, @Nullable ConvocationsView convocations) {}

  /**
   * One event of the history: its name and when, with the facts of its kind only (a fact its kind
   * does not have is left out of the JSON).
   *
   * @param event the event's name ({@code AssemblyConvened}, {@code ResolutionAdopted}...)
   * @param occurredAt when it was recorded
   * @param item the agenda item (an item requested, adopted or rejected)
   * @param requestedBy the owners who asked (the assembly or an item)
   * @param sharesHeld their shares (the assembly requested)
   * @param sharesTotal every share (the assembly requested)
   * @param requestedOn the day they asked (the assembly requested)
   * @param convokedOn the day the convocations were sent (convened)
   * @param meetingOn the day of the meeting (convened)
   * @param startsAt the time the meeting starts, when the convocation states it (convened)
   * @param place where it is held, with {@code startsAt} (convened)
   * @param reached whether the quorum was reached (quorum checked)
   * @param legalBasis the statute (an item adopted or rejected)
   * @param notVoted the items left unvoted (closed)
   * @param minutesDueOn the last day to send the minutes (closed)
   * @param publishedOn the day the minutes were sent (published)
   * @param late whether they were sent late (published)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EventView(String event, String occurredAt, @Nullable String item, @Nullable List<String> requestedBy,
      @Nullable String sharesHeld, @Nullable String sharesTotal, @Nullable String requestedOn,
      @Nullable String convokedOn, @Nullable String meetingOn, @Nullable String startsAt, @Nullable String place,
      @Nullable Boolean reached, @Nullable String legalBasis, @Nullable List<String> notVoted,
      @Nullable String minutesDueOn, @Nullable String publishedOn, @Nullable Boolean late) {}

  /**
   * How the owners are convened (Civil Code art. 3.87 §3): the agreed email carrying the
   * convocation, or a registered letter the syndic sends.
   *
   * @param owners each owner of the voting body, in order
   * @param byPost the ids of the owners to convene by registered letter, in order
   */
  public record ConvocationsView(List<OwnerConvocationView> owners, List<String> byPost) {}

  /**
   * One owner's convocation.
   *
   * @param owner the owner's id
   * @param means AGREED_EMAIL (the email is the convocation, its PDF attached) or REGISTERED_LETTER
   * @param channel the channel of the owner's notice: EMAIL, WHATSAPP (a notice announcing the
   *     meeting) or POST (none)
   * @param reason CHOSEN, CONSENTED, NO_ADDRESS, NO_CONSENT or NOTHING_CHOSEN
   * @param queued whether a notice was queued on that channel
   */
  public record OwnerConvocationView(String owner, String means, String channel, String reason, boolean queued) {}

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
  public record ItemView(String id, String title, String majority, @Nullable String decisionType,
      @Nullable String overrideReason, String legalBasis, String origin, List<String> requestedBy,
      @Nullable String failedUnanimityOn, @Nullable VoteView vote) {}

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
    return RecordViews.MAP.meeting(MeetingSummary.of(meeting), null);
  }

  /** The view of a convened meeting, with how each owner is convened. */
  static MeetingView of(Convened convened) {
    List<OwnerConvocationView> owners = convened.owners().stream().map(o -> new OwnerConvocationView(o.owner(),
        o.means().name(), o.channel().name(), o.reason().name(), o.queued())).toList();
    return RecordViews.MAP.meeting(MeetingSummary.of(convened.meeting()), new ConvocationsView(owners,
        convened.byPost().stream().map(Convened.OwnerConvocation::owner).toList()));
  }
}
