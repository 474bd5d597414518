/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.assembly;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.CappedVoter;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.Quorum;
import org.koprogo.domain.assembly.RejectedProxy;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.assembly.meeting.AgendaItem;
import org.koprogo.domain.assembly.meeting.AgendaItemRequested;
import org.koprogo.domain.assembly.meeting.AssemblyClosed;
import org.koprogo.domain.assembly.meeting.AssemblyConvened;
import org.koprogo.domain.assembly.meeting.AssemblyEvent;
import org.koprogo.domain.assembly.meeting.AssemblyRequested;
import org.koprogo.domain.assembly.meeting.GeneralAssembly;
import org.koprogo.domain.assembly.meeting.MinutesEntry;
import org.koprogo.domain.assembly.meeting.MinutesPublished;
import org.koprogo.domain.assembly.meeting.QuorumChecked;
import org.koprogo.domain.assembly.meeting.ResolutionAdopted;
import org.koprogo.domain.assembly.meeting.ResolutionRejected;
import org.koprogo.domain.building.OwnerId;

/**
 * A general assembly as it stands, in plain values a client shows: state, voting body, agenda
 * with each item's vote, attendance, the quorum checked, the proxies refused, the deadlines the
 * assembly's own calendar gives, and its history. Votes and shares are exact strings ({@code
 * "450"}, {@code "1/3"}), dates ISO, ids and codes their text. Built from a {@link Meeting} by
 * {@link #of}; nothing is read or stored. A host may write it as it is (the sample host's JSON
 * answers are these records); a fact that may be absent is marked {@link Nullable} (Jakarta
 * Annotations, which Micronaut, OpenAPI generators and JSON readers recognise).
 *
 * @param id the assembly's id
 * @param version the version to name in the next change
 * @param building the building, or null for an organisation's assembly
 * @param rules the rule set's name
 * @param session FIRST or SECOND
 * @param state the lifecycle's state
 * @param syndic the syndic's id, or null
 * @param votingBody who votes and with how many votes
 * @param agenda every item in order, with its vote once voted
 * @param convokedOn the day the convocation was sent, or null
 * @param meetingOn the day of the meeting, or null
 * @param attendance the attendance list once opened, else null
 * @param quorum the quorum checked at the opening, else null
 * @param rejectedProxies the proxies the rules refused at the opening, each with its stable code
 * @param minutesDueOn the last day to send the minutes (the rule set's calendar), or null
 * @param challengeDeadline the last day to challenge a decision in court, or null
 * @param publishedOn the day the minutes were published, or null
 * @param history every event raised, oldest first: its name, when, and its facts
 * @param startsAt the time the meeting starts ({@code HH:mm}) as the convocation states it, or
 *     null (not convened, or convened without it)
 * @param place where the meeting is held as the convocation states it, or null
 * @param convocations in the answer to a convocation only ({@link #of(Convened)}): how each owner
 *     is convened; null in every other summary
 */
public record MeetingSummary(
    String id, long version, @Nullable String building, String rules, String session, String state,
    @Nullable String syndic, List<Voter> votingBody, List<Item> agenda, @Nullable String convokedOn,
    @Nullable String meetingOn, @Nullable List<Presence> attendance, @Nullable QuorumCount quorum,
    List<Refusal> rejectedProxies, @Nullable String minutesDueOn, @Nullable String challengeDeadline,
    @Nullable String publishedOn, List<Event> history, @Nullable String startsAt, @Nullable String place,
    @Nullable Convocations convocations) {

  /**
   * How the owners are convened (Civil Code art. 3.87 §3): the agreed email carrying the
   * convocation, or a registered letter the syndic sends.
   *
   * @param owners each owner of the voting body, in order
   * @param byPost the ids of the owners to convene by registered letter, in order
   */
  public record Convocations(List<OwnerConvocation> owners, List<String> byPost) {}

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
  public record OwnerConvocation(String owner, String means, String channel, String reason, boolean queued) {}

  /**
   * One member of the voting body.
   *
   * @param id the owner's id
   * @param shares their shares (votes before the cap)
   * @param lots how many lots they hold
   * @param inGoodStanding false when their arrears bar them (a rule set's choice)
   */
  public record Voter(String id, String shares, int lots, boolean inGoodStanding) {}

  /**
   * One agenda item.
   *
   * @param id the item's id
   * @param title its title
   * @param majority the majority applied (ABSOLUTE, TWO_THIRDS...)
   * @param decisionType the decision type it was derived from, or null when stated directly
   * @param overrideReason why the decision type's majority was overridden, or null
   * @param legalBasis the statute, as the minutes write it
   * @param origin SYNDIC or OWNER_REQUEST
   * @param requestedBy the owners who requested it
   * @param failedUnanimityOn the day unanimity failed (the vote again at four fifths), or null
   * @param vote its vote, or null while not voted
   */
  public record Item(String id, String title, String majority, @Nullable String decisionType,
      @Nullable String overrideReason, String legalBasis, String origin, List<String> requestedBy,
      @Nullable String failedUnanimityOn, @Nullable Vote vote) {}

  /**
   * The vote on one item: ballots as cast, totals (capped votes) and outcome.
   *
   * @param outcome the outcome's name
   * @param adopted true when adopted
   * @param forVotes the votes for
   * @param against the votes against
   * @param abstained the abstentions
   * @param capped the voters whose votes were capped
   * @param ballots each owner's ballot
   * @param excluded the owners excluded from this vote (conflict of interest)
   */
  public record Vote(String outcome, boolean adopted, String forVotes, String against, String abstained,
      List<String> capped, Map<String, String> ballots, List<String> excluded) {}

  /**
   * One line of the attendance list.
   *
   * @param owner the owner
   * @param mode PRESENT or PROXY
   * @param holder who holds the proxy, or null
   */
  public record Presence(String owner, String mode, @Nullable String holder) {}

  /**
   * The quorum checked at the opening, with what it counted.
   *
   * @param reached true when reached
   * @param rule the rule that reached it, or null
   * @param ownersPresent owners present or represented
   * @param ownersTotal owners of the voting body
   * @param lotsPresent their lots
   * @param lotsTotal every lot
   * @param sharesPresent their shares
   * @param sharesTotal every share
   */
  public record QuorumCount(boolean reached, @Nullable String rule, int ownersPresent, int ownersTotal, int lotsPresent,
      int lotsTotal, String sharesPresent, String sharesTotal) {}

  /**
   * A refused proxy.
   *
   * @param owner the principal (counted absent)
   * @param holder who held it
   * @param code SYNDIC_CANNOT_HOLD_PROXY or TOO_MANY_PROXIES
   */
  public record Refusal(String owner, String holder, String code) {}

  /**
   * One event of the history: its name and when, with the facts of its kind; a fact its kind does
   * not have is null.
   *
   * @param event the event's name ({@code AssemblyConvened}, {@code ResolutionAdopted}...)
   * @param occurredAt when it was recorded (ISO instant)
   * @param item the agenda item, for {@code AgendaItemRequested}, {@code ResolutionAdopted} and
   *     {@code ResolutionRejected}; else null
   * @param requestedBy the owners who asked, for {@code AssemblyRequested} and {@code
   *     AgendaItemRequested}; else null
   * @param sharesHeld their shares, for {@code AssemblyRequested}; else null
   * @param sharesTotal every share, for {@code AssemblyRequested}; else null
   * @param requestedOn the day they asked, for {@code AssemblyRequested}; else null
   * @param convokedOn the day the convocations were sent, for {@code AssemblyConvened}; else null
   * @param meetingOn the day of the meeting, for {@code AssemblyConvened}; else null
   * @param startsAt the time the meeting starts as the convocation states it, for {@code
   *     AssemblyConvened} with a time; else null
   * @param place where it is held, with {@code startsAt}; else null
   * @param reached whether the quorum was reached, for {@code QuorumChecked}; else null
   * @param legalBasis the statute, for {@code ResolutionAdopted} and {@code ResolutionRejected};
   *     else null
   * @param notVoted the items left unvoted, for {@code AssemblyClosed}; else null
   * @param minutesDueOn the last day to send the minutes, for {@code AssemblyClosed}; else null
   * @param publishedOn the day the minutes were sent, for {@code MinutesPublished}; else null
   * @param late whether they were sent late, for {@code MinutesPublished}; else null
   */
  public record Event(String event, String occurredAt, @Nullable String item, @Nullable List<String> requestedBy,
      @Nullable String sharesHeld, @Nullable String sharesTotal, @Nullable String requestedOn,
      @Nullable String convokedOn, @Nullable String meetingOn, @Nullable String startsAt, @Nullable String place,
      @Nullable Boolean reached, @Nullable String legalBasis, @Nullable List<String> notVoted,
      @Nullable String minutesDueOn, @Nullable String publishedOn, @Nullable Boolean late) {

    /**
     * The history's entry for {@code e}.
     *
     * @param e the event, never null
     * @return its entry
     */
    public static Event of(AssemblyEvent e) {
      Facts f = new Facts();
      if (e instanceof AssemblyRequested r) {
        f.requestedBy = ids(r.requestedBy());
        f.sharesHeld = r.sharesHeld().toPlainString();
        f.sharesTotal = r.sharesTotal().toPlainString();
        f.requestedOn = r.requestedOn().toString();
      } else if (e instanceof AgendaItemRequested r) {
        f.item = r.item().value();
        f.requestedBy = ids(r.requestedBy());
      } else if (e instanceof AssemblyConvened c) {
        f.convokedOn = c.convokedOn().toString();
        f.meetingOn = c.meetingOn().toString();
        if (c.startsAt() != null) {
          f.startsAt = c.startsAt().toString();
          f.place = c.place().text();
        }
      } else if (e instanceof QuorumChecked q) {
        f.reached = q.quorum().reached();
      } else if (e instanceof ResolutionAdopted r) {
        f.item = r.count().resolution().value();
        f.legalBasis = r.legalBasis();
      } else if (e instanceof ResolutionRejected r) {
        f.item = r.count().resolution().value();
        f.legalBasis = r.legalBasis();
      } else if (e instanceof AssemblyClosed c) {
        f.notVoted = c.notVoted().stream().map(i -> i.value()).toList();
        f.minutesDueOn = c.minutesDueOn().toString();
      } else if (e instanceof MinutesPublished m) {
        f.publishedOn = m.publishedOn().toString();
        f.late = m.late();
      }
      return new Event(e.getClass().getSimpleName(), e.occurredAt().toString(), f.item, f.requestedBy,
          f.sharesHeld, f.sharesTotal, f.requestedOn, f.convokedOn, f.meetingOn, f.startsAt, f.place, f.reached,
          f.legalBasis, f.notVoted, f.minutesDueOn, f.publishedOn, f.late);
    }

    /** The facts gathered for one event, null until its kind sets them. */
    private static final class Facts {
      String item;
      List<String> requestedBy;
      String sharesHeld;
      String sharesTotal;
      String requestedOn;
      String convokedOn;
      String meetingOn;
      String startsAt;
      String place;
      Boolean reached;
      String legalBasis;
      List<String> notVoted;
      String minutesDueOn;
      String publishedOn;
      Boolean late;
    }
  }

  /**
   * The summary of {@code meeting}.
   *
   * @param meeting the stored assembly
   * @return its summary
   */
  public static MeetingSummary of(Meeting meeting) {
    return of(meeting, null);
  }

  /**
   * The summary of a convened assembly, with how each owner is convened.
   *
   * @param convened the assembly as convened and each owner's convocation
   * @return its summary, {@link #convocations} set
   */
  public static MeetingSummary of(Convened convened) {
    List<OwnerConvocation> owners = convened.owners().stream().map(o -> new OwnerConvocation(o.owner(),
        o.means().name(), o.channel().name(), o.reason().name(), o.queued())).toList();
    return of(convened.meeting(), new Convocations(owners,
        convened.byPost().stream().map(Convened.OwnerConvocation::owner).toList()));
  }

  private static MeetingSummary of(Meeting meeting, Convocations convocations) {
    GeneralAssembly.Snapshot s = meeting.state();
    GeneralAssembly a = meeting.assembly();
    AssemblyTally tally = a.tally();
    Map<String, MinutesEntry> voted = new LinkedHashMap<>();
    s.votes().forEach(e -> voted.put(e.item().id().value(), e));
    List<Item> agenda = new ArrayList<>();
    for (AgendaItem item : s.agenda()) {
      MinutesEntry e = voted.get(item.id().value());
      agenda.add(new Item(item.id().value(), item.title(), item.majority().majority().name(),
          item.majority().decisionType() == null ? null : item.majority().decisionType().name(),
          item.majority().overrideReason(), item.majority().legalBasis(), item.origin().name(),
          ids(item.requestedBy()), date(item.failedUnanimityOn()), e == null ? null : vote(e)));
    }
    List<Voter> body = new ArrayList<>();
    for (Owner o : s.owners()) {
      body.add(new Voter(o.id().value(), o.shares().toPlainString(), o.lots(), o.inGoodStanding()));
    }
    List<Presence> attendance = null;
    QuorumCount quorum = null;
    List<Refusal> rejected = List.of();
    if (tally != null) {
      attendance = new ArrayList<>();
      for (Attendance p : s.attendance()) {
        attendance.add(new Presence(p.owner().value(), p.mode().name(), p.holder() == null ? null : p.holder().value()));
      }
      Quorum q = tally.quorum();
      quorum = new QuorumCount(q.reached(), q.rule() == null ? null : q.rule().name(),
          q.attendees().ownersPresent(), q.attendees().ownersTotal(), q.attendees().lotsPresent(),
          q.attendees().lotsTotal(), q.attendees().sharesPresent().toPlainString(),
          q.attendees().sharesTotal().toPlainString());
      rejected = new ArrayList<>();
      for (RejectedProxy r : tally.rejectedProxies()) {
        rejected.add(new Refusal(r.owner().value(), r.holder().value(), r.reason().code().name()));
      }
    }
    List<Event> history = s.history().stream().map(Event::of).toList();
    return new MeetingSummary(s.id().value(), meeting.version(), meeting.building(), s.rules(), s.session().name(),
        s.state().name(), s.syndic() == null ? null : s.syndic().value(), body, agenda, date(s.convokedOn()),
        date(s.meetingOn()), attendance, quorum, rejected,
        a.meetingOn() == null ? null : date(a.rules().calendar().minutesDueOn(a.meetingOn())),
        date(a.challengeDeadline()), date(s.publishedOn()), history,
        a.startsAt() == null ? null : a.startsAt().toString(), a.place() == null ? null : a.place().text(),
        convocations);
  }

  private static Vote vote(MinutesEntry e) {
    VoteCount c = e.count();
    Map<String, String> ballots = new LinkedHashMap<>();
    e.ballots().forEach((owner, ballot) -> ballots.put(owner.value(), ballot.name()));
    return new Vote(c.outcome().name(), c.adopted(), c.forVotes().toString(), c.against().toString(),
        c.abstained().toString(), c.cappedVoters().stream().map(CappedVoter::voter).map(v -> v.value()).toList(),
        ballots, ids(e.excluded()));
  }

  private static List<String> ids(java.util.Collection<OwnerId> owners) {
    return owners.stream().map(OwnerId::value).toList();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
