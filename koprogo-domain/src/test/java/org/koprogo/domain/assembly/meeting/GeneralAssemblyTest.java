/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.assembly.AssemblyFixturesBridge.ballots;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.AT;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.CONVOKED_ON;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.MEETING_ON;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.QuorumRule;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.Session;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class GeneralAssemblyTest {

  private static void assertRefused(ThrowingCallable call, ErrorCode code, String from, String to) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      if (from != null) {
        assertThat(e.details()).containsEntry("from", from).containsEntry("to", to).containsKey("guard");
      }
    });
  }

  @Test
  void convenesFifteenDaysBeforeTheMeeting() {
    GeneralAssembly draft = MeetingFixtures.draft();

    GeneralAssembly convened = draft.convene(CONVOKED_ON, MEETING_ON, AT);

    assertThat(convened.state()).isEqualTo(AssemblyState.CONVENED);
    assertThat(convened.history()).singleElement().isInstanceOfSatisfying(AssemblyConvened.class, e -> {
      assertThat(e.meetingOn()).isEqualTo(LocalDate.of(2026, 3, 16));
      assertThat(e.agenda()).extracting(ResolutionId::value).containsExactly("roof", "budget");
    });
    assertThat(draft.state()).isEqualTo(AssemblyState.DRAFT);
  }

  @Test
  void refusesAConvocationFourteenDaysBeforeTheMeeting() {
    GeneralAssembly draft = MeetingFixtures.draft();

    assertRefused(() -> draft.convene(CONVOKED_ON, MEETING_ON.minusDays(1), AT),
        ErrorCode.ILLEGAL_TRANSITION, "DRAFT", "CONVENED");
  }

  @Test
  void countsTheNoticeWithoutTheDayOfSendingAndWithTheDayOfTheMeeting() {
    LocalDate sentOn = LocalDate.of(2026, 3, 1);

    LocalDate earliest = NoticePeriods.earliestMeeting(sentOn);

    assertThat(earliest).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(NoticePeriods.atLeast(15, sentOn, earliest)).isTrue();
    assertThat(NoticePeriods.atLeast(15, sentOn, earliest.minusDays(1))).isFalse();
  }

  @Test
  void refusesConveningAnEmptyAgenda() {
    GeneralAssembly empty = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
        MeetingFixtures.fiveOwners(), null);

    assertRefused(() -> empty.convene(CONVOKED_ON, MEETING_ON, AT), ErrorCode.ILLEGAL_TRANSITION, "DRAFT", "CONVENED");
  }

  @Test
  void refusesAnItemOnTheAgendaOnceConvened() {
    GeneralAssembly convened = MeetingFixtures.convened();
    AgendaItem late = AgendaItem.bySyndic("lift", "Lift", RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS));

    assertRefused(() -> convened.withItem(late), ErrorCode.ILLEGAL_TRANSITION, "CONVENED", "DRAFT");
  }

  @Test
  void keepsAnItemRequestedByOwnersInTheAuditTrail() {
    AgendaItem bikes = AgendaItem.requestedBy(List.of(OwnerId.of("C")), "bikes", "A bicycle shed",
        RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS));

    GeneralAssembly draft = MeetingFixtures.draft().withRequestedItem(bikes, LocalDate.of(2026, 2, 1), AT);

    assertThat(draft.agenda()).extracting(AgendaItem::origin).containsExactly(
        AgendaOrigin.SYNDIC, AgendaOrigin.SYNDIC, AgendaOrigin.OWNER_REQUEST);
    assertThat(draft.history()).singleElement().isInstanceOfSatisfying(AgendaItemRequested.class,
        e -> assertThat(e.requestedBy()).containsExactly(OwnerId.of("C")));
  }

  @Test
  void draftsAnAssemblyRequiredByOwnersHoldingAFifthOfTheShares() {
    AssemblyRequest request = new AssemblyRequest(List.of(OwnerId.of("A"), OwnerId.of("B")),
        LocalDate.of(2026, 2, 1), List.of(AgendaItem.requestedBy(List.of(OwnerId.of("A")), "syndic",
            "Replace the syndic", RequiredMajority.of(DecisionType.ORDINARY_ADMINISTRATION))));

    GeneralAssembly draft = GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ega"),
        BelgianCoOwnershipRules.standard(), MeetingFixtures.fiveOwners(), null, request, AT);

    assertThat(draft.history()).hasSize(2).first().isInstanceOf(AssemblyRequested.class);
    assertThat(draft.agenda()).hasSize(1);
  }

  @Test
  void refusesARequestOfOwnersHoldingLessThanAFifth() {
    AssemblyRequest request = new AssemblyRequest(List.of(OwnerId.of("A")), LocalDate.of(2026, 2, 1), List.of());

    assertRefused(() -> GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ega"),
        BelgianCoOwnershipRules.standard(), MeetingFixtures.fiveOwners(), null, request, AT),
        ErrorCode.INSUFFICIENT_SHARES_FOR_REQUEST, null, null);
  }

  @Test
  void opensWithItsQuorumChecked() {
    GeneralAssembly opened = MeetingFixtures.opened();

    assertThat(opened.state()).isEqualTo(AssemblyState.OPENED);
    assertThat(opened.history()).last().isInstanceOfSatisfying(QuorumChecked.class,
        e -> assertThat(e.quorum().rule()).isEqualTo(QuorumRule.HEADS_AND_HALF_SHARES));
  }

  @Test
  void refusesToOpenOnAnotherDayThanConvened() {
    GeneralAssembly convened = MeetingFixtures.convened();

    assertRefused(() -> convened.open(MEETING_ON.plusDays(1), List.of(Attendance.present("A")), AT),
        ErrorCode.ILLEGAL_TRANSITION, "CONVENED", "OPENED");
  }

  @Test
  void endsAFirstSessionWithoutQuorumAndDraftsTheSecondSession() {
    GeneralAssembly first = MeetingFixtures.withoutQuorum();

    GeneralAssembly second = first.secondSession(AssemblyId.of("ga-2026-2"));

    assertThat(first.state()).isEqualTo(AssemblyState.NO_QUORUM);
    assertThat(second.state()).isEqualTo(AssemblyState.DRAFT);
    assertThat(second.session()).isEqualTo(Session.SECOND);
    assertThat(second.agenda()).isEqualTo(first.agenda());
  }

  @Test
  void holdsTheSecondSessionAtLeastFifteenDaysAfterTheFirst() {
    GeneralAssembly second = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2026-2"));

    GeneralAssembly convened = second.convene(MEETING_ON, MEETING_ON.plusDays(16), AT);
    GeneralAssembly opened = convened.open(MEETING_ON.plusDays(16), List.of(Attendance.present("A")), AT);

    assertThat(opened.state()).isEqualTo(AssemblyState.OPENED);
    assertThat(opened.tally().quorum().rule()).isEqualTo(QuorumRule.SECOND_SESSION);
  }

  @Test
  void refusesASecondSessionFourteenDaysAfterTheFirst() {
    GeneralAssembly second = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2026-2"));

    assertRefused(() -> second.convene(MEETING_ON.minusDays(10), MEETING_ON.plusDays(14), AT),
        ErrorCode.ILLEGAL_TRANSITION, "DRAFT", "CONVENED");
  }

  @Test
  void refusesASecondSessionAfterAFirstThatReachedItsQuorum() {
    GeneralAssembly opened = MeetingFixtures.opened();

    assertRefused(() -> opened.secondSession(AssemblyId.of("x")), ErrorCode.ILLEGAL_TRANSITION, "OPENED", "DRAFT");
  }

  @Test
  void refusesAVoteBeforeTheVotesStart() {
    GeneralAssembly opened = MeetingFixtures.opened();

    assertRefused(() -> opened.vote(ResolutionId.of("roof"), ballots("A", "FOR"), Set.of(), AT),
        ErrorCode.ILLEGAL_TRANSITION, "OPENED", "VOTING");
  }

  @Test
  void adoptsAnItemWithTheMajorityOfItsDecisionTypeAndItsLegalBasis() {
    GeneralAssembly voting = MeetingFixtures.voting();

    GeneralAssembly voted = voting.vote(ResolutionId.of("roof"),
        ballots("A", "FOR", "B", "FOR", "C", "AGAINST", "D", "FOR", "E", "FOR"), Set.of(), AT);

    assertThat(voted.history()).last().isInstanceOfSatisfying(ResolutionAdopted.class, e -> {
      assertThat(e.count().majority().majority()).isEqualTo(Majority.TWO_THIRDS);
      assertThat(e.legalBasis()).contains("art. 3.88");
    });
  }

  @Test
  void rejectsAnItemAndSaysSo() {
    GeneralAssembly voting = MeetingFixtures.voting();

    GeneralAssembly voted = voting.vote(ResolutionId.of("roof"),
        ballots("A", "FOR", "B", "FOR", "C", "FOR", "D", "AGAINST"), Set.of(), AT);

    assertThat(voted.history()).last().isInstanceOfSatisfying(ResolutionRejected.class,
        e -> assertThat(e.count().outcome()).isEqualTo(Outcome.REJECTED));
  }

  @Test
  void refusesAnItemVotedTwiceOrNotOnTheAgenda() {
    GeneralAssembly voted = MeetingFixtures.voting().vote(ResolutionId.of("budget"), ballots("A", "FOR"), Set.of(), AT);

    assertRefused(() -> voted.vote(ResolutionId.of("budget"), ballots("A", "FOR"), Set.of(), AT),
        ErrorCode.DUPLICATE_RESOLUTION, null, null);
    assertRefused(() -> voted.vote(ResolutionId.of("pool"), ballots("A", "FOR"), Set.of(), AT),
        ErrorCode.NOT_FOUND, null, null);
  }

  @Test
  void closesWithPostponedItemsAndWritesTheMinutesWithTheirDeadlines() {
    GeneralAssembly voted = MeetingFixtures.voting().vote(ResolutionId.of("budget"),
        ballots("A", "FOR", "E", "AGAINST", "D", "FOR"), Set.of(OwnerId.of("C")), AT);

    GeneralAssembly closed = voted.close(AT);
    Minutes minutes = closed.minutes();

    assertThat(closed.history()).last().isInstanceOfSatisfying(AssemblyClosed.class,
        e -> assertThat(e.notVoted()).containsExactly(ResolutionId.of("roof")));
    assertThat(minutes.entries()).extracting(MinutesEntry::voted).containsExactly(false, true);
    assertThat(minutes.entries().get(1).excluded()).containsExactly(OwnerId.of("C"));
    assertThat(minutes.dueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(minutes.challengeDeadline()).isEqualTo(LocalDate.of(2026, 7, 16));
    assertThat(minutes.attendance()).hasSize(5);
  }

  @Test
  void computesTheChallengeDeadlineInCalendarMonths() {
    LocalDate meetingOn = LocalDate.of(2027, 10, 31);

    LocalDate deadline = NoticePeriods.challengeDeadline(meetingOn);

    assertThat(deadline).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void refusesTheMinutesBeforeTheAssemblyIsClosed() {
    GeneralAssembly voting = MeetingFixtures.voting();

    assertRefused(voting::minutes, ErrorCode.ILLEGAL_TRANSITION, "VOTING", "CLOSED");
    assertRefused(() -> voting.publishMinutes(MEETING_ON, AT), ErrorCode.ILLEGAL_TRANSITION, "VOTING",
        "MINUTES_PUBLISHED");
  }

  @Test
  void publishesTheMinutesAndMarksThemLateAfterThirtyDays() {
    GeneralAssembly closed = MeetingFixtures.voting().close(AT);

    GeneralAssembly onTime = closed.publishMinutes(MEETING_ON.plusDays(30), AT);
    GeneralAssembly late = closed.publishMinutes(MEETING_ON.plusDays(31), AT);

    assertThat(onTime.state()).isEqualTo(AssemblyState.MINUTES_PUBLISHED);
    assertThat(onTime.history()).last().isInstanceOfSatisfying(MinutesPublished.class, e -> assertThat(e.late()).isFalse());
    assertThat(late.history()).last().isInstanceOfSatisfying(MinutesPublished.class, e -> assertThat(e.late()).isTrue());
  }

  @Test
  void refusesToPublishTheMinutesTwice() {
    GeneralAssembly published = MeetingFixtures.voting().close(AT).publishMinutes(MEETING_ON, AT);

    assertRefused(() -> published.publishMinutes(MEETING_ON, AT), ErrorCode.ILLEGAL_TRANSITION,
        "MINUTES_PUBLISHED", "MINUTES_PUBLISHED");
  }

  @Test
  void refusesTheUnanimityOfThosePresentUnderTheBelgianRules() {
    AgendaItem shares = AgendaItem.bySyndic("shares", "New shares", RequiredMajority.of(DecisionType.CHANGE_OF_SHARES))
        .againAfterFailedUnanimity(LocalDate.of(2026, 2, 20));
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
        MeetingFixtures.fiveOwners(), HolderId.of("syndic"));

    assertRefused(() -> draft.withItem(shares), ErrorCode.UNKNOWN_MAJORITY, null, null);
  }

  @Test
  void holdsTheUnanimityOfThosePresentAtLeastThirtyDaysAfterTheFailedUnanimity() {
    AgendaItem shares = AgendaItem.bySyndic("shares", "New shares", RequiredMajority.of(DecisionType.CHANGE_OF_SHARES))
        .againAfterFailedUnanimity(LocalDate.of(2026, 2, 20));
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ga"), OneMemberOneVote.rules(),
        MeetingFixtures.fiveOwners(), HolderId.of("syndic")).withItem(shares);

    GeneralAssembly convened = draft.convene(CONVOKED_ON, LocalDate.of(2026, 3, 22), AT);

    assertThat(convened.state()).isEqualTo(AssemblyState.CONVENED);
    assertRefused(() -> draft.convene(CONVOKED_ON, LocalDate.of(2026, 3, 21), AT),
        ErrorCode.ILLEGAL_TRANSITION, "DRAFT", "CONVENED");
  }

  @Test
  void raisesTheEventsOfAWholeAssemblyInOrder() {
    GeneralAssembly published = MeetingFixtures.voting()
        .vote(ResolutionId.of("roof"), ballots("A", "FOR", "E", "FOR", "D", "AGAINST"), Set.of(), AT)
        .vote(ResolutionId.of("budget"), ballots("A", "FOR"), Set.of(), AT)
        .close(AT)
        .publishMinutes(MEETING_ON.plusDays(10), AT);

    List<Class<?>> kinds = published.history().stream().<Class<?>>map(Object::getClass).toList();

    assertThat(kinds).containsExactly(AssemblyConvened.class, QuorumChecked.class, ResolutionRejected.class,
        ResolutionAdopted.class, AssemblyClosed.class, MinutesPublished.class);
  }
}
