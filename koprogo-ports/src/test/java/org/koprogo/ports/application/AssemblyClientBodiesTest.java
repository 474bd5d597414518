/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.recording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.AssemblyViews;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.MeetingSummary;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.OrganisationId;

/**
 * The general assembly's client bodies (what a client sends, which a host binds as it is) become
 * the in-ports' commands with the tenant, the path's ids, the version read and the actor, a new id
 * when the client names none; and {@link AssemblyViews} shows the stored assemblies and their
 * minutes in plain values.
 */
class AssemblyClientBodiesTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final LocalDate DAY = LocalDate.parse("2026-09-17");

  /** The use cases on a store holding ACME and its building B1: one lot, A1, of owner O1. */
  private static UseCases withBuildingB1() {
    MemoryDatabase store = UseCaseFixtures.store();
    UseCases useCases = UseCaseFixtures.useCases(store);
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR", List.of(new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("1000"),
            List.of(new RegisterBuilding.OwnershipLine("O1", "1")))),
        List.of(new RegisterBuilding.OwnerLine("O1", "Ada", "", "", "")), "syndic-1"));
    return useCases;
  }

  private static RunGeneralAssembly.NewItem item(String id, String majority, Long version) {
    return new RunGeneralAssembly.NewItem(id, "Item " + id, null, majority, null, null, null, null, version, null,
        null);
  }

  @Test
  void aDraftGetsAnIdAndItsItemsLoseTheirVersion() {
    List<Object> seen = new ArrayList<>();
    DraftGeneralAssembly drafts = recording(DraftGeneralAssembly.class, seen);
    RunGeneralAssembly.NewItem requested = new RunGeneralAssembly.NewItem("lift", "Lift", "WORKS_ON_COMMON_PARTS",
        "FOUR_FIFTHS", "statutes", null, List.of("O2"), DAY.minusDays(40), 3L, Map.of("O1", "1"), "C1");

    drafts.forBuilding(ORG, "B1", new DraftGeneralAssembly.NewAssembly(" ", null, DAY, "s1",
        List.of(item("roof", "ABSOLUTE", 7L)), new DraftGeneralAssembly.OwnersRequisition(List.of("O2"),
            DAY.minusDays(40), List.of(requested))), "syndic");
    drafts.forOrganisation(ORG, new DraftGeneralAssembly.NewOrganisationAssembly("ga-2", "ONE_MEMBER_ONE_VOTE", DAY,
        null, List.of("M1", "M2"), null), "syndic");
    drafts.secondSession(ORG, "ga-1", new DraftGeneralAssembly.SecondSession(null, DAY.plusDays(20), 4L), "syndic");

    assertThat(seen.get(0)).isEqualTo("B1");
    DraftGeneralAssembly.Draft building = (DraftGeneralAssembly.Draft) seen.get(1);
    assertThat(building.id()).isNotBlank();
    assertThat(building).isEqualTo(new DraftGeneralAssembly.Draft(ORG, "syndic", building.id(), null, DAY, "s1", null,
        List.of(ItemRequest.stated("roof", "Item roof", "ABSOLUTE")), new DraftGeneralAssembly.OwnersRequest(
            List.of("O2"), DAY.minusDays(40), List.of(new ItemRequest("lift", "Lift", "WORKS_ON_COMMON_PARTS",
                "FOUR_FIFTHS", "statutes", null, List.of("O2"), DAY.minusDays(40), Map.of("O1", "1"), "C1")))));
    assertThat(seen.get(2)).isEqualTo(new DraftGeneralAssembly.Draft(ORG, "syndic", "ga-2", "ONE_MEMBER_ONE_VOTE",
        DAY, null, List.of("M1", "M2"), null, null));
    assertThat(seen.get(3)).isEqualTo(new AssemblyRef(ORG, "ga-1", 4L, "syndic"));
    assertThat((String) seen.get(4)).isNotBlank();
    assertThat(seen.get(5)).isEqualTo(DAY.plusDays(20));
    assertThat(RunGeneralAssembly.NewItem.items(null)).isNull();
    assertThat(RunGeneralAssembly.NewItem.items(Arrays.asList(item("a", "ABSOLUTE", null), null)))
        .containsExactly(ItemRequest.stated("a", "Item a", "ABSOLUTE"), null);
  }

  @Test
  void eachStepOfTheLifecycleReadsTheVersionTheClientNames() {
    List<Object> seen = new ArrayList<>();
    RunGeneralAssembly meetings = recording(RunGeneralAssembly.class, seen);
    List<RunGeneralAssembly.Presence> attendance = List.of(new RunGeneralAssembly.Presence("O1", "PRESENT", null));

    meetings.addItem(ORG, "ga-1", item("roof", "ABSOLUTE", 1L), "s");
    meetings.open(ORG, "ga-1", new RunGeneralAssembly.Opening(null, attendance, 2L), "s");
    meetings.startVoting(ORG, "ga-1", new RunGeneralAssembly.Versioned(3L), "s");
    meetings.vote(ORG, "ga-1", "roof", new RunGeneralAssembly.BallotBox(Map.of("O1", "FOR"), null, 4L), "s");
    meetings.close(ORG, "ga-1", new RunGeneralAssembly.Closing("en", 5L), "s");
    meetings.publishMinutes(ORG, "ga-1", new RunGeneralAssembly.Publication(DAY, null), "s");

    assertThat(seen).containsExactly(
        new AssemblyRef(ORG, "ga-1", 1L, "s"), ItemRequest.stated("roof", "Item roof", "ABSOLUTE"),
        new AssemblyRef(ORG, "ga-1", 2L, "s"), null, attendance,
        new AssemblyRef(ORG, "ga-1", 3L, "s"),
        new AssemblyRef(ORG, "ga-1", 4L, "s"), "roof", Map.of("O1", "FOR"), null,
        new AssemblyRef(ORG, "ga-1", 5L, "s"), "en",
        new AssemblyRef(ORG, "ga-1", null, "s"), DAY);
  }

  @Test
  void aConvocationWithItsTimeAndPlaceIsRecordedAndOneWithoutThemIsTheDeprecatedForm() {
    UseCases useCases = withBuildingB1();
    DraftGeneralAssembly drafts = useCases.draftGeneralAssembly();
    RunGeneralAssembly meetings = useCases.runGeneralAssembly();
    for (String id : List.of("ga-1", "ga-2", "ga-3")) {
      drafts.forBuilding(ORG, "B1", new DraftGeneralAssembly.NewAssembly(id, null, DAY, null,
          List.of(item("roof", "ABSOLUTE", null)), null), "syndic-1");
    }

    MeetingSummary recorded = meetings.convene(ORG, "ga-1", new RunGeneralAssembly.Convening(DAY.minusDays(20),
        LocalDateTime.parse("2026-09-17T19:30"), "Salle 1", null, 1L), "syndic-1");
    MeetingSummary deprecated = meetings.convene(ORG, "ga-2", new RunGeneralAssembly.Convening(DAY.minusDays(20),
        null, null, null, null), "syndic-1");

    assertThat(recorded.state()).isEqualTo("CONVENED");
    assertThat(recorded.place()).isEqualTo("Salle 1");
    assertThat(recorded.convocations()).isNotNull();
    assertThat(deprecated.state()).isEqualTo("CONVENED");
    assertThat(deprecated.meetingOn()).isEqualTo("2026-09-17");
    assertThat(deprecated.convocations()).isNull();
    assertThatThrownBy(() -> meetings.convene(ORG, "ga-3", new RunGeneralAssembly.Convening(DAY.minusDays(20),
        LocalDateTime.parse("2026-09-17T19:30"), "Salle 1", DAY.plusDays(1), null), "syndic-1"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "meetingOn");
        });
  }

  @Test
  void theMinutesAreRecordedAndCorrectedAsAClientSendsThem() {
    List<Object> seen = new ArrayList<>();
    KeepAssemblyMinutes minutes = recording(KeepAssemblyMinutes.class, seen);
    KeepAssemblyMinutes.Votes votes = new KeepAssemblyMinutes.Votes(null, null, null, "s1", "fr");

    minutes.record(ORG, "ga-1", votes, "syndic");

    assertThat(seen).containsExactly(new AssemblyRef(ORG, "ga-1", null, "syndic"), votes);
  }

  @Test
  void anAssemblyShowsItsIdsAndDaysAsText() {
    Assembly stored = new Assembly(new OrganisationId(ORG), new AssemblyId("ga-1"), null, DAY, "FIRST",
        "ONE_MEMBER_ONE_VOTE", "CLOSED", List.of(new Assembly.Resolution("r1", "Budget", "ABSOLUTE", "ADOPTED"),
            new Assembly.Resolution("r2", "Shed", "ABSOLUTE", null)), 4);

    assertThat(AssemblyViews.assemblies(List.of(stored))).containsExactly(new AssemblyViews.AssemblyView("ga-1",
        null, "2026-09-17", "FIRST", "ONE_MEMBER_ONE_VOTE", "CLOSED",
        List.of(new AssemblyViews.ResolutionView("r1", "Budget", "ABSOLUTE", "ADOPTED"),
            new AssemblyViews.ResolutionView("r2", "Shed", "ABSOLUTE", null)), 4));
  }

  @Test
  void recordedVotesShowTheirCountBesideTheAssembly() {
    Assembly stored = new Assembly(new OrganisationId(ORG), new AssemblyId("ga-1"),
        new org.koprogo.domain.building.BuildingId("B1"), DAY, "FIRST", "BE_COPROPRIETE", "CLOSED",
        List.of(new Assembly.Resolution("r1", "Budget", "ABSOLUTE", "ADOPTED")), 2);
    Map<String, Object> result = Map.of(
        "quorum", Map.of("reached", true, "rule", "HALF_OWNERS_HALF_SHARES", "ownersPresent", 2, "ownersTotal", 2,
            "sharesPresent", "1000", "sharesTotal", "1000"),
        "rejectedProxies", List.of(Map.of("owner", "O2", "holder", "s1", "reason", "SYNDIC_CANNOT_HOLD_PROXY")),
        "resolutions", Map.of("r1", Map.of("outcome", "ADOPTED", "adopted", true, "for", "600", "against", "0",
            "abstained", "0", "capped", List.of())));

    AssemblyViews.RecordedView view = AssemblyViews.recorded(new KeepAssemblyMinutes.Counted(stored, result));

    KeepAssemblyMinutes.Tally tally = KeepAssemblyMinutes.Tally.of(result);
    assertThat(view).isEqualTo(new AssemblyViews.RecordedView(tally.quorum(), tally.rejectedProxies(),
        tally.resolutions(), AssemblyViews.assembly(stored)));
    assertThat(view.assembly().building()).isEqualTo("B1");
    assertThat(view.resolutions().get("r1").forVotes()).isEqualTo("600");
  }

  @Test
  void theMinutesOfAClosedAssemblyShowTheirLanguagePostponedItemsAndCorrections() {
    UseCases useCases = withBuildingB1();
    useCases.draftGeneralAssembly().forBuilding(ORG, "B1", new DraftGeneralAssembly.NewAssembly("ga-1", null, DAY,
        null, List.of(item("roof", "ABSOLUTE", null), item("shed", "ABSOLUTE", null)), null), "syndic-1");
    RunGeneralAssembly meetings = useCases.runGeneralAssembly();
    meetings.convene(ORG, "ga-1", new RunGeneralAssembly.Convening(DAY.minusDays(20), null, null, null, null), "s");
    meetings.open(ORG, "ga-1", new RunGeneralAssembly.Opening(null,
        List.of(new RunGeneralAssembly.Presence("O1", "PRESENT", null)), null), "s");
    meetings.startVoting(ORG, "ga-1", new RunGeneralAssembly.Versioned(null), "s");
    meetings.vote(ORG, "ga-1", "roof", new RunGeneralAssembly.BallotBox(Map.of("O1", "FOR"), null, null), "s");
    Meeting closed = meetings.close(ORG, "ga-1", new RunGeneralAssembly.Closing("nl", null), "s");
    KeepAssemblyMinutes minutes = useCases.keepAssemblyMinutes();

    KeepAssemblyMinutes.Correction correction = minutes.correct(ORG, "ga-1",
        new KeepAssemblyMinutes.NewCorrection("The roof is the north roof", "typo"), "syndic-1");
    AssemblyViews.MinutesView view = AssemblyViews.minutes(minutes.recordedMinutes(ORG, "ga-1"));

    assertThat(correction.by()).isEqualTo("syndic-1");
    assertThat(correction.correction()).isEqualTo("The roof is the north roof");
    assertThat(view.assembly()).isEqualTo(AssemblyViews.assembly(minutes.assembly(ORG, "ga-1")));
    assertThat(view.assembly().version()).isEqualTo(minutes.assembly(ORG, "ga-1").version());
    assertThat(view.assembly().state()).isEqualTo("CLOSED");
    assertThat(closed.id()).isEqualTo("ga-1");
    assertThat(view.language()).isEqualTo("nl");
    assertThat(view.postponed()).containsExactly("shed");
    assertThat(view.resolutions()).containsOnlyKeys("roof");
    assertThat(view.resolutions().get("roof").adopted()).isTrue();
    assertThat(view.quorum().reached()).isTrue();
    assertThat(view.input()).isNotEmpty();
    assertThat(view.corrections()).containsExactly(correction);
  }
}
