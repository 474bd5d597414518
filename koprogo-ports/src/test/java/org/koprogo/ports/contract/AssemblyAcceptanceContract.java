/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.koprogo.ports.contract.PortsFixtures.ACME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.assembly.meeting.AssemblyState;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.assembly.AssemblyRef;
import org.koprogo.ports.in.assembly.DraftGeneralAssembly;
import org.koprogo.ports.in.assembly.ItemRequest;
import org.koprogo.ports.in.assembly.KeepAssemblyMinutes;
import org.koprogo.ports.in.assembly.Meeting;
import org.koprogo.ports.in.assembly.RunGeneralAssembly;
import org.koprogo.ports.in.assembly.RunGeneralAssembly.Presence;
import org.koprogo.ports.out.Assembly;
import org.koprogo.ports.out.AssemblyId;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Outbox;
import org.koprogo.domain.building.BuildingId;

/**
 * An integrator's acceptance scenarios for general assemblies, driven through {@code ports.in}
 * only (the use cases of {@link UseCases} on an adapter's out ports): a building's assembly from
 * its draft to its corrected minutes, a second session after a first without quorum, an
 * organisation's assembly of members, and the minutes of an assembly kept without its lifecycle.
 * Runs on the in-memory store, H2 and PostgreSQL.
 */
public abstract class AssemblyAcceptanceContract extends ContractBase {
  private static final String ORG = ACME.value();
  private static final String SYNDIC = "syndic-1";
  private static final LocalDate CONVOKED = LocalDate.parse("2026-09-01");
  private static final LocalDate MEETING = LocalDate.parse("2026-09-17");

  private DraftGeneralAssembly drafts;
  private RunGeneralAssembly meetings;
  private KeepAssemblyMinutes minutes;

  @BeforeEach
  void registerABuildingOfFiveOwners() {
    UseCases useCases = new UseCases(ports, CommandValidation.none());
    drafts = useCases.draftGeneralAssembly();
    meetings = useCases.runGeneralAssembly();
    minutes = useCases.keepAssemblyMinutes();
    ports.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Les Tilleuls", "Rue 1",
        new BigDecimal("1000"), "EUR",
        List.of(lot("A1", "300", "o-a"), lot("A2", "250", "o-b"), lot("A3", "200", "o-c"),
            new RegisterBuilding.LotLine("C1", "Flat C1", new BigDecimal("250"),
                List.of(new RegisterBuilding.OwnershipLine("o-d", "1/2"), new RegisterBuilding.OwnershipLine("o-e", "1/2")))),
        List.of(owner("o-a"), owner("o-b"), owner("o-c"), owner("o-d"), owner("o-e")), "admin-1"));
  }

  private static RegisterBuilding.LotLine lot(String id, String shares, String owner) {
    return new RegisterBuilding.LotLine(id, "Flat " + id, new BigDecimal(shares),
        List.of(new RegisterBuilding.OwnershipLine(owner, "1")));
  }

  private static RegisterBuilding.OwnerLine owner(String id) {
    return new RegisterBuilding.OwnerLine(id, "Owner " + id, id + "@example.org", "", "");
  }

  private static AssemblyRef ref(String assembly, Long version) {
    return new AssemblyRef(ORG, assembly, version, SYNDIC);
  }

  private Meeting draftGa1() {
    return drafts.forBuilding("B1", new DraftGeneralAssembly.Draft(ORG, SYNDIC, "ga-1", null, MEETING, SYNDIC, null,
        List.of(ItemRequest.stated("accounts", "Approve the 2025 accounts", "ABSOLUTE"),
            ItemRequest.ofType("roof", "Repair the roof", "WORKS_ON_COMMON_PARTS")),
        null));
  }

  private Meeting openedGa1() {
    draftGa1();
    meetings.convene(ref("ga-1", null), CONVOKED, MEETING);
    return meetings.open(ref("ga-1", null), null, List.of(new Presence("o-a", "PRESENT", null),
        new Presence("o-b", "PRESENT", null), new Presence("o-c", "PROXY", "o-a"),
        new Presence("o-d", "PRESENT", null)));
  }

  @Test
  void runsABuildingsAssemblyFromItsDraftToItsCorrectedMinutes() {
    Meeting drafted = draftGa1();
    assertThat(drafted.version()).isEqualTo(1);
    assertThat(drafted.building()).isEqualTo("B1");
    // the voting body comes from the lots: o-d and o-e share C1 half and half
    assertThat(drafted.state().owners()).extracting(o -> o.id().value() + "=" + o.shares().toPlainString())
        .containsExactly("o-a=300", "o-b=250", "o-c=200", "o-d=125", "o-e=125");

    Meeting requested = meetings.addItem(ref("ga-1", 1L), ItemRequest.stated("bike-shed", "Build a bike shed",
        "ABSOLUTE").requestedBy(List.of("o-b", "o-c"), LocalDate.parse("2026-06-01")));
    assertThat(requested.state().agenda()).hasSize(3);
    assertThat(requested.version()).isEqualTo(2);

    meetings.convene(ref("ga-1", 2L), CONVOKED, MEETING);
    meetings.open(ref("ga-1", 3L), null, List.of(new Presence("o-a", "PRESENT", null),
        new Presence("o-b", "PRESENT", null), new Presence("o-c", "PROXY", "o-a"),
        new Presence("o-d", "PRESENT", null)));
    meetings.startVoting(ref("ga-1", 4L));
    meetings.vote(ref("ga-1", 5L), "accounts",
        Map.of("o-a", "FOR", "o-b", "FOR", "o-c", "FOR", "o-d", "AGAINST"), null);
    Meeting voted = meetings.vote(ref("ga-1", 6L), "roof",
        Map.of("o-a", "FOR", "o-b", "AGAINST", "o-c", "FOR", "o-d", "FOR"), List.of());
    assertThat(voted.state().votes()).extracting(e -> e.item().id().value() + "=" + e.count().outcome())
        .containsExactly("accounts=ADOPTED", "roof=ADOPTED");

    Meeting closed = meetings.close(ref("ga-1", 7L), "en");
    assertThat(closed.state().state()).isEqualTo(AssemblyState.CLOSED);
    Meeting published = meetings.publishMinutes(ref("ga-1", 8L), LocalDate.parse("2026-09-20"));
    assertThat(published.state().state()).isEqualTo(AssemblyState.MINUTES_PUBLISHED);

    // the minutes are recorded with the closing: outcomes on the stored assembly, votes counted again
    KeepAssemblyMinutes.Recorded recorded = minutes.minutes(ORG, "ga-1").orElseThrow();
    assertThat(recorded.assembly().state()).isEqualTo("MINUTES_PUBLISHED");
    assertThat(recorded.assembly().resolutions()).extracting(Assembly.Resolution::outcome)
        .containsExactly("ADOPTED", "ADOPTED", null);
    assertThat(recorded.votes().postponed()).containsExactly("bike-shed");
    assertThat(recorded.votes().language()).isEqualTo("en");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> results = (Map<String, Map<String, Object>>) recorded.result().get("resolutions");
    assertThat(results.get("roof").get("outcome")).isEqualTo("ADOPTED");
    assertThat(recorded.tally().resolutions().get("roof").outcome()).isEqualTo("ADOPTED");
    assertThat(recorded.tally().resolutions()).doesNotContainKey("bike-shed");
    assertThat(results).doesNotContainKey("bike-shed");

    // minutes are never replaced; a correction is audited beside them
    PortsFixtures.assertRefusedNaming(() -> minutes.record(ref("ga-1", null), new KeepAssemblyMinutes.Votes(null, null, null, null, null)),
        ErrorCode.ILLEGAL_TRANSITION, null);
    minutes.correct(ref("ga-1", null), "o-d voted against the accounts", "typo in the draft");
    assertThat(minutes.corrections(ORG, "ga-1")).extracting(e -> e.event().details().get("reason"))
        .containsExactly("typo in the draft");
    // the minutes and their corrections are read in one call, as a client shows them
    KeepAssemblyMinutes.CorrectedMinutes shown = minutes.correctedMinutes(ORG, "ga-1").orElseThrow();
    assertThat(shown.recorded().votes().postponed()).containsExactly("bike-shed");
    assertThat(shown.corrections()).extracting(KeepAssemblyMinutes.Correction::by,
            KeepAssemblyMinutes.Correction::correction, KeepAssemblyMinutes.Correction::reason)
        .containsExactly(tuple(SYNDIC, "o-d voted against the accounts", "typo in the draft"));
    assertThat(shown.corrections().get(0).sequence())
        .isEqualTo(minutes.corrections(ORG, "ga-1").get(0).sequence());
    assertThat(minutes.correctedMinutes(ORG, "ga-unknown")).isEmpty();
    // what a client shows: the same minutes, or NOT_FOUND when none are recorded
    assertThat(minutes.recordedMinutes(ORG, "ga-1").corrections()).isEqualTo(shown.corrections());
    PortsFixtures.assertRefusedNaming(() -> minutes.recordedMinutes(ORG, "ga-unknown"), ErrorCode.NOT_FOUND, null);
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.about("assembly", "ga-1", 100)))
        .extracting(e -> e.event().action())
        .containsExactly("AssemblyDrafted", "AgendaItemRequested", "AssemblyConvened", "AssemblyOpened",
            "VotingStarted", "ResolutionVoted", "ResolutionVoted", "AssemblyClosed", "MinutesPublished",
            "MinutesCorrected");
  }

  @Test
  void aRefusedStepStoresNothingAndNamesItsField() {
    draftGa1();

    PortsFixtures.assertRefusedNaming(() -> meetings.convene(ref("ga-1", null), LocalDate.parse("2026-09-02"), LocalDate.parse("2026-09-16")),
        ErrorCode.ILLEGAL_TRANSITION, "meetingOn");
    PortsFixtures.assertRefusedNaming(() -> meetings.convene(ref("ga-1", 3L), CONVOKED, MEETING), ErrorCode.CONCURRENT_UPDATE, "version");
    PortsFixtures.assertRefusedNaming(() -> meetings.addItem(ref("ga-1", null), ItemRequest.ofType("lift", "Lift", "WORKS_ON_COMMON_PARTS")
        .withMajority("ABSOLUTE", null)), ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON, "majority");
    PortsFixtures.assertRefusedNaming(() -> drafts.forBuilding("B1", new DraftGeneralAssembly.Draft(ORG, SYNDIC, "ga-2", null, MEETING, null,
        null, List.of(new ItemRequest("x", " ", null, "ABSOLUTE", null, null, null, null, null, null)), null)),
        ErrorCode.MISSING_FIELD, "items[0].title");

    Meeting still = meetings.meeting(ORG, "ga-1");
    assertThat(still.state().state()).isEqualTo(AssemblyState.DRAFT);
    assertThat(still.version()).isEqualTo(1);
    assertThat(minutes.assemblies(ORG)).extracting(a -> a.id().value()).containsExactly("ga-1");

    meetings.convene(ref("ga-1", 1L), CONVOKED, MEETING);
    // the domain refuses an owner holding their own proxy; the field is the attendance row's
    PortsFixtures.assertRefusedNaming(() -> meetings.open(ref("ga-1", null), null, List.of(new Presence("o-a", "PRESENT", null),
        new Presence("o-b", "PROXY", "o-b"))), ErrorCode.INVALID_PROXY, "attendance[1].holder");
    assertThat(meetings.meeting(ORG, "ga-1").state().state()).isEqualTo(AssemblyState.CONVENED);
  }

  @Test
  void aFirstSessionWithoutQuorumHasASecondSessionOnTheSameAgenda() {
    draftGa1();
    meetings.convene(ref("ga-1", null), CONVOKED, MEETING);
    Meeting first = meetings.open(ref("ga-1", null), null, List.of(new Presence("o-e", "PRESENT", null)));
    assertThat(first.state().state()).isEqualTo(AssemblyState.NO_QUORUM);

    Meeting second = drafts.secondSession(ref("ga-1", first.version()), "ga-1b", LocalDate.parse("2026-10-05"));
    assertThat(second.building()).isEqualTo("B1");
    assertThat(second.state().agenda()).extracting(i -> i.id().value()).containsExactly("accounts", "roof");

    PortsFixtures.assertRefusedNaming(() -> meetings.convene(ref("ga-1b", null), LocalDate.parse("2026-09-18"), LocalDate.parse("2026-09-25")),
        ErrorCode.ILLEGAL_TRANSITION, "meetingOn");
    meetings.convene(ref("ga-1b", null), LocalDate.parse("2026-09-18"), LocalDate.parse("2026-10-05"));
    meetings.open(ref("ga-1b", null), null, List.of(new Presence("o-e", "PRESENT", null)));
    meetings.startVoting(ref("ga-1b", null));
    Meeting voted = meetings.vote(ref("ga-1b", null), "accounts", Map.of("o-e", "FOR"), null);
    assertThat(voted.state().votes().get(0).count().adopted()).isTrue();
    meetings.close(ref("ga-1b", null), null);
    assertThat(minutes.minutes(ORG, "ga-1b").orElseThrow().votes().postponed()).containsExactly("roof");
    assertThat(minutes.assembly(ORG, "ga-1b").heldOn()).isEqualTo(LocalDate.parse("2026-10-05"));
  }

  @Test
  void anOrganisationsAssemblyGivesEachMemberOneVote() {
    DraftGeneralAssembly.Draft twice = new DraftGeneralAssembly.Draft(ORG, SYNDIC, "agm", "ONE_MEMBER_ONE_VOTE",
        MEETING, null, List.of("m1", "m2", "m1"), List.of(ItemRequest.stated("budget", "Budget", "ABSOLUTE")), null);
    PortsFixtures.assertRefusedNaming(() -> drafts.forOrganisation(twice), ErrorCode.DUPLICATE_OWNER, "members[2]");
    PortsFixtures.assertRefusedNaming(() -> drafts.forOrganisation(new DraftGeneralAssembly.Draft(ORG, SYNDIC, "agm", "BE_COPROPRIETE",
        MEETING, null, List.of("m1"), List.of(), null)), ErrorCode.UNKNOWN_RULES, "rules");

    Meeting agm = drafts.forOrganisation(new DraftGeneralAssembly.Draft(ORG, SYNDIC, "agm", "ONE_MEMBER_ONE_VOTE",
        MEETING, null, List.of("m1", "m2", "m3"), List.of(ItemRequest.stated("budget", "Budget", "ABSOLUTE")), null));
    assertThat(agm.building()).isNull();
    assertThat(agm.state().owners()).extracting(o -> o.shares().toPlainString()).containsOnly("1");
    meetings.convene(ref("agm", null), CONVOKED, MEETING);
    meetings.open(ref("agm", null), null, List.of(new Presence("m1", "PRESENT", null),
        new Presence("m2", "PROXY", "m1")));
    meetings.startVoting(ref("agm", null));
    Meeting voted = meetings.vote(ref("agm", null), "budget", Map.of("m1", "FOR", "m2", "AGAINST"), null);
    assertThat(voted.state().votes().get(0).count().adopted()).isFalse();
  }

  @Test
  void recordsTheMinutesOfAnAssemblyKeptWithoutItsLifecycleOnce() {
    ports.assemblies().add(PortsFixtures.assembly(ACME, "ga-old", "B1"));
    KeepAssemblyMinutes.Votes votes = new KeepAssemblyMinutes.Votes(
        List.of(Map.of("owner", "o-a", "mode", "PRESENT"), Map.of("owner", "o-b", "mode", "PRESENT"),
            Map.of("owner", "o-c", "mode", "PRESENT")),
        Map.of("r1", Map.of("o-a", "FOR", "o-b", "FOR", "o-c", "AGAINST")), null, null, "fr");

    Map<String, Object> tally = minutes.tally(ORG, "ga-old", votes);
    assertThat(minutes.assembly(ORG, "ga-old").state()).isEqualTo("CONVENED");
    PortsFixtures.assertRefusedNaming(() -> minutes.tally(ORG, "ga-old", new KeepAssemblyMinutes.Votes(null,
        Map.of("r9", Map.of("o-a", "FOR")), null, null, null)), ErrorCode.NOT_FOUND, "ballots.r9");
    PortsFixtures.assertRefusedNaming(() -> minutes.correct(ref("ga-old", null), "x", "y"), ErrorCode.NOT_FOUND, null);

    KeepAssemblyMinutes.Counted counted = minutes.record(ref("ga-old", null), votes);
    assertThat(counted.result()).isEqualTo(tally);
    KeepAssemblyMinutes.Tally typed = counted.tally();
    assertThat(typed.quorum().reached()).isEqualTo(((Map<?, ?>) tally.get("quorum")).get("reached"));
    assertThat(typed.resolutions().keySet())
        .containsExactlyElementsOf(((Map<?, ?>) tally.get("resolutions")).keySet().stream().map(String::valueOf).toList());
    assertThat(typed.resolutions().get("r1").outcome()).isEqualTo("ADOPTED");
    assertThat(typed.resolutions().get("r1").forVotes())
        .isEqualTo(((Map<?, ?>) ((Map<?, ?>) tally.get("resolutions")).get("r1")).get("for"));
    assertThat(counted.assembly().state()).isEqualTo("CLOSED");
    assertThat(counted.assembly().resolutions()).extracting(Assembly.Resolution::outcome)
        .containsExactly("ADOPTED", "REJECTED");
    PortsFixtures.assertRefusedNaming(() -> minutes.record(ref("ga-old", null), votes), ErrorCode.ILLEGAL_TRANSITION, null);
    assertThat(minutes.minutes(ORG, "ga-old").orElseThrow().votes().language()).isEqualTo("fr");
    PortsFixtures.assertRefusedNaming(() -> minutes.correct(ref("ga-old", null), " ", "y"), ErrorCode.MISSING_FIELD, "correction");
    assertThat(ports.assemblies().get(ACME, AssemblyId.of("ga-old")).building()).isEqualTo(BuildingId.of("B1"));
  }

  @Test
  void convenesWithTimeAndPlaceQueuingOneNoticePerOwnerInTheSameUnitOfWork() {
    Enqueuing email = new Enqueuing(ports.outbox(), org.koprogo.ports.out.notification.Channel.EMAIL);
    UseCases notifying = new UseCases(ports, CommandValidation.none(),
        org.koprogo.ports.out.notification.NotificationPorts.inMemory().withChannel(email));
    org.koprogo.ports.in.KeepNotificationChoices choices = notifying.keepNotificationChoices();
    for (String owner : List.of("o-a", "o-c")) {
      var person = new org.koprogo.ports.in.KeepNotificationChoices.Person(ORG, "OWNER", owner, SYNDIC);
      choices.consent(new org.koprogo.ports.in.KeepNotificationChoices.Consent(person, "EMAIL", "GRANTED", "form"));
      choices.choose(new org.koprogo.ports.in.KeepNotificationChoices.Choose(person, "EMAIL"));
    }
    draftGa1();
    org.koprogo.ports.in.assembly.Convocation convocation = new org.koprogo.ports.in.assembly.Convocation(
        CONVOKED, MEETING.atTime(19, 30), "Salle communale, Rue des Tilleuls 14");

    email.failOn = "o-c";
    PortsFixtures.assertRefusedNaming(() -> notifying.runGeneralAssembly().convene(ref("ga-1", 1L), convocation), ErrorCode.INVALID_FIELD,
        "test");
    // nothing of the failed convening stays: the assembly is a draft at its version, nothing queued
    assertThat(meetings.meeting(ORG, "ga-1").version()).isEqualTo(1);
    assertThat(meetings.meeting(ORG, "ga-1").state().state()).isEqualTo(AssemblyState.DRAFT);
    assertThat(ports.outbox().claim("check", 50, java.time.Duration.ofMinutes(1))).isEmpty();

    email.failOn = null;
    org.koprogo.ports.in.assembly.Convened convened = notifying.runGeneralAssembly().convene(ref("ga-1", 1L), convocation);

    assertThat(convened.byPost()).extracting(org.koprogo.ports.in.assembly.Convened.OwnerConvocation::owner)
        .containsExactly("o-b", "o-d", "o-e");
    assertThat(ports.outbox().claim("check", 50, java.time.Duration.ofMinutes(1)))
        .extracting(Outbox.Message::recipient).containsExactlyInAnyOrder("o-a", "o-c");
    // stored and read back: the time and place of the meeting
    Meeting stored = meetings.meeting(ORG, "ga-1");
    assertThat(stored.assembly().startsAt()).isEqualTo(java.time.LocalTime.of(19, 30));
    assertThat(stored.assembly().place().text()).isEqualTo("Salle communale, Rue des Tilleuls 14");
    assertThat(stored.state().history()).last()
        .isInstanceOfSatisfying(org.koprogo.domain.assembly.meeting.AssemblyConvened.class,
            e -> assertThat(e.place()).isEqualTo(stored.assembly().place()));
    assertThat(ports.auditTrail().list(ACME, new AuditTrail.Query("assembly", "ga-1", 0, 50)))
        .extracting(e -> e.event().action()).endsWith("AssemblyConvened", "ConvocationsQueued");
  }

  /** A channel adapter that enqueues on the adapter's outbox (as the real ones do) and can fail. */
  private static final class Enqueuing implements org.koprogo.ports.out.notification.Notifications {
    private final Outbox outbox;
    private final org.koprogo.ports.out.notification.Channel channel;
    String failOn;

    Enqueuing(Outbox outbox, org.koprogo.ports.out.notification.Channel channel) {
      this.outbox = outbox;
      this.channel = channel;
    }

    @Override
    public org.koprogo.ports.out.notification.Channel channel() {
      return channel;
    }

    @Override
    public org.koprogo.ports.out.notification.NotifyOutcome notify(org.koprogo.ports.out.notification.Notification n) {
      if (n.recipient().person().value().equals(failOn)) {
        throw KoproGoException.of(ErrorCode.INVALID_FIELD, "refused by the test", "field", "test");
      }
      String kind = channel.name().toLowerCase(java.util.Locale.ROOT);
      Outbox.Enqueued e = outbox.enqueue(new Outbox.NewMessage(n.key().organisation(), n.key().outboxKey(kind), kind,
          n.recipient().person().value(), "{}", java.time.Instant.EPOCH, null));
      return e.duplicate() ? org.koprogo.ports.out.notification.NotifyOutcome.ALREADY_ENQUEUED
          : org.koprogo.ports.out.notification.NotifyOutcome.ENQUEUED;
    }
  }

}
