/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.AT;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.CONVOKED_ON;
import static org.koprogo.domain.assembly.meeting.MeetingFixtures.MEETING_ON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.HeadCount;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.OneMemberOneVote;
import org.koprogo.domain.assembly.Owner;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.assembly.VotingRules;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class GeneralAssemblySnapshotTest {

  static Map<OwnerId, Ballot> everyoneFor() {
    return Map.of(OwnerId.of("A"), Ballot.FOR, OwnerId.of("B"), Ballot.FOR, OwnerId.of("C"), Ballot.AGAINST,
        OwnerId.of("D"), Ballot.FOR, OwnerId.of("E"), Ballot.ABSTAIN);
  }

  static GeneralAssembly voted() {
    return MeetingFixtures.voting().vote(ResolutionId.of("roof"), everyoneFor(), Set.of(), AT);
  }

  static GeneralAssembly closed() {
    return voted().close(AT);
  }

  static GeneralAssembly published() {
    return closed().publishMinutes(MEETING_ON.plusDays(3), AT);
  }

  static List<GeneralAssembly> everyState() {
    GeneralAssembly second = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2026-2"));
    return List.of(
        MeetingFixtures.draft(), MeetingFixtures.convened(), MeetingFixtures.opened(), MeetingFixtures.voting(),
        voted(), closed(), published(), MeetingFixtures.withoutQuorum(), second,
        second.convene(MEETING_ON.plusDays(1), MEETING_ON.plusDays(17), AT));
  }

  @Test
  void restoresEveryStateOfTheLifecycleAsItWas() {
    List<GeneralAssembly> assemblies = everyState();

    for (GeneralAssembly a : assemblies) {
      GeneralAssembly restored = GeneralAssembly.restore(a.snapshot());

      assertThat(restored.snapshot()).isEqualTo(a.snapshot());
      assertThat(restored.state()).isEqualTo(a.state());
      assertThat(restored.counts()).isEqualTo(a.counts());
      assertThat(restored.history()).isEqualTo(a.history());
      assertThat(restored.challengeDeadline()).isEqualTo(a.challengeDeadline());
    }
  }

  @Test
  void aRestoredAssemblyTakesTheSameNextTransitions() {
    GeneralAssembly voting = MeetingFixtures.voting();

    GeneralAssembly restored = GeneralAssembly.restore(voting.snapshot());

    GeneralAssembly fromOriginal = voting.vote(ResolutionId.of("budget"), everyoneFor(), Set.of(), AT).close(AT);
    GeneralAssembly fromRestored = restored.vote(ResolutionId.of("budget"), everyoneFor(), Set.of(), AT).close(AT);
    assertThat(fromRestored.snapshot()).isEqualTo(fromOriginal.snapshot());
    assertThat(fromRestored.minutes()).isEqualTo(fromOriginal.minutes());
    assertThatThrownBy(() -> GeneralAssembly.restore(closed().snapshot()).startVoting())
        .isInstanceOf(KoproGoException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  void keepsTheRuleSetAndItsHeadCount() {
    GeneralAssembly byLots = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.countingHeadsBy(HeadCount.LOTS),
        MeetingFixtures.fiveOwners(), null);
    GeneralAssembly members = GeneralAssembly.draft(AssemblyId.of("ga"), OneMemberOneVote.rules(),
        List.of(Owner.member("m1"), Owner.memberInArrears("m2")), null);

    GeneralAssembly restoredByLots = GeneralAssembly.restore(byLots.snapshot());
    GeneralAssembly restoredMembers = GeneralAssembly.restore(members.snapshot());

    assertThat(((BelgianCoOwnershipRules) restoredByLots.rules()).headCount()).isEqualTo(HeadCount.LOTS);
    assertThat(restoredMembers.rules()).isSameAs(OneMemberOneVote.rules());
  }

  @Test
  void aRuleSetOfTheIntegratorIsGivenBack() {
    VotingRules custom = new VotingRules() {
      @Override public String name() {
        return "MY_RULES";
      }
      @Override public org.koprogo.domain.assembly.VoteWeights weights() {
        return OneMemberOneVote.rules().weights();
      }
      @Override public org.koprogo.domain.assembly.ProxyPolicy proxies() {
        return OneMemberOneVote.rules().proxies();
      }
      @Override public org.koprogo.domain.assembly.VoteCap cap() {
        return OneMemberOneVote.rules().cap();
      }
      @Override public org.koprogo.domain.assembly.QuorumPolicy quorum() {
        return OneMemberOneVote.rules().quorum();
      }
    };
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ga"), custom, List.of(Owner.member("m1")), null);

    GeneralAssembly.Snapshot snapshot = draft.snapshot();

    assertRefused(() -> GeneralAssembly.restore(snapshot), ErrorCode.UNKNOWN_RULES);
    assertThat(GeneralAssembly.restore(snapshot, custom).rules()).isSameAs(custom);
    assertRefused(() -> GeneralAssembly.restore(snapshot, OneMemberOneVote.rules()), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesAnOpenedAssemblyWhoseAttendanceLacksTheQuorum() {
    GeneralAssembly.Snapshot opened = MeetingFixtures.opened().snapshot();
    GeneralAssembly.Snapshot noQuorum = MeetingFixtures.withoutQuorum().snapshot();

    GeneralAssembly.Snapshot corrupt = withAttendance(opened, noQuorum);

    assertRefused(() -> GeneralAssembly.restore(corrupt), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesAStoredCountThatTheBallotsDoNotGive() {
    GeneralAssembly.Snapshot s = voted().snapshot();
    MinutesEntry entry = s.votes().get(0);
    VoteCount count = entry.count();
    VoteCount forged = new VoteCount(count.resolution(), count.majority(), count.outcome(), count.against(),
        count.forVotes(), count.abstained(), count.cappedVoters(), count.totals());

    GeneralAssembly.Snapshot corrupt = withVotes(s, List.of(new MinutesEntry(entry.item(), forged, entry.ballots(),
        entry.excluded())));

    assertRefused(() -> GeneralAssembly.restore(corrupt), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesFieldsTheStateCannotHave() {
    GeneralAssembly.Snapshot draft = MeetingFixtures.draft().snapshot();
    GeneralAssembly.Snapshot convened = MeetingFixtures.convened().snapshot();

    GeneralAssembly.Snapshot convenedWithoutDate = new GeneralAssembly.Snapshot(convened.id(), convened.rules(),
        convened.headCount(), convened.owners(), convened.syndic(), convened.session(), null, convened.state(),
        convened.agenda(), convened.convokedOn(), null, null, List.of(), null, convened.history());
    GeneralAssembly.Snapshot shortNotice = new GeneralAssembly.Snapshot(convened.id(), convened.rules(),
        convened.headCount(), convened.owners(), convened.syndic(), convened.session(), null, convened.state(),
        convened.agenda(), CONVOKED_ON, CONVOKED_ON.plusDays(3), null, List.of(), null, convened.history());
    GeneralAssembly.Snapshot draftPublished = new GeneralAssembly.Snapshot(draft.id(), draft.rules(), null,
        draft.owners(), draft.syndic(), draft.session(), null, draft.state(), draft.agenda(), null, null, null,
        List.of(), MEETING_ON, draft.history());

    assertRefused(() -> GeneralAssembly.restore(convenedWithoutDate), ErrorCode.INVALID_FIELD);
    assertRefused(() -> GeneralAssembly.restore(shortNotice), ErrorCode.INVALID_FIELD);
    assertRefused(() -> GeneralAssembly.restore(draftPublished), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesASecondSessionOrAUnanimityAskedAgainTooSoon() {
    GeneralAssembly second = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2"));
    GeneralAssembly.Snapshot s = second.convene(MEETING_ON, MEETING_ON.plusDays(16), AT).snapshot();
    AgendaItem again = MeetingFixtures.roofWorks().againAfterFailedUnanimity(MEETING_ON);
    GeneralAssembly.Snapshot u = GeneralAssembly.draft(AssemblyId.of("ga-u"), OneMemberOneVote.rules(),
        MeetingFixtures.fiveOwners(), null).withItem(again).convene(MEETING_ON, MEETING_ON.plusDays(30), AT).snapshot();

    GeneralAssembly.Snapshot secondTooSoon = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(),
        s.owners(), s.syndic(), s.session(), MEETING_ON.plusDays(1), s.state(), s.agenda(), s.convokedOn(),
        s.meetingOn(), null, List.of(), null, s.history());
    GeneralAssembly.Snapshot unanimityTooSoon = new GeneralAssembly.Snapshot(u.id(), u.rules(), u.headCount(),
        u.owners(), u.syndic(), u.session(), null, u.state(), List.of(again.againAfterFailedUnanimity(MEETING_ON
        .plusDays(1))), u.convokedOn(), u.meetingOn(), null, List.of(), null, List.of());

    assertThat(GeneralAssembly.restore(s).snapshot()).isEqualTo(s);
    assertThat(GeneralAssembly.restore(u).snapshot()).isEqualTo(u);
    assertRefused(() -> GeneralAssembly.restore(secondTooSoon), ErrorCode.INVALID_FIELD);
    assertRefused(() -> GeneralAssembly.restore(unanimityTooSoon), ErrorCode.INVALID_FIELD);
  }

  @Test
  void refusesOwnersAndItemsListedTwice() {
    GeneralAssembly.Snapshot d = MeetingFixtures.draft().snapshot();
    List<Owner> owners = new ArrayList<>(d.owners());
    owners.add(d.owners().get(0));
    List<AgendaItem> agenda = new ArrayList<>(d.agenda());
    agenda.add(d.agenda().get(0));

    GeneralAssembly.Snapshot twiceOwner = new GeneralAssembly.Snapshot(d.id(), d.rules(), d.headCount(), owners,
        d.syndic(), d.session(), null, d.state(), d.agenda(), null, null, null, List.of(), null, d.history());
    GeneralAssembly.Snapshot twiceItem = new GeneralAssembly.Snapshot(d.id(), d.rules(), d.headCount(), d.owners(),
        d.syndic(), d.session(), null, d.state(), agenda, null, null, null, List.of(), null, d.history());

    assertRefused(() -> GeneralAssembly.restore(twiceOwner), ErrorCode.DUPLICATE_OWNER);
    assertRefused(() -> GeneralAssembly.restore(twiceItem), ErrorCode.DUPLICATE_RESOLUTION);
  }

  @Test
  void refusesAHistoryOfAnotherAssembly() {
    GeneralAssembly.Snapshot s = MeetingFixtures.convened().snapshot();
    GeneralAssembly.Snapshot other = GeneralAssembly.draft(AssemblyId.of("other"), BelgianCoOwnershipRules.standard(),
        MeetingFixtures.fiveOwners(), HolderId.of("syndic")).withItem(MeetingFixtures.roofWorks())
        .convene(CONVOKED_ON, MEETING_ON, AT).snapshot();

    GeneralAssembly.Snapshot corrupt = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(),
        s.syndic(), s.session(), null, s.state(), s.agenda(), s.convokedOn(), s.meetingOn(), null, List.of(), null,
        other.history());

    assertRefused(() -> GeneralAssembly.restore(corrupt), ErrorCode.INVALID_FIELD);
  }

  static GeneralAssembly.Snapshot withAttendance(GeneralAssembly.Snapshot s, GeneralAssembly.Snapshot from) {
    return new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(), s.syndic(), s.session(),
        s.previousMeetingOn(), s.state(), s.agenda(), s.convokedOn(), s.meetingOn(), from.attendance(), s.votes(),
        s.publishedOn(), s.history());
  }

  static GeneralAssembly.Snapshot withVotes(GeneralAssembly.Snapshot s, List<MinutesEntry> votes) {
    return new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(), s.syndic(), s.session(),
        s.previousMeetingOn(), s.state(), s.agenda(), s.convokedOn(), s.meetingOn(), s.attendance(), votes,
        s.publishedOn(), s.history());
  }

  static void assertRefused(Runnable restore, ErrorCode code) {
    assertThatThrownBy(restore::run)
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
