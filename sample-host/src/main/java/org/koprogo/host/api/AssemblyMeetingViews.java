/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.api;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.AssemblyTally;
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
import org.koprogo.domain.shared.Fraction;
import org.koprogo.ports.in.assembly.Meeting;

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
      @Nullable String challengeDeadline, @Nullable String publishedOn, List<Map<String, Object>> history,
      @Nullable String startsAt, @Nullable String place, @Nullable ConvocationsView convocations) {}

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

  static MeetingView of(Meeting meeting) {
    GeneralAssembly.Snapshot s = meeting.state();
    GeneralAssembly a = meeting.assembly();
    AssemblyTally tally = a.tally();
    Map<String, MinutesEntry> voted = new LinkedHashMap<>();
    s.votes().forEach(e -> voted.put(e.item().id().value(), e));
    List<ItemView> agenda = new ArrayList<>();
    for (AgendaItem item : s.agenda()) {
      MinutesEntry e = voted.get(item.id().value());
      agenda.add(new ItemView(item.id().value(), item.title(), item.majority().majority().name(),
          item.majority().decisionType() == null ? null : item.majority().decisionType().name(),
          item.majority().overrideReason(), item.majority().legalBasis(), item.origin().name(),
          item.requestedBy().stream().map(OwnerId::value).toList(), date(item.failedUnanimityOn()),
          e == null ? null : vote(e)));
    }
    List<VoterView> body = new ArrayList<>();
    for (Owner o : s.owners()) {
      body.add(new VoterView(o.id().value(), o.shares().toPlainString(), o.lots(), o.inGoodStanding()));
    }
    List<PresenceView> attendance = null;
    QuorumView quorum = null;
    List<RejectedProxyView> rejected = List.of();
    if (tally != null) {
      attendance = new ArrayList<>();
      for (Attendance p : s.attendance()) {
        attendance.add(new PresenceView(p.owner().value(), p.mode().name(),
            p.holder() == null ? null : p.holder().value()));
      }
      Quorum q = tally.quorum();
      quorum = new QuorumView(q.reached(), q.rule() == null ? null : q.rule().name(),
          q.attendees().ownersPresent(), q.attendees().ownersTotal(), q.attendees().lotsPresent(),
          q.attendees().lotsTotal(), q.attendees().sharesPresent().toPlainString(),
          q.attendees().sharesTotal().toPlainString());
      rejected = new ArrayList<>();
      for (RejectedProxy r : tally.rejectedProxies()) {
        rejected.add(new RejectedProxyView(r.owner().value(), r.holder().value(), r.reason().code().name()));
      }
    }
    List<Map<String, Object>> history = new ArrayList<>();
    s.history().forEach(e -> history.add(event(e)));
    return new MeetingView(s.id().value(), meeting.version(), meeting.building(),
        s.rules(), s.session().name(), s.state().name(), s.syndic() == null ? null : s.syndic().value(),
        body, agenda, date(s.convokedOn()), date(s.meetingOn()), attendance, quorum, rejected,
        a.meetingOn() == null ? null : date(a.meetingOn().plusDays(
            org.koprogo.domain.assembly.meeting.NoticePeriods.MINUTES_DAYS)),
        date(a.challengeDeadline()), date(s.publishedOn()), history,
        a.startsAt() == null ? null : a.startsAt().toString(), a.place() == null ? null : a.place().text(), null);
  }

  static MeetingView of(org.koprogo.ports.in.assembly.Convened convened) {
    MeetingView m = of(convened.meeting());
    List<OwnerConvocationView> owners = convened.owners().stream().map(o -> new OwnerConvocationView(o.owner(),
        o.means().name(), o.channel().name(), o.reason().name(), o.queued())).toList();
    ConvocationsView convocations = new ConvocationsView(owners,
        convened.byPost().stream().map(org.koprogo.ports.in.assembly.Convened.OwnerConvocation::owner).toList());
    return new MeetingView(m.id(), m.version(), m.building(), m.rules(), m.session(), m.state(), m.syndic(),
        m.votingBody(), m.agenda(), m.convokedOn(), m.meetingOn(), m.attendance(), m.quorum(), m.rejectedProxies(),
        m.minutesDueOn(), m.challengeDeadline(), m.publishedOn(), m.history(), m.startsAt(), m.place(), convocations);
  }

  private static VoteView vote(MinutesEntry e) {
    VoteCount c = e.count();
    Map<String, String> ballots = new LinkedHashMap<>();
    e.ballots().forEach((owner, ballot) -> ballots.put(owner.value(), ballot.name()));
    return new VoteView(c.outcome().name(), c.adopted(), exact(c.forVotes()), exact(c.against()),
        exact(c.abstained()), c.cappedVoters().stream().map(CappedVoter::voter).map(v -> v.value()).toList(),
        ballots, e.excluded().stream().map(OwnerId::value).toList());
  }

  /** One event of the history: its name, when, and its facts. */
  private static Map<String, Object> event(AssemblyEvent e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("event", e.getClass().getSimpleName());
    row.put("occurredAt", e.occurredAt().toString());
    if (e instanceof AssemblyRequested r) {
      row.put("requestedBy", r.requestedBy().stream().map(OwnerId::value).toList());
      row.put("sharesHeld", r.sharesHeld().toPlainString());
      row.put("sharesTotal", r.sharesTotal().toPlainString());
      row.put("requestedOn", r.requestedOn().toString());
    } else if (e instanceof AgendaItemRequested r) {
      row.put("item", r.item().value());
      row.put("requestedBy", r.requestedBy().stream().map(OwnerId::value).toList());
    } else if (e instanceof AssemblyConvened c) {
      row.put("convokedOn", c.convokedOn().toString());
      row.put("meetingOn", c.meetingOn().toString());
      if (c.startsAt() != null) {
        row.put("startsAt", c.startsAt().toString());
        row.put("place", c.place().text());
      }
    } else if (e instanceof QuorumChecked q) {
      row.put("reached", q.quorum().reached());
    } else if (e instanceof ResolutionAdopted r) {
      row.put("item", r.count().resolution().value());
      row.put("legalBasis", r.legalBasis());
    } else if (e instanceof ResolutionRejected r) {
      row.put("item", r.count().resolution().value());
      row.put("legalBasis", r.legalBasis());
    } else if (e instanceof AssemblyClosed c) {
      row.put("notVoted", c.notVoted().stream().map(i -> i.value()).toList());
      row.put("minutesDueOn", c.minutesDueOn().toString());
    } else if (e instanceof MinutesPublished m) {
      row.put("publishedOn", m.publishedOn().toString());
      row.put("late", m.late());
    }
    return row;
  }

  private static String exact(Fraction f) {
    return f.toString();
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
