/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.assembly.AssemblyCalendar;
import org.koprogo.domain.assembly.AssemblyTally;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.CapReading;
import org.koprogo.domain.assembly.FrenchCoOwnershipRules;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.HeadCount;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.MajorityRule;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.PeriodCounting;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.Resolution;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.assembly.VotingRules;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Fraction;
import org.koprogo.domain.shared.KoproGoException;

/**
 * One general assembly (one session) through its lifecycle: {@code DRAFT -> CONVENED -> OPENED ->
 * VOTING -> CLOSED -> MINUTES_PUBLISHED}, or {@code CONVENED -> NO_QUORUM} when a first session
 * lacks its quorum, after which a second session is drafted with {@link #secondSession}.
 *
 * <p>Every transition checks its guards and returns a new assembly with the events it raised
 * appended to {@link #history()} (the audit trail); a refused transition is a {@link
 * KoproGoException} with {@code ILLEGAL_TRANSITION} naming the from-state, the to-state and the
 * guard. Dates and instants are arguments: the assembly never reads a clock. Immutable.
 */
public final class GeneralAssembly {
  private final AssemblyId id;
  private final VotingRules rules;
  private final List<Owner> owners;
  private final HolderId syndic;
  private final Session session;
  private final LocalDate previousMeetingOn;
  private final List<AgendaItem> firstSessionAgenda;
  private final AssemblyState state;
  private final List<AgendaItem> agenda;
  private final LocalDate convokedOn;
  private final LocalDate meetingOn;
  private final LocalTime startsAt;
  private final MeetingPlace place;
  private final AssemblyTally tally;
  private final Map<ResolutionId, MinutesEntry> votes;
  private final LocalDate publishedOn;
  private final MinutesSignatures signatures;
  private final List<AssemblyEvent> history;

  private GeneralAssembly(
      AssemblyId id, VotingRules rules, List<Owner> owners, HolderId syndic, Session session,
      LocalDate previousMeetingOn, List<AgendaItem> agenda, List<AgendaItem> firstSessionAgenda) {
    this.id = Objects.requireNonNull(id, "id");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.owners = List.copyOf(owners);
    this.syndic = syndic;
    this.session = session;
    this.previousMeetingOn = previousMeetingOn;
    this.firstSessionAgenda = firstSessionAgenda == null ? null : List.copyOf(firstSessionAgenda);
    this.state = AssemblyState.DRAFT;
    this.agenda = List.copyOf(agenda);
    this.convokedOn = null;
    this.meetingOn = null;
    this.startsAt = null;
    this.place = null;
    this.tally = null;
    this.votes = Map.of();
    this.publishedOn = null;
    this.signatures = null;
    this.history = List.of();
    if (this.owners.isEmpty()) {
      throw KoproGoException.of(ErrorCode.EMPTY_OWNERS, "an assembly needs owners", "field", "owners");
    }
    Set<OwnerId> seen = new HashSet<>();
    for (int i = 0; i < this.owners.size(); i++) {
      OwnerId o = this.owners.get(i).id();
      if (!seen.add(o)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "'" + o + "' is listed twice in the voting body",
            "field", "owners[" + i + "]", "value", o.value());
      }
    }
  }

  private GeneralAssembly(Change c) {
    GeneralAssembly base = c.base;
    this.id = base.id;
    this.rules = base.rules;
    this.owners = base.owners;
    this.syndic = base.syndic;
    this.session = base.session;
    this.previousMeetingOn = base.previousMeetingOn;
    this.firstSessionAgenda = base.firstSessionAgenda;
    this.state = c.state;
    this.agenda = List.copyOf(c.agenda);
    this.convokedOn = c.convokedOn;
    this.meetingOn = c.meetingOn;
    this.startsAt = c.startsAt;
    this.place = c.place;
    this.tally = c.tally;
    this.votes = Collections.unmodifiableMap(new LinkedHashMap<>(c.votes));
    this.publishedOn = c.publishedOn;
    this.signatures = c.signatures;
    this.history = List.copyOf(c.history);
  }

  /** The changes one transition makes, applied at once to a new assembly. */
  private static final class Change {
    private final GeneralAssembly base;
    private AssemblyState state;
    private final List<AgendaItem> agenda;
    private LocalDate convokedOn;
    private LocalDate meetingOn;
    private LocalTime startsAt;
    private MeetingPlace place;
    private AssemblyTally tally;
    private final Map<ResolutionId, MinutesEntry> votes;
    private LocalDate publishedOn;
    private MinutesSignatures signatures;
    private final List<AssemblyEvent> history;

    private Change(GeneralAssembly base, AssemblyState to) {
      this.base = base;
      this.state = to;
      this.agenda = new ArrayList<>(base.agenda);
      this.convokedOn = base.convokedOn;
      this.meetingOn = base.meetingOn;
      this.startsAt = base.startsAt;
      this.place = base.place;
      this.tally = base.tally;
      this.votes = new LinkedHashMap<>(base.votes);
      this.publishedOn = base.publishedOn;
      this.signatures = base.signatures;
      this.history = new ArrayList<>(base.history);
    }

    private GeneralAssembly raising(AssemblyEvent... events) {
      history.addAll(List.of(events));
      return new GeneralAssembly(this);
    }
  }

  private Change to(AssemblyState state) {
    return new Change(this, state);
  }

  /**
   * A first session being prepared, with an empty agenda.
   *
   * @param id the assembly's id
   * @param rules the rule set it follows
   * @param owners the owners, with their shares
   * @param syndic the syndic (who may hold no proxy in Belgium)
   * @return the draft
   * @throws KoproGoException {@code EMPTY_OWNERS} without owners, {@code DUPLICATE_OWNER} (field
   *     {@code owners[i]}) for an owner listed twice in the voting body
   */
  public static GeneralAssembly draft(AssemblyId id, VotingRules rules, List<Owner> owners, HolderId syndic) {
    return new GeneralAssembly(id, rules, owners, syndic, Session.FIRST, null, List.of(), null);
  }

  /**
   * A first session drafted because owners required it (Civil Code art. 3.87 §2: a fifth of the
   * shares; loi du 10 juillet 1965 art. 17 and décret art. 8: a quarter of the votes), with the
   * items they asked for; the request is kept in the history with the last day to send the
   * convocation (30 days from the receipt of the request in Belgium, {@link
   * #requestedConvocationDueBy()}).
   *
   * @param id the assembly's id
   * @param rules the rule set it follows
   * @param owners the owners, with their shares
   * @param syndic the syndic
   * @param request who required it, when, and the items they asked for
   * @param occurredAt when it was recorded
   * @return the draft, with the request in its history
   * @throws KoproGoException {@code UNKNOWN_OWNER} for a requester who is not an owner, {@code
   *     INSUFFICIENT_SHARES_FOR_REQUEST} when the requesters hold less than the rule set's part of
   *     the shares
   */
  public static GeneralAssembly draftOnOwnersRequest(
      AssemblyId id, VotingRules rules, List<Owner> owners, HolderId syndic, AssemblyRequest request,
      Instant occurredAt) {
    GeneralAssembly draft = draft(id, rules, owners, syndic);
    Map<OwnerId, BigDecimal> shares = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Owner o : draft.owners) {
      shares.put(o.id(), o.shares());
      total = total.add(o.shares());
    }
    BigDecimal held = BigDecimal.ZERO;
    for (OwnerId o : new LinkedHashSet<>(request.requestedBy())) {
      BigDecimal s = shares.get(o);
      if (s == null) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + o + "' requiring an assembly is not an owner",
            "field", "requestedBy", "value", o.value());
      }
      held = held.add(s);
    }
    Fraction part = rules.calendar().requestShare();
    if (Fraction.of(held).compareTo(Fraction.of(total).times(part)) < 0) {
      throw KoproGoException.of(
          ErrorCode.INSUFFICIENT_SHARES_FOR_REQUEST,
          "the owners requiring an assembly hold " + held.toPlainString() + " of "
              + total.toPlainString() + " shares, less than " + part,
          "field", "requestedBy", "value", held.toPlainString());
    }
    GeneralAssembly requested = draft.to(AssemblyState.DRAFT).raising(
        new AssemblyRequested(id, request.requestedBy(), held, total, request.requestedOn(),
            rules.calendar().requestedConvocationDueBy(request.requestedOn()), occurredAt));
    for (AgendaItem item : request.items()) {
      requested = requested.withRequestedItem(item, request.requestedOn(), occurredAt);
    }
    return requested;
  }

  /**
   * Adds an item of the syndic to the agenda. Only while a draft, and never to a second session,
   * which deliberates on the agenda of the first (Civil Code art. 3.87 §5).
   *
   * @param item the item
   * @return the assembly with the item
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} after the convocation or on a second
   *     session; {@code UNKNOWN_MAJORITY} for a majority the rule set does not admit (unless it
   *     overrides a decision type's for a stated reason, which the minutes record)
   */
  public GeneralAssembly withItem(AgendaItem item) {
    requireState(AssemblyState.DRAFT, AssemblyState.DRAFT, "the agenda is fixed once the assembly is convened");
    requireOwnAgenda(item);
    if (item.origin() != AgendaOrigin.SYNDIC) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an item requested by owners goes through withRequestedItem", "field", "item");
    }
    return withAgendaItem(item).raising();
  }

  /**
   * Adds an item requested by owners (Civil Code art. 3.87 §3); the request is kept in the
   * history. Only while a draft.
   *
   * @param item the item, of origin OWNER_REQUEST
   * @param requestedOn the day the owners' request was received
   * @param occurredAt when it was recorded
   * @return the assembly with the item
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} after the convocation or on a second
   *     session, {@code UNKNOWN_MAJORITY} for a majority the rule set does not admit, {@code
   *     INVALID_FIELD} for an item of the syndic, {@code UNKNOWN_OWNER} for a requesting owner who
   *     is not an owner
   */
  public GeneralAssembly withRequestedItem(AgendaItem item, LocalDate requestedOn, Instant occurredAt) {
    requireState(AssemblyState.DRAFT, AssemblyState.DRAFT, "the agenda is fixed once the assembly is convened");
    requireOwnAgenda(item);
    if (item.origin() != AgendaOrigin.OWNER_REQUEST) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, "an item of the syndic goes through withItem", "field", "item");
    }
    Set<OwnerId> known = new HashSet<>();
    owners.forEach(o -> known.add(o.id()));
    for (OwnerId o : item.requestedBy()) {
      if (!known.contains(o)) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + o + "' requesting item '" + item.id() + "' is not an owner",
            "field", "requestedBy", "value", o.value());
      }
    }
    return withAgendaItem(item).raising(
        new AgendaItemRequested(id, item.id(), item.requestedBy(), requestedOn, occurredAt));
  }

  private void requireOwnAgenda(AgendaItem item) {
    if (session == Session.SECOND) {
      throw illegal(AssemblyState.DRAFT, "a second session deliberates on the agenda of the first: item '"
          + item.id() + "' cannot be added or changed");
    }
    if (!item.majority().isOverridden() && !rules.admits(item.majority().majority())) {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_MAJORITY, "the majority " + item.majority().majority() + " of item '" + item.id()
              + "' is not one of the rule set " + rules.name(),
          "field", "majority", "value", String.valueOf(item.majority().majority()));
    }
  }

  private Change withAgendaItem(AgendaItem item) {
    for (OwnerId o : item.chargeKey().keySet()) {
      if (owners.stream().noneMatch(x -> x.id().equals(o))) {
        throw KoproGoException.of(
            ErrorCode.UNKNOWN_OWNER, "'" + o + "' in the charge key of item '" + item.id() + "' is not an owner",
            "field", "chargeKey." + o, "value", o.value());
      }
    }
    for (AgendaItem existing : agenda) {
      if (existing.id().equals(item.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RESOLUTION, "item '" + item.id() + "' is already on the agenda",
            "field", "agenda", "value", item.id().value());
      }
    }
    Change c = to(AssemblyState.DRAFT);
    c.agenda.add(item);
    return c;
  }

  /**
   * Sends the convocations on {@code convokedOn} for a meeting on {@code meetingOn}, with the notice
   * of the rule set's calendar (Civil Code art. 3.87 §3: the statutes', at least 15 days; décret du
   * 17 mars 1967 art. 9: 21 days), counted as its {@link PeriodCounting} says (by default both the
   * day of sending and the day of the meeting excluded); a second session also at least 15 days
   * after the first (art. 3.87 §5); an item needing the unanimity of those present at least 30 days
   * after the failed unanimity.
   *
   * @param convokedOn the day the convocations are sent
   * @param meetingOn the day of the meeting
   * @param occurredAt when it was recorded
   * @return the convened assembly
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} (from, to, guard) when not a draft or the
   *     agenda is empty; the guards on the day of the meeting (notice, second session, unanimity
   *     again) also name the field {@code meetingOn} and its value
   */
  public GeneralAssembly convene(LocalDate convokedOn, LocalDate meetingOn, Instant occurredAt) {
    return convening(convokedOn, meetingOn, null, null, occurredAt);
  }

  /**
   * Sends the convocations on {@code convokedOn} for a meeting starting at {@code startsAt} in
   * {@code place}: what the convocation states (Civil Code art. 3.87 §3: the place, the day and the
   * hour), recorded with the assembly and in its {@link AssemblyConvened} event. The guards are
   * those of {@link #convene(LocalDate, LocalDate, Instant)}, on the day of {@code startsAt}.
   *
   * @param convokedOn the day the convocations are sent
   * @param startsAt the day and time the meeting starts, to the minute
   * @param place where it is held
   * @param occurredAt when it was recorded
   * @return the convened assembly
   * @throws KoproGoException {@code MISSING_FIELD} naming {@code convokedOn}, {@code startsAt} or
   *     {@code place} when null; {@code INVALID_FIELD} (field {@code startsAt}) when it has seconds;
   *     and the refusals of {@link #convene(LocalDate, LocalDate, Instant)}
   */
  public GeneralAssembly convene(LocalDate convokedOn, LocalDateTime startsAt, MeetingPlace place, Instant occurredAt) {
    required(convokedOn, "convokedOn");
    required(startsAt, "startsAt");
    required(place, "place");
    return convening(convokedOn, startsAt.toLocalDate(), startTime(startsAt.toLocalTime()), place, occurredAt);
  }

  /**
   * Civil Code art. 3.87 §3: a convocation states one day and one hour, so a day stated beside the
   * start must be the start's day.
   *
   * @param startsAt the day and time the meeting starts, or null (nothing to check)
   * @param meetingOn the day also stated, or null (nothing to check)
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code meetingOn}, its value) when both
   *     are given and {@code meetingOn} is not the day of {@code startsAt}
   */
  public static void requireSameDay(LocalDateTime startsAt, LocalDate meetingOn) {
    if (startsAt != null && meetingOn != null && !meetingOn.equals(startsAt.toLocalDate())) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "meetingOn " + meetingOn + " is not the day of startsAt " + startsAt + "; leave it out",
          "field", "meetingOn", "value", meetingOn.toString());
    }
  }

  /**
   * The time a meeting starts, as a convocation states it: to the minute.
   *
   * @param time the time
   * @return the time
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code startsAt}) with seconds or a
   *     fraction of a second
   */
  private static LocalTime startTime(LocalTime time) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD,
          "a meeting starts on the minute, not at " + time, "field", "startsAt", "value", time.toString());
    }
    return time;
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, field + " is required", "field", field);
    }
  }

  private GeneralAssembly convening(
      LocalDate convokedOn, LocalDate meetingOn, LocalTime startsAt, MeetingPlace place, Instant occurredAt) {
    AssemblyState to = AssemblyState.CONVENED;
    requireState(AssemblyState.DRAFT, to, "only a draft is convened");
    if (agenda.isEmpty()) {
      throw illegal(to, "the agenda has at least one item");
    }
    AssemblyCalendar calendar = rules.calendar();
    if (!calendar.noticeGiven(convokedOn, meetingOn)) {
      throw illegalOn(to, meetingOn, "the convocation is sent at least " + calendar.convocationDays()
          + " days before the meeting, counted " + calendar.counting() + " (sent " + convokedOn + ", meeting "
          + meetingOn + ", " + calendar.counting().daysCounted(convokedOn, meetingOn) + " days; earliest "
          + calendar.earliestMeeting(convokedOn) + ")");
    }
    if (session == Session.SECOND && !calendar.secondSessionLateEnough(previousMeetingOn, meetingOn)) {
      throw illegalOn(to, meetingOn, "a second session sits at least " + calendar.secondSessionDays()
          + " days after the first (" + previousMeetingOn + "), not on " + meetingOn);
    }
    for (AgendaItem item : agenda) {
      if (item.failedUnanimityOn() != null
          && !NoticePeriods.atLeast(NoticePeriods.UNANIMITY_AGAIN_DAYS, item.failedUnanimityOn(), meetingOn)) {
        throw illegalOn(to, meetingOn, "item '" + item.id() + "' needs the unanimity of those present at least "
            + NoticePeriods.UNANIMITY_AGAIN_DAYS + " days after the failed unanimity of "
            + item.failedUnanimityOn());
      }
    }
    List<ResolutionId> ids = agenda.stream().map(AgendaItem::id).toList();
    Change c = to(to);
    c.convokedOn = convokedOn;
    c.meetingOn = meetingOn;
    c.startsAt = startsAt;
    c.place = place;
    return c.raising(new AssemblyConvened(id, session, convokedOn, meetingOn, ids, occurredAt, startsAt, place));
  }

  /**
   * Sends the convocations of the ordinary assembly, whose statutory period starts on {@code
   * periodStartsOn}, checking first that every written item owners (or the council) sent that was
   * received at least three weeks before that day is on the agenda (Civil Code art. 3.87 §3).
   *
   * @param received the owners' written items: the item's id and the day the syndic received it
   * @param convokedOn the day the convocations are sent
   * @param meetingOn the day of the meeting
   * @param periodStartsOn the first day of the statutory period of the ordinary assembly
   * @param occurredAt when it was recorded
   * @return the convened assembly
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} naming an item received in time but not on
   *     the agenda, and the guards of {@link #convene(LocalDate, LocalDate, Instant)}
   */
  public GeneralAssembly convene(
      LocalDate convokedOn, LocalDate meetingOn, LocalDate periodStartsOn, Map<ResolutionId, LocalDate> received,
      Instant occurredAt) {
    Objects.requireNonNull(periodStartsOn, "periodStartsOn");
    for (Map.Entry<ResolutionId, LocalDate> r : received.entrySet()) {
      boolean onAgenda = agenda.stream().anyMatch(a -> a.id().equals(r.getKey()));
      if (!onAgenda && rules.calendar().itemMustBeOnAgenda(r.getValue(), periodStartsOn)) {
        throw illegal(AssemblyState.CONVENED, "item '" + r.getKey() + "' received on " + r.getValue()
            + ", at least " + rules.calendar().ownersItemsLeadDays() + " days before the statutory period ("
            + periodStartsOn + "), is on the agenda");
      }
    }
    return convene(convokedOn, meetingOn, occurredAt);
  }

  /**
   * Opens the meeting on its day with its attendance list and checks the quorum (Civil Code art.
   * 3.87 §5): {@code OPENED} when reached, {@code NO_QUORUM} otherwise (a second session must then
   * be convened).
   *
   * @param on the day of the meeting
   * @param attendance the attendance list: each owner present, represented or absent
   * @param occurredAt when it was recorded
   * @return the assembly, OPENED or NO_QUORUM
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless convened for that day, and what
   *     {@link AssemblyTally} refuses in the attendance ({@code UNKNOWN_OWNER}, {@code
   *     DUPLICATE_ATTENDANCE}, {@code HOLDER_NOT_PRESENT})
   */
  public GeneralAssembly open(LocalDate on, List<Attendance> attendance, Instant occurredAt) {
    requireState(AssemblyState.CONVENED, AssemblyState.OPENED, "only a convened assembly opens");
    if (!on.equals(meetingOn)) {
      throw illegal(AssemblyState.OPENED, "the assembly opens on the day it was convened for ("
          + meetingOn + "), not on " + on);
    }
    AssemblyTally t = AssemblyTally.open(rules, session, owners, syndic, attendance);
    AssemblyState to = t.quorum().reached() ? AssemblyState.OPENED : AssemblyState.NO_QUORUM;
    Change c = to(to);
    c.tally = t;
    return c.raising(new QuorumChecked(id, session, t.quorum(), occurredAt));
  }

  /**
   * Starts the votes on the agenda.
   *
   * @return the assembly, VOTING
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless OPENED
   */
  public GeneralAssembly startVoting() {
    requireState(AssemblyState.OPENED, AssemblyState.VOTING, "votes start once the assembly is opened");
    return to(AssemblyState.VOTING).raising();
  }

  /**
   * Votes on one agenda item: its majority is the item's; raises {@code ResolutionAdopted} or
   * {@code ResolutionRejected}. Besides the owners named in {@code excluded}, the person whose
   * mandate or contract the item's decision type concerns (the syndic for the syndic's mandate or
   * discharge, the named person for a contract) is excluded automatically, and so are the owners
   * whose proxy that person holds: they do not vote through them on this item (Civil Code art.
   * 3.87 §9).
   *
   * @param item the agenda item
   * @param ballots each voting owner's ballot
   * @param excluded owners excluded for a conflict of interest
   * @param occurredAt when it was recorded
   * @return the assembly with the vote
   * @throws KoproGoException {@code NOT_FOUND} for an item not on the agenda, {@code
   *     DUPLICATE_RESOLUTION} for an item already voted, and the ballot errors of {@link
   *     AssemblyTally#count}
   */
  public GeneralAssembly vote(
      ResolutionId item, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded, Instant occurredAt) {
    requireState(AssemblyState.VOTING, AssemblyState.VOTING, "items are voted while voting");
    AgendaItem agendaItem = null;
    for (AgendaItem a : agenda) {
      if (a.id().equals(item)) {
        agendaItem = a;
      }
    }
    if (agendaItem == null) {
      throw KoproGoException.of(
          ErrorCode.NOT_FOUND, "item '" + item + "' is not on the agenda", "field", "item", "value", item.value());
    }
    if (votes.containsKey(item)) {
      throw KoproGoException.of(
          ErrorCode.DUPLICATE_RESOLUTION, "item '" + item + "' was already voted", "field", "item",
          "value", item.value());
    }
    Resolution resolution = new Resolution(
        item, agendaItem.majority(), ballots, withConflicted(agendaItem, excluded, tally), agendaItem.chargeKey());
    VoteCount count = tally.count(resolution);
    String basis = agendaItem.majority().legalBasis();
    AssemblyEvent event = count.adopted()
        ? new ResolutionAdopted(id, count, basis, occurredAt)
        : new ResolutionRejected(id, count, basis, occurredAt);
    Change c = to(AssemblyState.VOTING);
    c.votes.put(item, new MinutesEntry(agendaItem, count, resolution.ballots(), resolution.excluded()));
    return c.raising(event);
  }

  /**
   * The owners excluded from voting on {@code item}: those named, plus the person the item's
   * decision type concerns when they are an owner, plus every owner whose proxy that person holds.
   */
  private Set<OwnerId> withConflicted(AgendaItem item, Set<OwnerId> named, AssemblyTally tally) {
    HolderId person = item.conflicted(syndic);
    if (person == null) {
      return named;
    }
    Set<OwnerId> excluded = new LinkedHashSet<>(named);
    for (Owner o : owners) {
      if (person.is(o.id()) || person.equals(tally.voterOf(o.id()))) {
        excluded.add(o.id());
      }
    }
    return excluded;
  }

  /**
   * Loi du 10 juillet 1965 art. 25-1 and art. 26 (last paragraph): the immediate second vote on an
   * item that failed at the majority of article 25 (resp. 26) but gathered at least a third of the
   * votes of all the co-owners (resp. the approval of half of the members present or represented
   * holding at least a third of all votes); it is voted at once under article 24 (resp. 25) and
   * recorded as a second vote on the same item.
   *
   * @param item the agenda item
   * @param ballots each voting owner's ballot
   * @param excluded owners excluded for a conflict of interest
   * @param occurredAt when it was recorded
   * @return the assembly with the second vote
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when the item was not voted, was adopted,
   *     already had its second vote, or did not reach the threshold; the ballot errors of {@link
   *     AssemblyTally#count}
   */
  public GeneralAssembly secondVote(
      ResolutionId item, Map<OwnerId, Ballot> ballots, Set<OwnerId> excluded, Instant occurredAt) {
    requireState(AssemblyState.VOTING, AssemblyState.VOTING, "items are voted while voting");
    MinutesEntry first = votes.get(item);
    if (first == null) {
      throw illegal(AssemblyState.VOTING, "a second vote follows a first vote on item '" + item + "'");
    }
    if (first.secondVote() != null) {
      throw illegal(AssemblyState.VOTING, "item '" + item + "' already had its second vote");
    }
    MajorityRule lower = secondVoteMajority(first, tally);
    if (lower == null) {
      throw illegal(AssemblyState.VOTING, "a second vote follows a first vote under article 25 or 26 that"
          + " failed but reached the threshold of article 25-1 or 26 (item '" + item + "', "
          + first.count().majority().majority() + ", " + first.count().outcome() + ")");
    }
    RequiredMajority majority = RequiredMajority.stated(lower);
    Resolution resolution = new Resolution(
        item, majority, ballots, withConflicted(first.item(), excluded, tally), first.item().chargeKey());
    VoteCount count = tally.count(resolution);
    String basis = lower == FrenchMajority.ARTICLE_24
        ? "Loi du 10 juillet 1965, art. 25-1 (second vote under art. 24)"
        : "Loi du 10 juillet 1965, art. 26, last paragraph (second vote under art. 25)";
    AssemblyEvent event = count.adopted()
        ? new ResolutionAdopted(id, count, basis, occurredAt)
        : new ResolutionRejected(id, count, basis, occurredAt);
    Change c = to(AssemblyState.VOTING);
    c.votes.put(item, new MinutesEntry(first.item(), first.count(), first.ballots(), first.excluded(),
        new MinutesEntry.SecondVote(count, resolution.ballots(), resolution.excluded())));
    return c.raising(event);
  }

  /** The majority of the second vote a failed first vote opens, or null when it opens none. */
  private MajorityRule secondVoteMajority(MinutesEntry first, AssemblyTally tally) {
    VoteCount count = first.count();
    if (count.outcome() != Outcome.REJECTED || !(count.majority().majority() instanceof FrenchMajority f)) {
      return null;
    }
    int present = 0;
    for (Owner o : owners) {
      if (tally.mayVote(o.id()) && tally.isPresentOrRepresented(o.id()) && !first.excluded().contains(o.id())) {
        present++;
      }
    }
    return f.opensSecondVote(count.totals(), present) ? f.secondVoteMajority() : null;
  }

  /**
   * True when {@code item} was voted and its vote opens a second vote (art. 25-1 or 26).
   *
   * @param item an agenda item
   * @return whether a second vote is open on it
   */
  public boolean opensSecondVote(ResolutionId item) {
    MinutesEntry e = votes.get(item);
    return e != null && e.secondVote() == null && tally != null && secondVoteMajority(e, tally) != null;
  }

  /**
   * Closes the meeting without signed minutes; items not voted are recorded as postponed.
   *
   * @param occurredAt when it was recorded
   * @return the closed assembly
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless VOTING
   */
  public GeneralAssembly close(Instant occurredAt) {
    return close(null, occurredAt);
  }

  /**
   * Closes the meeting; items not voted are recorded as postponed; the minutes are signed, after
   * reading, by the chair, the secretary and every owner still present or their proxy holder
   * (Civil Code art. 3.87 §10).
   *
   * @param signatures who signed, or null when the meeting closed without them
   * @param occurredAt when it was recorded
   * @return the closed assembly
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} when a signatory signing as owner still
   *     present is neither an owner present in person nor a proxy holder of the meeting
   */
  public GeneralAssembly close(MinutesSignatures signatures, Instant occurredAt) {
    requireState(AssemblyState.VOTING, AssemblyState.CLOSED, "the meeting closes after its votes");
    if (signatures != null) {
      requireSignatories(tally, signatures, g -> illegal(AssemblyState.CLOSED, g));
    }
    List<ResolutionId> notVoted = new ArrayList<>();
    for (AgendaItem item : agenda) {
      if (!votes.containsKey(item.id())) {
        notVoted.add(item.id());
      }
    }
    Change c = to(AssemblyState.CLOSED);
    c.signatures = signatures;
    return c.raising(new AssemblyClosed(id, notVoted, rules.calendar().minutesDueOn(meetingOn), occurredAt));
  }

  private static void requireSignatories(
      AssemblyTally tally, MinutesSignatures signatures,
      java.util.function.Function<String, KoproGoException> refusal) {
    Set<HolderId> attending = new HashSet<>();
    for (Owner o : tally.owners()) {
      HolderId voter = tally.voterOf(o.id());
      if (voter != null) {
        attending.add(voter);
      }
    }
    for (HolderId signatory : signatures.ownersStillPresent()) {
      if (!attending.contains(signatory)) {
        throw refusal.apply("the minutes are signed by the owners still present or their proxy holders: '"
            + signatory + "' attended neither as owner nor as proxy holder");
      }
    }
  }

  /**
   * The minutes of a closed assembly.
   *
   * @return the minutes
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} before the assembly is closed
   */
  public Minutes minutes() {
    if (state != AssemblyState.CLOSED && state != AssemblyState.MINUTES_PUBLISHED) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION, "the minutes exist once the assembly is closed, it is " + state,
          "from", state.name(), "to", AssemblyState.CLOSED.name(), "guard", "the assembly is closed");
    }
    List<MinutesEntry> entries = new ArrayList<>();
    for (AgendaItem item : agenda) {
      MinutesEntry e = votes.get(item.id());
      entries.add(e != null ? e : new MinutesEntry(item, null, Map.of(), Set.of()));
    }
    return new Minutes(id, session, rules.name(), meetingOn, tally.attendance(), tally.rejectedProxies(),
        tally.quorum(), entries, rules.calendar().minutesDueOn(meetingOn),
        rules.calendar().challengeDeadline(meetingOn, publishedOn), signatures);
  }

  /**
   * Records that the minutes were sent to the owners on {@code publishedOn} (not before the
   * meeting); sending them after the calendar's period (30 days in Belgium, one month in France)
   * is allowed but marked late. Under the French calendar the period to challenge a decision runs
   * from this notification (loi du 10 juillet 1965 art. 42: two months).
   *
   * @param publishedOn the day the minutes were sent
   * @param occurredAt when it was recorded
   * @return the assembly, MINUTES_PUBLISHED
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless closed, or for a day before the
   *     meeting
   */
  public GeneralAssembly publishMinutes(LocalDate publishedOn, Instant occurredAt) {
    AssemblyState to = AssemblyState.MINUTES_PUBLISHED;
    requireState(AssemblyState.CLOSED, to, "minutes are published once the assembly is closed");
    if (publishedOn.isBefore(meetingOn)) {
      throw illegal(to, "minutes are published on or after the meeting (" + meetingOn + "), not on " + publishedOn);
    }
    LocalDate due = rules.calendar().minutesDueOn(meetingOn);
    Change c = to(to);
    c.publishedOn = publishedOn;
    return c.raising(new MinutesPublished(
        id, publishedOn, due, publishedOn.isAfter(due), rules.calendar().challengeDeadline(meetingOn, publishedOn),
        occurredAt));
  }

  /**
   * Drafts the second session of a first session that lacked its quorum, with the same owners and
   * the same agenda, which cannot change (Civil Code art. 3.87 §5); it is convened at least 15 days
   * after the first. Its attendance list is given again when it opens: no proxy of the first
   * session is carried over by the library (see docs/general-assembly.md on art. 3.87 §7).
   *
   * @param secondId the second session's id
   * @return the draft of the second session
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} unless a first session lacked its quorum,
   *     and under a rule set without a second session (France: no quorum to miss)
   */
  public GeneralAssembly secondSession(AssemblyId secondId) {
    if (!rules.calendar().hasSecondSession()) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION, "the rule set " + rules.name() + " has no second session",
          "from", state.name(), "to", AssemblyState.DRAFT.name(), "guard", "a rule set with a second session");
    }
    if (state != AssemblyState.NO_QUORUM || session != Session.FIRST) {
      throw KoproGoException.of(
          ErrorCode.ILLEGAL_TRANSITION,
          "a second session follows a first session without quorum; " + id + " is " + session + " " + state,
          "from", state.name(), "to", AssemblyState.DRAFT.name(),
          "guard", "a first session that lacked its quorum");
    }
    return new GeneralAssembly(secondId, rules, owners, syndic, Session.SECOND, meetingOn, agenda, agenda);
  }

  private void requireState(AssemblyState from, AssemblyState to, String guard) {
    if (state != from) {
      throw illegal(to, guard + " (it is " + state + ")");
    }
  }

  /** A refused transition because of the day of the meeting: names the field {@code meetingOn}. */
  private KoproGoException illegalOn(AssemblyState to, LocalDate meetingOn, String guard) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        "assembly " + id + " cannot go from " + state + " to " + to + ": " + guard,
        "from", state.name(), "to", to.name(), "guard", guard, "field", "meetingOn",
        "value", String.valueOf(meetingOn));
  }

  /**
   * Civil Code art. 3.87 §3: a convocation (its document, its notice) exists once the assembly is
   * convened, for it then states the day and the hour.
   *
   * @return this assembly, convened
   * @throws KoproGoException {@code ILLEGAL_TRANSITION} (aggregate {@code assembly}, value its id,
   *     from its state, to {@code CONVENED}, the guard) while it is not convened
   */
  public GeneralAssembly requireConvened() {
    if (convokedOn == null) {
      throw KoproGoException.of(ErrorCode.ILLEGAL_TRANSITION, "assembly " + id + " is not convened yet",
          "aggregate", "assembly", "value", id.value(), "from", state.name(), "to", AssemblyState.CONVENED.name(),
          "guard", "a convocation exists once the assembly is convened");
    }
    return this;
  }

  private KoproGoException illegal(AssemblyState to, String guard) {
    return KoproGoException.of(
        ErrorCode.ILLEGAL_TRANSITION,
        "assembly " + id + " cannot go from " + state + " to " + to + ": " + guard,
        "from", state.name(), "to", to.name(), "guard", guard);
  }

  /**
   * The assembly's id.
   *
   * @return the id
   */
  public AssemblyId id() {
    return id;
  }

  /**
   * Where the assembly stands.
   *
   * @return the state
   */
  public AssemblyState state() {
    return state;
  }

  /**
   * The session: first, or second after a first without quorum.
   *
   * @return the session
   */
  public Session session() {
    return session;
  }

  /**
   * The rule set it follows.
   *
   * @return the rules
   */
  public VotingRules rules() {
    return rules;
  }

  /**
   * The owners, with their shares.
   *
   * @return the owners
   */
  public List<Owner> owners() {
    return owners;
  }

  /**
   * The agenda, in order.
   *
   * @return the items
   */
  public List<AgendaItem> agenda() {
    return agenda;
  }

  /**
   * The day the convocations were sent, or null before.
   *
   * @return the day, or null
   */
  public LocalDate convokedOn() {
    return convokedOn;
  }

  /**
   * The day of the meeting, or null before the convocation.
   *
   * @return the day, or null
   */
  public LocalDate meetingOn() {
    return meetingOn;
  }

  /**
   * The time the meeting starts, as the convocation states it; null before the convocation, or
   * when it was convened without it ({@link #convene(LocalDate, LocalDate, Instant)}, or stored
   * before the library recorded it).
   *
   * @return the time, or null
   */
  public LocalTime startsAt() {
    return startsAt;
  }

  /**
   * Where the meeting is held, as the convocation states it; null when {@link #startsAt()} is.
   *
   * @return the place, or null
   */
  public MeetingPlace place() {
    return place;
  }

  /**
   * The day the minutes were sent, or null.
   *
   * @return the day, or null
   */
  public LocalDate publishedOn() {
    return publishedOn;
  }

  /**
   * Who signed the minutes at the end of the meeting, or null.
   *
   * @return the signatures, or null
   */
  public MinutesSignatures signatures() {
    return signatures;
  }

  /**
   * For a second session, the agenda of the first session (the same agenda); null otherwise.
   *
   * @return the first session's agenda, or null
   */
  public List<AgendaItem> firstSessionAgenda() {
    return firstSessionAgenda;
  }

  /**
   * The last day to send the convocation of an assembly owners required (Civil Code art. 3.87 §2:
   * 30 days from the receipt of their request), or null when it was not required or the rule set
   * sets no such period.
   *
   * @return the last day, or null
   */
  public LocalDate requestedConvocationDueBy() {
    for (AssemblyEvent e : history) {
      if (e instanceof AssemblyRequested r) {
        return r.convokeBy();
      }
    }
    return null;
  }

  /**
   * The tally of the meeting, or null before it opened.
   *
   * @return the tally, or null
   */
  public AssemblyTally tally() {
    return tally;
  }

  /**
   * The counts of the items voted so far, in voting order.
   *
   * @return the counts
   */
  public List<VoteCount> counts() {
    return votes.values().stream().map(MinutesEntry::count).toList();
  }

  /**
   * Every event raised so far, oldest first: the audit trail.
   *
   * @return the events
   */
  public List<AssemblyEvent> history() {
    return history;
  }

  // --- storing and rebuilding ---

  /**
   * The assembly's whole state as plain data, to store it: {@link #restore} rebuilds an assembly
   * that behaves identically. The tally is not stored: it is counted again from the attendance.
   *
   * @param id the assembly
   * @param rules the name of its rule set ({@link VotingRules#name()})
   * @param headCount what the quorum's head count counts, for the Belgian rules; null otherwise
   * @param owners the voting body
   * @param syndic the syndic, or null
   * @param session the session
   * @param previousMeetingOn the day of the first session, for a second session; null otherwise
   * @param state the lifecycle state
   * @param agenda the agenda, in order
   * @param convokedOn the day the convocations were sent, or null before
   * @param meetingOn the day of the meeting, or null before the convocation
   * @param attendance the attendance list, or null before the assembly opened
   * @param votes the items voted, in voting order
   * @param publishedOn the day the minutes were sent, or null
   * @param history every event raised, oldest first
   * @param noticeDays the statutory notice of the Belgian rules when it is not the 15 days of the
   *     Civil Code; null otherwise
   * @param counting how the Belgian rules count minimum periods when it is not the default; null
   *     otherwise
   * @param firstSessionAgenda for a second session, the first session's agenda; null otherwise
   * @param signatures who signed the minutes, or null
   * @param capReading how the Belgian rules read the cap when it is not RULES.md's; null otherwise
   * @param startsAt the time the meeting starts as the convocation states it, or null (before the
   *     convocation, or convened without it)
   * @param place where the meeting is held as the convocation states it, or null (with {@code
   *     startsAt})
   */
  public record Snapshot(
      AssemblyId id, String rules, HeadCount headCount, List<Owner> owners, HolderId syndic,
      Session session, LocalDate previousMeetingOn, AssemblyState state, List<AgendaItem> agenda,
      LocalDate convokedOn, LocalDate meetingOn, List<Attendance> attendance, List<MinutesEntry> votes,
      LocalDate publishedOn, List<AssemblyEvent> history, Integer noticeDays, PeriodCounting counting,
      List<AgendaItem> firstSessionAgenda, MinutesSignatures signatures, CapReading capReading,
      LocalTime startsAt, MeetingPlace place) {
    /**
     * A snapshot stored before the convocation recorded the meeting's time and place.
     *
     * @param id the assembly's id
     * @param rules the rule set's name
     * @param headCount what the quorum's head count counts
     * @param owners the owners
     * @param syndic the syndic
     * @param session the session
     * @param previousMeetingOn for a second session, the first session's day; null otherwise
     * @param state where it stands
     * @param agenda the agenda
     * @param convokedOn the day the convocations were sent, or null
     * @param meetingOn the day of the meeting, or null
     * @param attendance the attendance list, empty before opening
     * @param votes the items voted, in voting order
     * @param publishedOn the day the minutes were sent, or null
     * @param history every event raised, oldest first
     * @param noticeDays the statutory notice of the Belgian rules, or null
     * @param counting how the Belgian rules count minimum periods, or null
     * @param firstSessionAgenda for a second session, the first session's agenda; null otherwise
     * @param signatures who signed the minutes, or null
     * @param capReading how the Belgian rules read the cap, or null
     */
    public Snapshot(
        AssemblyId id, String rules, HeadCount headCount, List<Owner> owners, HolderId syndic,
        Session session, LocalDate previousMeetingOn, AssemblyState state, List<AgendaItem> agenda,
        LocalDate convokedOn, LocalDate meetingOn, List<Attendance> attendance, List<MinutesEntry> votes,
        LocalDate publishedOn, List<AssemblyEvent> history, Integer noticeDays, PeriodCounting counting,
        List<AgendaItem> firstSessionAgenda, MinutesSignatures signatures, CapReading capReading) {
      this(id, rules, headCount, owners, syndic, session, previousMeetingOn, state, agenda, convokedOn,
          meetingOn, attendance, votes, publishedOn, history, noticeDays, counting, firstSessionAgenda, signatures,
          capReading, null, null);
    }

    /**
     * A snapshot stored before the rule options, second-session agenda and signatures existed.
     *
     * @param id the assembly's id
     * @param rules the rule set's name
     * @param headCount what the quorum's head count counts
     * @param owners the owners
     * @param syndic the syndic
     * @param session the session
     * @param previousMeetingOn for a second session, the first session's day; null otherwise
     * @param state where it stands
     * @param agenda the agenda
     * @param convokedOn the day the convocations were sent, or null
     * @param meetingOn the day of the meeting, or null
     * @param attendance the attendance list, empty before opening
     * @param votes the items voted, in voting order
     * @param publishedOn the day the minutes were sent, or null
     * @param history every event raised, oldest first
     */
    public Snapshot(
        AssemblyId id, String rules, HeadCount headCount, List<Owner> owners, HolderId syndic,
        Session session, LocalDate previousMeetingOn, AssemblyState state, List<AgendaItem> agenda,
        LocalDate convokedOn, LocalDate meetingOn, List<Attendance> attendance, List<MinutesEntry> votes,
        LocalDate publishedOn, List<AssemblyEvent> history) {
      this(id, rules, headCount, owners, syndic, session, previousMeetingOn, state, agenda, convokedOn,
          meetingOn, attendance, votes, publishedOn, history, null, null, null, null, null, null, null);
    }

    /**
     * Checks that the id, rules, session and state are given, and copies the lists.
     *
     * @param id the assembly
     * @param rules the name of its rule set ({@link VotingRules#name()})
     * @param headCount what the quorum's head count counts, for the Belgian rules; null otherwise
     * @param owners the voting body
     * @param syndic the syndic, or null
     * @param session the session
     * @param previousMeetingOn the day of the first session, for a second session; null otherwise
     * @param state the lifecycle state
     * @param agenda the agenda, in order
     * @param convokedOn the day the convocations were sent, or null before
     * @param meetingOn the day of the meeting, or null before the convocation
     * @param attendance the attendance list, or null before the assembly opened
     * @param votes the items voted, in voting order
     * @param publishedOn the day the minutes were sent, or null
     * @param history every event raised, oldest first
     * @param noticeDays the statutory notice of the Belgian rules when it is not the 15 days of the
     *     Civil Code; null otherwise
     * @param counting how the Belgian rules count minimum periods when it is not the default; null
     *     otherwise
     * @param firstSessionAgenda for a second session, the first session's agenda; null otherwise
     * @param signatures who signed the minutes, or null
     * @param capReading how the Belgian rules read the cap when it is not RULES.md's; null
     *     otherwise
     * @param startsAt the time the meeting starts as the convocation states it, or null
     * @param place where the meeting is held as the convocation states it, or null
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(state, "state");
      owners = List.copyOf(owners);
      agenda = List.copyOf(agenda);
      attendance = attendance == null ? null : List.copyOf(attendance);
      votes = List.copyOf(votes);
      history = List.copyOf(history);
      firstSessionAgenda = firstSessionAgenda == null ? null : List.copyOf(firstSessionAgenda);
    }
  }

  /**
   * The assembly's state as plain data (see {@link Snapshot}).
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    HeadCount headCount = rules instanceof BelgianCoOwnershipRules b ? b.headCount() : null;
    Integer noticeDays = null;
    PeriodCounting counting = null;
    CapReading capReading = null;
    if (rules instanceof BelgianCoOwnershipRules b) {
      capReading = b.capReading() == CapReading.ALL_VOTES_THROUGH_THE_PERSON ? null : b.capReading();
      AssemblyCalendar c = rules.calendar();
      noticeDays = c.convocationDays() == AssemblyCalendar.BELGIAN_MINIMUM_NOTICE_DAYS ? null : c.convocationDays();
      counting = c.counting() == PeriodCounting.BOTH_ENDS_EXCLUDED ? null : c.counting();
    }
    return new Snapshot(
        id, rules.name(), headCount, owners, syndic, session, previousMeetingOn, state, agenda,
        convokedOn, meetingOn, tally == null ? null : tally.attendance(), List.copyOf(votes.values()),
        publishedOn, history, noticeDays, counting, firstSessionAgenda, signatures, capReading, startsAt, place);
  }

  /**
   * Rebuilds a stored assembly of one of the library's rule sets ({@code BE_COPROPRIETE}, {@code
   * FR_COPROPRIETE}, {@code ONE_MEMBER_ONE_VOTE}); see {@link #restore(Snapshot, VotingRules)}.
   *
   * @param snapshot the stored state
   * @return the assembly
   * @throws KoproGoException {@code UNKNOWN_RULES} for another rule set
   */
  public static GeneralAssembly restore(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    VotingRules rules = switch (snapshot.rules()) {
      case BelgianCoOwnershipRules.NAME -> belgian(snapshot);
      case FrenchCoOwnershipRules.NAME -> FrenchCoOwnershipRules.rules();
      case OneMemberOneVote.NAME -> OneMemberOneVote.rules();
      default -> throw KoproGoException.of(
          ErrorCode.UNKNOWN_RULES, "stored assembly " + snapshot.id() + " has rules '" + snapshot.rules()
              + "' that the library does not know: restore it with its rule set",
          "field", "snapshot.rules", "value", snapshot.rules());
    };
    return restore(snapshot, rules);
  }

  private static BelgianCoOwnershipRules belgian(Snapshot s) {
    BelgianCoOwnershipRules b =
        BelgianCoOwnershipRules.countingHeadsBy(s.headCount() == null ? HeadCount.OWNERS : s.headCount());
    try {
      if (s.noticeDays() != null) {
        b = b.withStatutoryNotice(s.noticeDays());
      }
    } catch (KoproGoException e) {
      throw corrupt(s, "noticeDays", s.noticeDays(), "the statutes' notice is at least 15 days");
    }
    b = s.capReading() == null ? b : b.cappingOver(s.capReading());
    return s.counting() == null ? b : b.countingPeriods(s.counting());
  }

  /**
   * Rebuilds a stored assembly under {@code rules} (named as the snapshot names them), checking
   * again what the transitions guaranteed: the owners and the agenda, the fields each state has,
   * the notice periods (convocation, second session, unanimity asked again), the quorum (counted
   * again from the attendance) matching the state, and every stored count matching a recount of
   * its ballots.
   *
   * @param snapshot the stored state
   * @param rules the rule set it was stored under
   * @return the assembly
   * @throws KoproGoException {@code INVALID_FIELD} naming the field of a snapshot no transition
   *     could have produced, and the domain's own codes ({@code EMPTY_OWNERS}, {@code
   *     DUPLICATE_OWNER}, {@code DUPLICATE_RESOLUTION}, the tally's) for the data itself
   */
  public static GeneralAssembly restore(Snapshot snapshot, VotingRules rules) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(rules, "rules");
    Snapshot s = snapshot;
    if (!rules.name().equals(s.rules())) {
      throw corrupt(s, "rules", s.rules(), "it was stored under rules " + s.rules() + ", not " + rules.name());
    }
    if ((s.session() == Session.SECOND) != (s.previousMeetingOn() != null)) {
      throw corrupt(s, "previousMeetingOn", s.previousMeetingOn(), "only a second session has a first meeting");
    }
    if (s.session() == Session.SECOND && !rules.calendar().hasSecondSession()) {
      throw corrupt(s, "session", s.session(), "the rule set " + rules.name() + " has no second session");
    }
    if (s.session() != Session.SECOND && s.firstSessionAgenda() != null) {
      throw corrupt(s, "firstSessionAgenda", s.firstSessionAgenda().size(), "only a second session has a first agenda");
    }
    if (s.session() == Session.SECOND && s.firstSessionAgenda() != null && !s.firstSessionAgenda().equals(s.agenda())) {
      throw corrupt(s, "agenda", s.agenda().size(), "a second session deliberates on the agenda of the first");
    }
    Set<OwnerId> owners = new HashSet<>();
    for (Owner o : s.owners()) {
      if (!owners.add(o.id())) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_OWNER, "owner '" + o.id() + "' is listed twice in stored assembly " + s.id(),
            "field", "snapshot.owners", "value", o.id().value());
      }
    }
    GeneralAssembly base = new GeneralAssembly(
        s.id(), rules, s.owners(), s.syndic(), s.session(), s.previousMeetingOn(), List.of(), s.firstSessionAgenda());
    for (AgendaItem item : s.agenda()) {
      base = base.withAgendaItem(item).raising();
    }
    AssemblyState state = s.state();
    boolean convened = state != AssemblyState.DRAFT;
    boolean opened = convened && state != AssemblyState.CONVENED;
    boolean voting = opened && state != AssemblyState.OPENED && state != AssemblyState.NO_QUORUM;
    requirePresence(s, "convokedOn", s.convokedOn(), convened);
    requirePresence(s, "meetingOn", s.meetingOn(), convened);
    requirePresence(s, "attendance", s.attendance(), opened);
    requirePresence(s, "publishedOn", s.publishedOn(), state == AssemblyState.MINUTES_PUBLISHED);
    if ((s.startsAt() != null) != (s.place() != null)) {
      throw corrupt(s, s.startsAt() == null ? "startsAt" : "place", null,
          "a convocation states both the time and the place of the meeting, or neither");
    }
    if (s.startsAt() != null && !convened) {
      throw corrupt(s, "startsAt", s.startsAt(), "a " + s.state() + " assembly has no startsAt");
    }
    if (s.startsAt() != null && (s.startsAt().getSecond() != 0 || s.startsAt().getNano() != 0)) {
      throw corrupt(s, "startsAt", s.startsAt(), "a meeting starts on the minute");
    }
    if (convened && s.agenda().isEmpty()) {
      throw corrupt(s, "agenda", s.agenda().size(), "a convened assembly has at least one item");
    }
    AssemblyCalendar calendar = rules.calendar();
    if (convened && !calendar.noticeGiven(s.convokedOn(), s.meetingOn())) {
      throw corrupt(s, "meetingOn", s.meetingOn(), "the convocation was sent at least "
          + calendar.convocationDays() + " days before the meeting, counted " + calendar.counting()
          + " (sent " + s.convokedOn() + ")");
    }
    if (convened && s.session() == Session.SECOND && !calendar.secondSessionLateEnough(s.previousMeetingOn(), s.meetingOn())) {
      throw corrupt(s, "meetingOn", s.meetingOn(), "a second session sits at least "
          + calendar.secondSessionDays() + " days after the first (" + s.previousMeetingOn() + ")");
    }
    boolean closed = state == AssemblyState.CLOSED || state == AssemblyState.MINUTES_PUBLISHED;
    if (s.signatures() != null && !closed) {
      throw corrupt(s, "signatures", "present", "the minutes are signed when the meeting closes");
    }
    for (AgendaItem item : convened ? s.agenda() : List.<AgendaItem>of()) {
      if (item.failedUnanimityOn() != null
          && !NoticePeriods.atLeast(NoticePeriods.UNANIMITY_AGAIN_DAYS, item.failedUnanimityOn(), s.meetingOn())) {
        throw corrupt(s, "agenda", item.id().value(), "the unanimity of those present is asked at least "
            + NoticePeriods.UNANIMITY_AGAIN_DAYS + " days after the failed unanimity ("
            + item.failedUnanimityOn() + ")");
      }
    }
    if (s.publishedOn() != null && s.publishedOn().isBefore(s.meetingOn())) {
      throw corrupt(s, "publishedOn", s.publishedOn(), "minutes are published on or after the meeting");
    }
    if (!voting && !s.votes().isEmpty()) {
      throw corrupt(s, "votes", s.votes().size(), "items are voted only once voting started");
    }
    Change c = base.to(state);
    if (opened) {
      c.tally = AssemblyTally.open(rules, s.session(), base.owners, s.syndic(), s.attendance());
      boolean reached = c.tally.quorum().reached();
      if (reached == (state == AssemblyState.NO_QUORUM)) {
        throw corrupt(s, "state", state, "the quorum counted again from the attendance was "
            + (reached ? "reached" : "not reached"));
      }
    }
    c.convokedOn = s.convokedOn();
    c.meetingOn = s.meetingOn();
    c.startsAt = s.startsAt();
    c.place = s.place();
    c.publishedOn = s.publishedOn();
    for (MinutesEntry entry : s.votes()) {
      ResolutionId item = entry.item().id();
      if (!base.agenda.contains(entry.item())) {
        throw corrupt(s, "votes", item.value(), "a voted item is on the agenda");
      }
      if (c.votes.containsKey(item)) {
        throw KoproGoException.of(
            ErrorCode.DUPLICATE_RESOLUTION, "item '" + item + "' was voted twice in stored assembly " + s.id(),
            "field", "snapshot.votes", "value", item.value());
      }
      if (!base.withConflicted(entry.item(), entry.excluded(), c.tally).equals(entry.excluded())) {
        throw corrupt(s, "votes", item.value(), "the owners a conflict of interest excludes are excluded");
      }
      VoteCount recount = c.tally.count(
          new Resolution(item, entry.item().majority(), entry.ballots(), entry.excluded(), entry.item().chargeKey()));
      if (!recount.equals(entry.count())) {
        throw corrupt(s, "votes", item.value(), "the stored count of an item matches the recount of its ballots");
      }
      MinutesEntry.SecondVote second = entry.secondVote();
      if (second != null) {
        MajorityRule lower = base.secondVoteMajority(entry, c.tally);
        if (lower == null || !second.count().majority().equals(RequiredMajority.stated(lower))) {
          throw corrupt(s, "votes", item.value(), "a second vote follows a first vote that opened it, at its majority");
        }
        VoteCount again = c.tally.count(new Resolution(
            item, second.count().majority(), second.ballots(), second.excluded(), entry.item().chargeKey()));
        if (!again.equals(second.count())) {
          throw corrupt(s, "votes", item.value(), "the stored count of a second vote matches the recount of its ballots");
        }
      }
      c.votes.put(item, new MinutesEntry(entry.item(), recount, entry.ballots(), entry.excluded(), second));
    }
    if (s.signatures() != null) {
      requireSignatories(c.tally, s.signatures(), g -> corrupt(s, "signatures", "owners", g));
      c.signatures = s.signatures();
    }
    for (AssemblyEvent event : s.history()) {
      if (!event.assembly().equals(s.id())) {
        throw corrupt(s, "history", event.assembly().value(), "every event of the history is the assembly's");
      }
    }
    c.history.addAll(s.history());
    return new GeneralAssembly(c);
  }

  private static void requirePresence(Snapshot s, String field, Object value, boolean present) {
    if ((value != null) != present) {
      throw corrupt(s, field, value, "a " + s.state() + " assembly " + (present ? "has" : "has no") + " " + field);
    }
  }

  private static KoproGoException corrupt(Snapshot s, String field, Object value, String guard) {
    return KoproGoException.of(
        ErrorCode.INVALID_FIELD,
        "stored assembly " + s.id() + " is corrupt: " + field + " " + value + " breaks the rule: " + guard,
        "field", "snapshot." + field, "value", String.valueOf(value), "guard", guard);
  }

  /**
   * The deadline to challenge a decision in court, once it is known: from the meeting (Belgium:
   * four months) or from the notification of the minutes (France: two months); null before.
   *
   * @return the deadline, or null
   */
  public LocalDate challengeDeadline() {
    return meetingOn == null ? null : rules.calendar().challengeDeadline(meetingOn, publishedOn);
  }
}
