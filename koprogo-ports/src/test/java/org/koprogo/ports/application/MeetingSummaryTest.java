/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.MeetingSummary;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.memory.MemoryDatabase;

/** {@link MeetingSummary}: an assembly as it stands, in plain values, from its stored state only. */
class MeetingSummaryTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final RunGeneralAssembly meetings = useCases.runGeneralAssembly();
  private final AssemblyRef ga = new AssemblyRef(ORG, "ga-1", null, "syndic-1");

  MeetingSummaryTest() {
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR", List.of(
            new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("600"),
                List.of(new RegisterBuilding.OwnershipLine("O1", "1"))),
            new RegisterBuilding.LotLine("A2", "A2", new BigDecimal("400"),
                List.of(new RegisterBuilding.OwnershipLine("O2", "1")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Ada", "", "", ""),
            new RegisterBuilding.OwnerLine("O2", "Bob", "", "", "")), "syndic-1"));
    useCases.draftGeneralAssembly().forBuilding("B1", new DraftGeneralAssembly.Draft(ORG, "syndic-1", "ga-1",
        null, LocalDate.parse("2026-09-17"), "syndic-1", null, List.of(
            ItemRequest.ofType("roof", "Repair the roof", "WORKS_ON_COMMON_PARTS"),
            ItemRequest.stated("bikes", "A bike shed", "ABSOLUTE")), null));
  }

  @Test
  void aDraftHasItsVotingBodyAndAgendaButNoAttendanceNorDeadlineYet() {
    MeetingSummary draft = MeetingSummary.of(meetings.meeting(ORG, "ga-1"));

    assertThat(draft.state()).isEqualTo("DRAFT");
    assertThat(draft.building()).isEqualTo("B1");
    assertThat(draft.votingBody()).containsExactly(new MeetingSummary.Voter("O1", "600", 1, true),
        new MeetingSummary.Voter("O2", "400", 1, true));
    assertThat(draft.agenda()).extracting(MeetingSummary.Item::majority).containsExactly("TWO_THIRDS", "ABSOLUTE");
    assertThat(draft.agenda()).extracting(MeetingSummary.Item::vote).containsOnlyNulls();
    assertThat(draft.attendance()).isNull();
    assertThat(draft.quorum()).isNull();
    assertThat(draft.rejectedProxies()).isEmpty();
    assertThat(draft.minutesDueOn()).isNull();
  }

  @Test
  void aClosedAssemblyShowsEachVoteTheQuorumAndTheCalendarsDeadlines() {
    Meeting convened = meetings.convene(ga, LocalDate.parse("2026-09-01"), null);
    Meeting opened = meetings.open(ga.at(convened.version()), null, List.of(
        new org.koprogo.ports.in.assembly.RunGeneralAssembly.Presence("O1", "PRESENT", null),
        new org.koprogo.ports.in.assembly.RunGeneralAssembly.Presence("O2", "PROXY", "O1")));
    Meeting voting = meetings.startVoting(ga.at(opened.version()));
    voting = meetings.vote(ga.at(voting.version()), "roof", Map.of("O1", "FOR", "O2", "AGAINST"), null);
    Meeting closed = meetings.close(ga.at(voting.version()), "en");

    MeetingSummary summary = MeetingSummary.of(closed);

    assertThat(summary.version()).isEqualTo(closed.version());
    assertThat(summary.meetingOn()).isEqualTo("2026-09-17");
    assertThat(summary.minutesDueOn()).isEqualTo("2026-10-17");
    assertThat(summary.challengeDeadline()).isNotNull();
    assertThat(summary.attendance()).containsExactly(new MeetingSummary.Presence("O1", "PRESENT", null),
        new MeetingSummary.Presence("O2", "PROXY", "O1"));
    assertThat(summary.quorum().reached()).isTrue();
    assertThat(summary.quorum().sharesPresent()).isEqualTo("1000");
    MeetingSummary.Vote roof = summary.agenda().get(0).vote();
    assertThat(roof.adopted()).isFalse();
    assertThat(roof.forVotes()).isEqualTo("600");
    assertThat(roof.against()).isEqualTo("400");
    assertThat(roof.ballots()).containsOnly(Map.entry("O1", "FOR"), Map.entry("O2", "AGAINST"));
    assertThat(summary.agenda().get(1).vote()).isNull();
    assertThat(summary.history()).extracting(MeetingSummary.Event::event)
        .contains("AssemblyConvened", "AssemblyClosed");
    assertThat(summary.history()).filteredOn(e -> "AssemblyClosed".equals(e.event()))
        .singleElement().satisfies(e -> {
          assertThat(e.notVoted()).containsExactly("bikes");
          assertThat(e.minutesDueOn()).isEqualTo("2026-10-17");
          assertThat(e.item()).isNull();
          assertThat(e.late()).isNull();
        });
    assertThat(summary.history()).filteredOn(e -> "AssemblyConvened".equals(e.event()))
        .singleElement().satisfies(e -> {
          assertThat(e.convokedOn()).isNotNull();
          assertThat(e.meetingOn()).isNotNull();
          assertThat(e.notVoted()).isNull();
        });
  }

  @Test
  void aConvocationsAnswerSaysHowEachOwnerIsConvenedAndNoOtherSummaryDoes() {
    org.koprogo.ports.in.assembly.Convened convened = meetings.convene(ga, new org.koprogo.ports.in.assembly
        .Convocation(LocalDate.parse("2026-09-01"), java.time.LocalDateTime.parse("2026-09-17T19:30"), "Salle B",
        null));

    MeetingSummary answer = MeetingSummary.of(convened);
    MeetingSummary read = MeetingSummary.of(meetings.meeting(ORG, "ga-1"));

    assertThat(answer.state()).isEqualTo("CONVENED");
    assertThat(answer.startsAt()).isEqualTo("19:30");
    assertThat(answer.place()).isEqualTo("Salle B");
    assertThat(answer.convocations().owners()).extracting(MeetingSummary.OwnerConvocation::owner)
        .containsExactly("O1", "O2");
    assertThat(answer.convocations().owners()).extracting(MeetingSummary.OwnerConvocation::means)
        .containsOnly("REGISTERED_LETTER");
    assertThat(answer.convocations().byPost()).containsExactly("O1", "O2");
    assertThat(read.convocations()).isNull();
    assertThat(read).isEqualTo(new MeetingSummary(answer.id(), answer.version(), answer.building(), answer.rules(),
        answer.session(), answer.state(), answer.syndic(), answer.votingBody(), answer.agenda(),
        answer.convokedOn(), answer.meetingOn(), answer.attendance(), answer.quorum(), answer.rejectedProxies(),
        answer.minutesDueOn(), answer.challengeDeadline(), answer.publishedOn(), answer.history(),
        answer.startsAt(), answer.place(), null));
  }
}
