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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.AssemblyCalendar;
import org.koprogo.domain.assembly.Attendance;
import org.koprogo.domain.assembly.Ballot;
import org.koprogo.domain.assembly.BelgianCoOwnershipRules;
import org.koprogo.domain.assembly.DecisionType;
import org.koprogo.domain.assembly.FrenchCoOwnershipRules;
import org.koprogo.domain.assembly.FrenchMajority;
import org.koprogo.domain.assembly.HolderId;
import org.koprogo.domain.assembly.Majority;
import org.koprogo.domain.assembly.Outcome;
import org.koprogo.domain.assembly.PeriodCounting;
import org.koprogo.domain.assembly.RequiredMajority;
import org.koprogo.domain.assembly.ResolutionId;
import org.koprogo.domain.assembly.VoteCount;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** The meeting's law: second session, conflicts of interest, convocation, minutes, the French profile. */
class AssemblyLawTest {

  private static void assertRefused(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static Map<OwnerId, Ballot> ballots(String... pairs) {
    Map<OwnerId, Ballot> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(OwnerId.of(pairs[i]), Ballot.valueOf(pairs[i + 1]));
    }
    return map;
  }

  private static List<Attendance> everyonePresent() {
    return List.of(Attendance.present("A"), Attendance.present("B"), Attendance.present("C"),
        Attendance.present("D"), Attendance.present("E"));
  }

  // --- second session: the same agenda ---

  @Test
  void refusesToAddAnItemToASecondSession() {
    GeneralAssembly second = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2"));

    assertRefused(() -> second.withItem(AgendaItem.bySyndic("lift", "New lift",
        RequiredMajority.of(DecisionType.WORKS_ON_COMMON_PARTS))), ErrorCode.ILLEGAL_TRANSITION);
    assertThat(second.firstSessionAgenda()).isEqualTo(MeetingFixtures.draft().agenda());
  }

  @Test
  void refusesToRestoreASecondSessionWhoseAgendaDiffersFromTheFirst() {
    GeneralAssembly.Snapshot s = MeetingFixtures.withoutQuorum().secondSession(AssemblyId.of("ga-2")).snapshot();
    GeneralAssembly.Snapshot changed = new GeneralAssembly.Snapshot(s.id(), s.rules(), s.headCount(), s.owners(),
        s.syndic(), s.session(), s.previousMeetingOn(), s.state(), List.of(MeetingFixtures.roofWorks()),
        s.convokedOn(), s.meetingOn(), s.attendance(), s.votes(), s.publishedOn(), s.history(), null, null,
        s.firstSessionAgenda(), null, null);

    assertThat(GeneralAssembly.restore(s).snapshot()).isEqualTo(s);
    assertRefused(() -> GeneralAssembly.restore(changed), ErrorCode.INVALID_FIELD);
  }

  @Test
  void opensASecondSessionWithItsOwnAttendanceNoProxyCarriedOver() {
    GeneralAssembly first = MeetingFixtures.convened().open(MEETING_ON,
        List.of(Attendance.present("A"), Attendance.proxy("B", "A")), AT);
    GeneralAssembly second = first.secondSession(AssemblyId.of("ga-2"))
        .convene(MEETING_ON, MEETING_ON.plusDays(16), AT)
        .open(MEETING_ON.plusDays(16), List.of(Attendance.present("A")), AT);

    assertThat(first.tally().isPresentOrRepresented(OwnerId.of("B"))).isTrue();
    assertThat(second.tally().isPresentOrRepresented(OwnerId.of("B"))).isFalse();
  }

  // --- conflict of interest ---

  @Test
  void excludesTheSyndicFromTheVoteOnTheirDischarge() {
    AgendaItem discharge = AgendaItem.bySyndic("discharge", "Discharge of the syndic",
        RequiredMajority.of(DecisionType.SYNDIC_DISCHARGE));
    GeneralAssembly voting = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
            MeetingFixtures.fiveOwners(), HolderId.of("E"))
        .withItem(discharge).convene(CONVOKED_ON, MEETING_ON, AT).open(MEETING_ON, everyonePresent(), AT)
        .startVoting();

    GeneralAssembly voted = voting.vote(ResolutionId.of("discharge"),
        ballots("A", "FOR", "B", "FOR", "D", "AGAINST"), Set.of(), AT);

    MinutesEntry entry = voted.close(AT).minutes().entries().get(0);
    assertThat(entry.excluded()).containsExactly(OwnerId.of("E"));
    assertThat(entry.count().outcome()).isEqualTo(Outcome.REJECTED);
    assertRefused(() -> voting.vote(ResolutionId.of("discharge"), ballots("E", "FOR"), Set.of(), AT),
        ErrorCode.BALLOT_FROM_EXCLUDED_OWNER);
  }

  @Test
  void excludesANamedPersonAndTheOwnersWhoseProxyTheyHold() {
    AgendaItem contract = AgendaItem.concerning("cleaning", "Cleaning contract with C", HolderId.of("C"));
    GeneralAssembly voting = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
            MeetingFixtures.fiveOwners(), HolderId.of("syndic"))
        .withItem(contract).convene(CONVOKED_ON, MEETING_ON, AT)
        .open(MEETING_ON, List.of(Attendance.present("A"), Attendance.present("C"), Attendance.proxy("B", "C"),
            Attendance.present("D"), Attendance.present("E")), AT)
        .startVoting();

    GeneralAssembly voted = voting.vote(ResolutionId.of("cleaning"), ballots("A", "FOR", "D", "FOR"), Set.of(), AT);

    assertThat(voted.close(AT).minutes().entries().get(0).excluded())
        .containsExactlyInAnyOrder(OwnerId.of("B"), OwnerId.of("C"));
    assertRefused(() -> voting.vote(ResolutionId.of("cleaning"), ballots("B", "AGAINST"), Set.of(), AT),
        ErrorCode.BALLOT_FROM_EXCLUDED_OWNER);
  }

  @Test
  void aContractItemNamesItsPerson() {
    assertRefused(() -> new AgendaItem(ResolutionId.of("x"), "x", RequiredMajority.of(DecisionType.CONTRACT_WITH_NAMED_PERSON),
        AgendaOrigin.SYNDIC, List.of(), null), ErrorCode.INVALID_FIELD);
  }

  // --- a charge borne by some owners (art. 3.87 §6) ---

  @Test
  void votesAnItemOnACostBorneBySomeOwnersByTheirPartsOfIt() {
    Map<OwnerId, java.math.BigDecimal> lift = new LinkedHashMap<>();
    lift.put(OwnerId.of("C"), java.math.BigDecimal.ONE);
    lift.put(OwnerId.of("D"), java.math.BigDecimal.ONE);
    lift.put(OwnerId.of("E"), java.math.BigDecimal.ONE);
    AgendaItem item = AgendaItem.bySyndic("lift", "Lift of the B wing",
        RequiredMajority.of(DecisionType.ORDINARY_ADMINISTRATION)).withChargeKey(lift);
    GeneralAssembly voting = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
            MeetingFixtures.fiveOwners(), null)
        .withItem(item).convene(CONVOKED_ON, MEETING_ON, AT).open(MEETING_ON, everyonePresent(), AT).startVoting();

    GeneralAssembly voted = voting.vote(ResolutionId.of("lift"), ballots("C", "FOR", "D", "FOR", "E", "AGAINST"),
        Set.of(), AT);

    VoteCount count = voted.counts().get(0);
    assertThat(count.forVotes().toPlainString(4)).isEqualTo("2");
    assertThat(count.against().toPlainString(4)).isEqualTo("1");
    assertThat(count.adopted()).isTrue();
    assertRefused(() -> voting.vote(ResolutionId.of("lift"), ballots("A", "FOR"), Set.of(), AT),
        ErrorCode.BALLOT_FROM_UNCONCERNED_OWNER);
    assertThat(GeneralAssembly.restore(voted.snapshot()).snapshot()).isEqualTo(voted.snapshot());
    assertRefused(() -> GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
        MeetingFixtures.fiveOwners(), null).withItem(item.withChargeKey(Map.of(OwnerId.of("Z"),
        java.math.BigDecimal.ONE))), ErrorCode.UNKNOWN_OWNER);
  }

  // --- convocation ---

  @Test
  void countsTheNoticeWithBothEndDaysExcludedByDefault() {
    GeneralAssembly draft = MeetingFixtures.draft();

    assertThat(draft.convene(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 16), AT).state())
        .isEqualTo(AssemblyState.CONVENED);
    assertRefused(() -> draft.convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), AT),
        ErrorCode.ILLEGAL_TRANSITION);
    assertThat(BelgianCoOwnershipRules.standard().calendar().earliestMeeting(LocalDate.of(2026, 3, 1)))
        .isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void countsTheNoticeFromTheDayAfterWhenTheRulesSaySo() {
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ga"),
        BelgianCoOwnershipRules.standard().countingPeriods(PeriodCounting.FIRST_DAY_EXCLUDED),
        MeetingFixtures.fiveOwners(), null).withItem(MeetingFixtures.budget());

    assertThat(draft.convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), AT).state())
        .isEqualTo(AssemblyState.CONVENED);
  }

  @Test
  void takesTheNoticeFromTheStatutesButNeverUnderFifteenDays() {
    BelgianCoOwnershipRules twenty = BelgianCoOwnershipRules.standard().withStatutoryNotice(20);
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ga"), twenty, MeetingFixtures.fiveOwners(), null)
        .withItem(MeetingFixtures.budget());

    assertRefused(() -> draft.convene(CONVOKED_ON, MEETING_ON, AT), ErrorCode.ILLEGAL_TRANSITION);
    GeneralAssembly convened = draft.convene(CONVOKED_ON, LocalDate.of(2026, 3, 21), AT);
    assertThat(GeneralAssembly.restore(convened.snapshot()).rules()).isEqualTo(twenty);
    assertRefused(() -> BelgianCoOwnershipRules.standard().withStatutoryNotice(14), ErrorCode.INVALID_FIELD);
  }

  @Test
  void reportsTheDayByWhichAnAssemblyOwnersRequiredMustBeConvened() {
    AssemblyRequest request = new AssemblyRequest(List.of(OwnerId.of("D")), LocalDate.of(2026, 3, 2),
        List.of(AgendaItem.requestedBy(List.of(OwnerId.of("D")), "audit", "Audit of the accounts",
            RequiredMajority.of(DecisionType.ORDINARY_ADMINISTRATION))));

    GeneralAssembly requested = GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ga"),
        BelgianCoOwnershipRules.standard(), MeetingFixtures.fiveOwners(), null, request, AT);

    assertThat(requested.requestedConvocationDueBy()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(requested.history().get(0)).isInstanceOfSatisfying(AssemblyRequested.class,
        e -> assertThat(e.convokeBy()).isEqualTo(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void putsOnTheAgendaTheOwnersItemsReceivedThreeWeeksBeforeTheStatutoryPeriod() {
    GeneralAssembly draft = MeetingFixtures.draft();
    LocalDate periodStarts = LocalDate.of(2026, 4, 15);

    assertRefused(() -> draft.convene(CONVOKED_ON, MEETING_ON, periodStarts,
        Map.of(ResolutionId.of("lift"), LocalDate.of(2026, 3, 25)), AT), ErrorCode.ILLEGAL_TRANSITION);
    assertThat(draft.convene(CONVOKED_ON, MEETING_ON, periodStarts,
        Map.of(ResolutionId.of("lift"), LocalDate.of(2026, 3, 26), ResolutionId.of("roof"), LocalDate.of(2026, 1, 5)),
        AT).state()).isEqualTo(AssemblyState.CONVENED);
  }

  // --- decision types ---

  @Test
  void changesTheSharesAtTheMajorityOfTheMainDecision() {
    assertThat(RequiredMajority.consequenceOf(DecisionType.WORKS_ON_COMMON_PARTS).majority()).isEqualTo(Majority.TWO_THIRDS);
    assertThat(RequiredMajority.consequenceOf(DecisionType.ACQUISITION_OF_PROPERTY).majority())
        .isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(RequiredMajority.consequenceOf(DecisionType.WORKS_ON_COMMON_PARTS).legalBasis())
        .contains("3.88 §3", "3.88 §1, 1°, b)");
    assertRefused(() -> RequiredMajority.consequenceOf(DecisionType.CHANGE_OF_USE), ErrorCode.INVALID_FIELD);
    assertRefused(() -> RequiredMajority.of(DecisionType.CHANGE_OF_SHARES_AS_CONSEQUENCE), ErrorCode.INVALID_FIELD);
  }

  @Test
  void namesTheMajoritiesOfTheNewDecisionTypes() {
    assertThat(DecisionType.COMPETITIVE_TENDER_THRESHOLD.legalMajority()).isEqualTo(Majority.TWO_THIRDS);
    assertThat(DecisionType.WORKS_ON_PRIVATE_PARTS_BY_ASSOCIATION.legalMajority()).isEqualTo(Majority.TWO_THIRDS);
    assertThat(DecisionType.CREATION_OF_PARTIAL_ASSOCIATIONS.legalMajority()).isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(DecisionType.DEMOLITION_FOR_EXCESSIVE_COMPLIANCE_COST.legalMajority()).isEqualTo(Majority.FOUR_FIFTHS);
    assertThat(DecisionType.NOT_CONSTITUTING_RESERVE_FUND.article()).isEqualTo("Civil Code art. 3.86 §3");
  }

  @Test
  void showsInTheMinutesTheReferralOfADemolitionForTheCostOfCompliance() {
    AgendaItem demolition = AgendaItem.bySyndic("demolition", "Demolition and rebuilding",
        RequiredMajority.of(DecisionType.DEMOLITION_FOR_EXCESSIVE_COMPLIANCE_COST));
    GeneralAssembly voted = GeneralAssembly.draft(AssemblyId.of("ga"), BelgianCoOwnershipRules.standard(),
            MeetingFixtures.fiveOwners(), null)
        .withItem(demolition).convene(CONVOKED_ON, MEETING_ON, AT).open(MEETING_ON, everyonePresent(), AT)
        .startVoting()
        .vote(ResolutionId.of("demolition"), ballots("A", "FOR", "B", "FOR", "C", "FOR", "D", "FOR", "E", "FOR"),
            Set.of(), AT);

    assertThat(voted.close(AT).minutes().entries().get(0).referralToJusticeOfThePeace()).isTrue();
  }

  // --- minutes ---

  @Test
  void namesTheOwnersWhoVotedAgainstOrAbstainedAndWhoSigned() {
    GeneralAssembly closed = MeetingFixtures.voting()
        .vote(ResolutionId.of("roof"), ballots("A", "FOR", "E", "FOR", "D", "AGAINST", "C", "BLANK"), Set.of(), AT)
        .close(new MinutesSignatures(HolderId.of("A"), HolderId.of("syndic"),
            List.of(HolderId.of("A"), HolderId.of("B"), HolderId.of("D"))), AT);

    Minutes minutes = closed.minutes();

    assertThat(minutes.dissentOn(ResolutionId.of("roof")).against()).containsExactly(OwnerId.of("D"));
    assertThat(minutes.dissentOn(ResolutionId.of("roof")).abstained()).containsExactly(OwnerId.of("B"), OwnerId.of("C"));
    assertThat(minutes.dissentOn(ResolutionId.of("budget"))).isNull();
    assertThat(minutes.signatures().ownersStillPresent()).hasSize(3);
    assertThat(GeneralAssembly.restore(closed.snapshot()).snapshot()).isEqualTo(closed.snapshot());
  }

  @Test
  void refusesASignatoryWhoDidNotAttend() {
    assertRefused(() -> MeetingFixtures.voting().close(new MinutesSignatures(HolderId.of("A"), HolderId.of("syndic"),
        List.of(HolderId.of("Z"))), AT), ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void takesAWrittenDecisionOnlyWithEveryOwnersWrittenAgreement() {
    Map<OwnerId, LocalDate> agreed = new LinkedHashMap<>();
    for (String o : List.of("A", "B", "C", "D")) {
      agreed.put(OwnerId.of(o), LocalDate.of(2026, 5, 1));
    }
    WrittenDecision four = WrittenDecision.of(ResolutionId.of("w1"), "Paint the hall", false,
        MeetingFixtures.fiveOwners(), agreed);
    agreed.put(OwnerId.of("E"), LocalDate.of(2026, 5, 3));
    WrittenDecision all = WrittenDecision.of(ResolutionId.of("w1"), "Paint the hall", false,
        MeetingFixtures.fiveOwners(), agreed);

    assertThat(four.taken()).isFalse();
    assertThat(four.missing()).containsExactly(OwnerId.of("E"));
    assertThat(all.taken()).isTrue();
    assertThat(all.takenOn()).isEqualTo(LocalDate.of(2026, 5, 3));
    assertRefused(() -> WrittenDecision.of(ResolutionId.of("w2"), "Sell the garden", true,
        MeetingFixtures.fiveOwners(), agreed), ErrorCode.INVALID_FIELD);
  }

  // --- the French profile ---

  private static GeneralAssembly frenchVoting(AgendaItem item) {
    return GeneralAssembly.draft(AssemblyId.of("ag-fr"), FrenchCoOwnershipRules.rules(), MeetingFixtures.fiveOwners(),
            null)
        .withItem(item).convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 23), AT)
        .open(LocalDate.of(2026, 3, 23), everyonePresent(), AT).startVoting();
  }

  @Test
  void convenesAFrenchAssemblyTwentyOneDaysAhead() {
    GeneralAssembly draft = GeneralAssembly.draft(AssemblyId.of("ag-fr"), FrenchCoOwnershipRules.rules(),
        MeetingFixtures.fiveOwners(), null).withItem(AgendaItem.bySyndic("r", "Accounts",
            RequiredMajority.stated(FrenchMajority.ARTICLE_24)));

    assertRefused(() -> draft.convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 22), AT),
        ErrorCode.ILLEGAL_TRANSITION);
    assertThat(draft.convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 23), AT).state())
        .isEqualTo(AssemblyState.CONVENED);
    assertRefused(() -> draft.withItem(MeetingFixtures.budget()), ErrorCode.UNKNOWN_MAJORITY);
  }

  @Test
  void aFrenchAssemblyHasNoSecondSessionAndItsChallengeRunsFromTheNotification() {
    AgendaItem accounts = AgendaItem.bySyndic("r", "Accounts", RequiredMajority.stated(FrenchMajority.ARTICLE_24));
    GeneralAssembly nobody = GeneralAssembly.draft(AssemblyId.of("ag-fr"), FrenchCoOwnershipRules.rules(),
            MeetingFixtures.fiveOwners(), null)
        .withItem(accounts).convene(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 23), AT)
        .open(LocalDate.of(2026, 3, 23), List.of(), AT);
    GeneralAssembly closed = frenchVoting(accounts).close(AT);
    GeneralAssembly notified = closed.publishMinutes(LocalDate.of(2026, 4, 10), AT);

    assertRefused(() -> nobody.secondSession(AssemblyId.of("ag-fr-2")), ErrorCode.ILLEGAL_TRANSITION);
    assertThat(closed.minutes().dueOn()).isEqualTo(LocalDate.of(2026, 4, 23));
    assertThat(closed.minutes().challengeDeadline()).isNull();
    assertThat(notified.challengeDeadline()).isEqualTo(LocalDate.of(2026, 6, 10));
    assertThat(AssemblyCalendar.french().requestShare().toString()).isEqualTo("1/4");
  }

  @Test
  void aQuarterOfTheVotesRequiresAFrenchAssembly() {
    AgendaItem item = AgendaItem.requestedBy(List.of(OwnerId.of("A"), OwnerId.of("B")), "audit", "Audit",
        RequiredMajority.stated(FrenchMajority.ARTICLE_24));
    AssemblyRequest fifth = new AssemblyRequest(List.of(OwnerId.of("A"), OwnerId.of("B")), LocalDate.of(2026, 3, 2),
        List.of(item));

    assertRefused(() -> GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ag"), FrenchCoOwnershipRules.rules(),
        MeetingFixtures.fiveOwners(), null, fifth, AT), ErrorCode.INSUFFICIENT_SHARES_FOR_REQUEST);
    GeneralAssembly quarter = GeneralAssembly.draftOnOwnersRequest(AssemblyId.of("ag"), FrenchCoOwnershipRules.rules(),
        MeetingFixtures.fiveOwners(), null,
        new AssemblyRequest(List.of(OwnerId.of("D")), LocalDate.of(2026, 3, 2), List.of()), AT);
    assertThat(quarter.requestedConvocationDueBy()).isNull();
  }

  @Test
  void votesAgainAtOnceUnderArticle24WhenArticle25FailedWithAThirdOfAllVotes() {
    GeneralAssembly voting = frenchVoting(AgendaItem.bySyndic("works", "Works",
        RequiredMajority.stated(FrenchMajority.ARTICLE_25)));

    GeneralAssembly first = voting.vote(ResolutionId.of("works"),
        ballots("A", "FOR", "D", "FOR", "E", "AGAINST"), Set.of(), AT);
    GeneralAssembly second = first.secondVote(ResolutionId.of("works"),
        ballots("A", "FOR", "D", "FOR", "E", "ABSTAIN"), Set.of(), AT);

    assertThat(first.opensSecondVote(ResolutionId.of("works"))).isTrue();
    MinutesEntry entry = second.close(AT).minutes().entries().get(0);
    assertThat(entry.count().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entry.secondVote().count().majority().majority()).isEqualTo(FrenchMajority.ARTICLE_24);
    assertThat(entry.decidingCount().adopted()).isTrue();
    assertThat(second.history()).last().isInstanceOfSatisfying(ResolutionAdopted.class,
        e -> assertThat(e.legalBasis()).contains("25-1"));
    assertRefused(() -> second.secondVote(ResolutionId.of("works"), ballots(), Set.of(), AT),
        ErrorCode.ILLEGAL_TRANSITION);
    assertThat(GeneralAssembly.restore(second.snapshot()).snapshot()).isEqualTo(second.snapshot());
  }

  @Test
  void refusesASecondVoteBelowAThirdOfAllVotes() {
    GeneralAssembly first = frenchVoting(AgendaItem.bySyndic("works", "Works",
        RequiredMajority.stated(FrenchMajority.ARTICLE_25)))
        .vote(ResolutionId.of("works"), ballots("A", "FOR", "B", "FOR", "C", "FOR", "E", "AGAINST"), Set.of(), AT);

    assertThat(first.opensSecondVote(ResolutionId.of("works"))).isFalse();
    assertRefused(() -> first.secondVote(ResolutionId.of("works"), ballots("A", "FOR"), Set.of(), AT),
        ErrorCode.ILLEGAL_TRANSITION);
  }

  @Test
  void votesAgainAtOnceUnderArticle25ThroughTheArticle26Passerelle() {
    GeneralAssembly first = frenchVoting(AgendaItem.bySyndic("rules", "Change of the rules",
        RequiredMajority.stated(FrenchMajority.ARTICLE_26)))
        .vote(ResolutionId.of("rules"), ballots("A", "FOR", "B", "FOR", "D", "FOR", "E", "AGAINST"), Set.of(), AT);

    GeneralAssembly second = first.secondVote(ResolutionId.of("rules"),
        ballots("A", "FOR", "B", "FOR", "C", "FOR", "D", "FOR", "E", "AGAINST"), Set.of(), AT);

    MinutesEntry entry = second.close(AT).minutes().entries().get(0);
    assertThat(entry.count().adopted()).isFalse();
    assertThat(entry.secondVote().count().majority().majority()).isEqualTo(FrenchMajority.ARTICLE_25);
    assertThat(entry.decidingCount().adopted()).isTrue();
  }
}
