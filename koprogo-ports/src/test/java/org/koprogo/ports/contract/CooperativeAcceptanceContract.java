/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.AllocationOutcome;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.MemberStatus;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.coop.allocation.DecisionRecord;
import org.koprogo.domain.coop.group.GroupStatus;
import org.koprogo.domain.coop.project.LotType;
import org.koprogo.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.CoopLedgers;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.in.coop.RunCoopProject;
import org.koprogo.ports.in.coop.Versioned;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.Outbox;

/**
 * An integrator's acceptance scenarios for the cooperative, driven through {@code ports.in} only
 * (the use cases of {@link UseCases} on an adapter's out ports): contributions and what follows
 * them in the same unit of work, the reversal of a confirmed contribution, allocation rounds with
 * one lot per member. Runs on the in-memory store, H2 and PostgreSQL.
 */
public abstract class CooperativeAcceptanceContract extends ContractBase {
  private static final String ORG = ACME.value();
  private static final String OTHER_ORG = PortsFixtures.OTHER.value();
  private static final Actor MANAGER = Actor.of("treasurer-1", Role.COOP_MANAGER);

  private UseCases useCases;
  private RecordContribution ledger;
  private ManageCoopGroups groups;
  private RunCoopProject projects;
  private RunAllocationRounds rounds;
  private final CoopRef g1 = new CoopRef(ORG, "G1", null, MANAGER);

  @BeforeEach
  void formAGroupOfTwoMembers() {
    useCases = new UseCases(ports, CommandValidation.none());
    ledger = useCases.recordContribution();
    groups = useCases.manageCoopGroups();
    projects = useCases.runCoopProject();
    rounds = useCases.runAllocationRounds();
    ports.organisations().add(PortsFixtures.organisation(ACME));
    for (String m : List.of("M1", "M2")) {
      int rank = m.equals("M1") ? 1 : 2;
      useCases.registerMember().register(new org.koprogo.ports.in.RegisterMember.Command(
          ORG, m, "Member " + m, m + "@coop.example", "+3247011100" + rank, "", rank,
          LocalDate.parse("2025-01-15"), "admin-1"));
    }
    groups.form(g1, "Les Cailles", "150.00", "EUR");
  }

  private void activeGroupWithLots(String... lots) {
    for (String m : List.of("M1", "M2")) {
      groups.admit(g1, m, Role.COOP_MEMBER, Set.of());
      groups.changeMemberStatus(g1, m, MemberStatus.ACTIVE);
    }
    projects.start(g1, "P1", "EUR");
    for (String lot : lots) {
      projects.addLot(g1, lot, LotType.APARTMENT, "72.5");
    }
  }

  private void entry(String kind, String member, String id, String day) {
    RecordContribution.Entry e = new RecordContribution.Entry(ORG, member, id, "100.00", "EUR",
        LocalDate.parse(day), "key-" + id, "ref " + id, "treasurer-1");
    if (kind.equals("due")) {
      ledger.due(e);
    } else {
      ledger.declarePayment(e);
    }
  }

  private void confirm(String declaration) {
    ledger.confirm(new RecordContribution.Resolution(ORG, declaration, "c-" + declaration, "", "treasurer-1"));
  }

  @Test
  void reversingTheMarchPaymentKeepsTheJanuaryOneForAFebruaryCutoff() {
    activeGroupWithLots("A1");
    entry("due", "M1", "due-jan", "2026-01-15");
    entry("pay", "M1", "pay-jan", "2026-01-01");
    entry("pay", "M1", "pay-mar", "2026-03-01");
    confirm("pay-jan");
    confirm("pay-mar");

    ledger.reverse(new RecordContribution.Resolution(ORG, "pay-mar", "rev-mar", "bank returned it", "treasurer-1"));
    RunAllocationRounds.Round round = rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R1", LocalDate.parse("2026-02-28"), Map.of(), "0", false));

    // The March payment is reversed, the January one still pays the January due: up to date.
    assertThat(round.plan().of(MemberId.of("M1")).orElseThrow().outcome()).isEqualTo(AllocationOutcome.ALLOCATED);
    assertThat(round.proposals()).extracting(p -> p.state().member().value()).containsExactly("M1");
  }

  @Test
  void refusesABlankProofOrReasonAsTheDomainLedgerDoes() {
    activeGroupWithLots();
    RecordContribution.Entry blank = new RecordContribution.Entry(ORG, "M1", "p1", "100.00", "EUR",
        LocalDate.parse("2026-01-01"), "k1", " ", "treasurer-1");
    assertRefused(() -> ledger.declarePayment(blank), ErrorCode.MISSING_FIELD);
    entry("pay", "M1", "p2", "2026-01-01");
    assertRefused(() -> ledger.reject(new RecordContribution.Resolution(ORG, "p2", "r2", "", "treasurer-1")),
        ErrorCode.MISSING_FIELD);
    confirm("p2");
    assertRefused(() -> ledger.reverse(new RecordContribution.Resolution(ORG, "p2", "v2", "", "treasurer-1")),
        ErrorCode.MISSING_FIELD);

    assertThat(new CoopLedgers(ports.ledger()).load(ACME, org.koprogo.domain.coop.GroupId.of("G1"),
        java.util.Currency.getInstance("EUR")).entries()).hasSize(2);
  }

  @Test
  void aConfirmationThatReachesTheThresholdMovesTheGroupInTheSameUnitOfWork() {
    activeGroupWithLots("A1");
    groups.moveTo(g1, GroupStatus.KYC_READY);
    groups.validateContributionPlan(g1, "plan-2026");
    groups.moveTo(g1, GroupStatus.FUNDING_OPEN);
    entry("due", "M1", "due-1", "2026-01-15");
    entry("pay", "M1", "pay-1", "2026-01-01");
    entry("pay", "M2", "pay-2", "2026-01-02");

    confirm("pay-1");
    assertThat(groups.group(ORG, "G1").state().status()).isEqualTo(GroupStatus.FUNDING_OPEN);
    confirm("pay-2");

    assertThat(groups.group(ORG, "G1").state().status()).isEqualTo(GroupStatus.THRESHOLD_REACHED);
    assertThat(groups.timeline(ORG, "G1", 0, 100)).extracting(ManageCoopGroups.TimelineLine::summary)
        .contains("contribution declared", "contribution confirmed");
    assertThat(ports.auditTrail().list(ACME, AuditTrail.Query.about("group", "G1", 100)))
        .extracting(e -> e.event().details().get("after")).contains("THRESHOLD_REACHED");
    List<Outbox.Message> notices = ports.outbox().claim("worker-1", 100, java.time.Duration.ofMinutes(1));
    assertThat(notices).extracting(m -> m.key().kind()).contains("CALL_FOR_FUNDS");
  }

  @Test
  void aMemberWhoHoldsALotIsNotProposedAnotherUnlessTheRoundAllowsIt() {
    activeGroupWithLots("A1", "A2", "B1");
    RunAllocationRounds.Round first = rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R1", LocalDate.parse("2026-02-28"), Map.of("M1", List.of("A1"), "M2", List.of("A2")), "0", false));
    rounds.validate(g1, "2026-R1/M1", new DecisionRecord("minutes-7", LocalDate.parse("2026-03-02")));
    rounds.reject(g1, "2026-R1/M2", new org.koprogo.domain.coop.allocation.Rejection(
        org.koprogo.domain.coop.allocation.RejectionReason.values()[0], "declined"));

    RunAllocationRounds.Round second = rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R2", LocalDate.parse("2026-03-31"), Map.of(), "0", false));
    RunAllocationRounds.Round allowed = rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R3", LocalDate.parse("2026-03-31"), Map.of(), "0", true));

    assertThat(first.proposals()).hasSize(2);
    assertThat(second.plan().of(MemberId.of("M1"))).isEmpty();
    assertThat(second.proposals()).extracting(p -> p.state().member().value()).containsExactly("M2");
    assertThat(allowed.plan().of(MemberId.of("M1"))).isPresent();
  }

  @Test
  void aRoundIsProposedOnceAndItsSecondProposalChangesNothing() {
    activeGroupWithLots("A1", "A2", "B1");
    rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R1", LocalDate.parse("2026-02-28"), Map.of("M1", List.of("A1")), "0", false));
    rounds.reject(g1, "2026-R1/M1", new org.koprogo.domain.coop.allocation.Rejection(
        org.koprogo.domain.coop.allocation.RejectionReason.values()[0], "declined"));
    int before = rounds.allocations(g1.organisation(), g1.group()).size();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rounds.propose(g1, new RunAllocationRounds.Proposal(
            "2026-R1", LocalDate.parse("2026-03-31"), Map.of(), "0", true)))
        .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(org.koprogo.domain.shared.ErrorCode.ILLEGAL_TRANSITION);
          assertThat(e.details()).containsEntry("field", "round");
        });
    assertThat(rounds.allocations(g1.organisation(), g1.group())).hasSize(before);
  }

  @Test
  void aRoundDecidesFromTheSumsAtItsCutoffAsTheReplayOfTheWholeLedgerWould() {
    activeGroupWithLots("A1", "A2", "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "F1", "F2");
    java.util.SplittableRandom random = new java.util.SplittableRandom(20_26L);
    java.util.List<String> declared = new java.util.ArrayList<>();
    java.util.List<String> confirmed = new java.util.ArrayList<>();
    for (int i = 0; i < 80; i++) {
      String member = random.nextBoolean() ? "M1" : "M2";
      String day = LocalDate.parse("2026-01-01").plusDays(random.nextInt(180)).toString();
      String amount = (1 + random.nextInt(300)) + ".00";
      int kind = random.nextInt(5);
      if (kind <= 1) {
        ledger.due(new RecordContribution.Entry(ORG, member, "d" + i, amount, "EUR", LocalDate.parse(day),
            "kd" + i, "q" + i, "treasurer-1"));
      } else if (kind == 2 || declared.isEmpty()) {
        ledger.declarePayment(new RecordContribution.Entry(ORG, member, "p" + i, amount, "EUR", LocalDate.parse(day),
            "kp" + i, "ref " + i, "treasurer-1"));
        declared.add("p" + i);
      } else if (kind == 3) {
        String d = declared.remove(random.nextInt(declared.size()));
        if (random.nextInt(4) == 0) {
          ledger.reject(new RecordContribution.Resolution(ORG, d, "r" + i, "not received", "treasurer-1"));
        } else {
          confirm(d);
          confirmed.add(d);
        }
      } else if (!confirmed.isEmpty()) {
        String d = confirmed.remove(random.nextInt(confirmed.size()));
        ledger.reverse(new RecordContribution.Resolution(ORG, d, "v" + i, "returned", "treasurer-1"));
      }
    }
    org.koprogo.domain.coop.ledger.Ledger replayed = new CoopLedgers(ports.ledger()).load(ACME,
        org.koprogo.domain.coop.GroupId.of("G1"), java.util.Currency.getInstance("EUR"));
    List<org.koprogo.domain.coop.Applicant> applicants = org.koprogo.domain.coop.group.Group
        .restore(groups.group(ORG, "G1").state()).applicants(Map.of());

    for (int r = 0; r < 6; r++) {
      LocalDate cutoff = LocalDate.parse("2025-12-31").plusDays(r * 40L);
      RunAllocationRounds.Round round = rounds.propose(g1, new RunAllocationRounds.Proposal(
          "R" + r, cutoff, Map.of(), "50.00", true));
      org.koprogo.domain.coop.AllocationPlan expected = org.koprogo.domain.coop.FifoAllocation
          .withTolerance(org.koprogo.domain.shared.Money.parse("50.00", org.koprogo.domain.shared.Money.EUR))
          .allocate(new org.koprogo.domain.coop.AllocationRound(cutoff, org.koprogo.domain.shared.Money.EUR,
              applicants, List.of(), replayed.dues(), replayed.penalties(), replayed.payments()));

      assertThat(round.plan().members()).extracting(org.koprogo.domain.coop.MemberAllocation::eligibility)
          .as("eligibility at %s", cutoff)
          .containsExactlyElementsOf(expected.members().stream()
              .map(org.koprogo.domain.coop.MemberAllocation::eligibility).toList());
    }
  }

  @Test
  void theGroupsArePagedByIdWithinBoundsNamingTheParameter() {
    groups.form(new CoopRef(ORG, "G3", null, MANAGER), "Third", "150.00", "EUR");
    groups.form(new CoopRef(ORG, "G2", null, MANAGER), "Second", "150.00", "EUR");
    ports.organisations().add(PortsFixtures.organisation(PortsFixtures.OTHER));
    groups.form(new CoopRef(OTHER_ORG, "G0", null, MANAGER), "Elsewhere", "150.00", "EUR");

    List<String> first = groups.groups(ORG, 2, null).stream().map(Versioned::id).toList();
    List<String> rest = groups.groups(ORG, 2, first.get(1)).stream().map(Versioned::id).toList();

    assertThat(first).containsExactly("G1", "G2");
    assertThat(rest).containsExactly("G3");
    assertThat(groups.groups(ORG, null, null).stream().map(Versioned::id).toList())
        .isEqualTo(groups.groups(ORG).stream().map(Versioned::id).toList());
    assertRefusedNaming(() -> groups.groups(ORG, 0, null), "limit");
    assertRefusedNaming(() -> groups.groups(ORG, 1001, null), "limit");
    assertRefusedNaming(() -> groups.groups(ORG, 10, " "), "after");
  }

  @Test
  void theAllocationsOfAGroupArePagedByIdWithinBoundsNamingTheParameter() {
    activeGroupWithLots("A1", "A2", "B1");
    rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R1", LocalDate.parse("2026-02-28"), Map.of("M1", List.of("A1"), "M2", List.of("A2")), "0", false));
    rounds.reject(g1, "2026-R1/M2", new org.koprogo.domain.coop.allocation.Rejection(
        org.koprogo.domain.coop.allocation.RejectionReason.values()[0], "declined"));
    rounds.propose(g1, new RunAllocationRounds.Proposal(
        "2026-R2", LocalDate.parse("2026-03-31"), Map.of(), "0", false));
    List<String> whole = rounds.allocations(ORG, g1.group()).stream().map(Versioned::id).toList();

    List<String> first = rounds.allocations(ORG, g1.group(), 2, null).stream().map(Versioned::id).toList();
    List<String> rest = rounds.allocations(ORG, g1.group(), 2, first.get(1)).stream().map(Versioned::id).toList();

    assertThat(whole).containsExactly("2026-R1/M1", "2026-R1/M2", "2026-R2/M2");
    assertThat(first).containsExactly("2026-R1/M1", "2026-R1/M2");
    assertThat(rest).containsExactly("2026-R2/M2");
    assertThat(rounds.allocations(ORG, g1.group(), 1000, "2026-R2/M2")).isEmpty();
    assertThat(rounds.allocations(ORG, g1.group(), null, null).stream().map(Versioned::id).toList())
        .isEqualTo(whole);
    assertRefusedNaming(() -> rounds.allocations(ORG, g1.group(), 0, null), "limit");
    assertRefusedNaming(() -> rounds.allocations(ORG, g1.group(), 1001, null), "limit");
    assertRefusedNaming(() -> rounds.allocations(ORG, g1.group(), 10, "x".repeat(101)), "after");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rounds.allocations(ORG, "G9", 10, null))
        .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  private static void assertRefusedNaming(Runnable call, String field) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(org.koprogo.domain.shared.KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", field);
        });
  }

  @Test
  void aStaleVersionIsRefused() {
    activeGroupWithLots();

    assertRefused(() -> groups.publishMinutes(g1.at(1L), "minutes-1"), ErrorCode.CONCURRENT_UPDATE);
  }
}
