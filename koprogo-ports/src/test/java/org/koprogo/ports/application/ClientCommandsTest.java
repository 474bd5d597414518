/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.assertRefusedNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.Role;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.AddLot;
import org.koprogo.ports.in.ChangeLotOwnership;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RecordContribution;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.RegisterMember;
import org.koprogo.ports.in.RegisterOwner;
import org.koprogo.ports.in.coop.CoopRef;
import org.koprogo.ports.in.coop.CoopViews;
import org.koprogo.ports.in.coop.ManageCoopGroups;
import org.koprogo.ports.in.coop.RunAllocationRounds;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.LedgerEntryId;

/**
 * The commands as a client sends them (a host binds them from its wire format as they are): the
 * in-ports read their text, apply the defaults and refuse with coded errors naming the field,
 * then run the use case.
 */
class ClientCommandsTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final Actor MANAGER = Actor.of("manager", Role.COOP_MANAGER);
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);
  private final CoopRef group = new CoopRef(ORG, "G1", null, MANAGER);

  ClientCommandsTest() {
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
    useCases.registerMember().register(UseCaseFixtures.member("M1", 1));
  }

  private ManageCoopGroups groups() {
    return useCases.manageCoopGroups();
  }

  @Test
  void aGroupIsFormedFromTheClientsTextInEuroWhenItNamesNoCurrency() {
    CoopViews.GroupSummary formed = CoopViews.group(
        groups().form(ORG, MANAGER, new ManageCoopGroups.NewGroup("G1", "Les Cailles", "50000.00", null)));

    assertThat(formed.id()).isEqualTo("G1");
    assertThat(formed.currency()).isEqualTo("EUR");
    assertRefusedNaming(() -> groups().form(ORG, MANAGER, new ManageCoopGroups.NewGroup(" ", "x", "1.00", null)),
        ErrorCode.MISSING_FIELD, "id");
    assertRefusedNaming(() -> groups().form(ORG, MANAGER, new ManageCoopGroups.NewGroup("G2", "x", null, null)),
        ErrorCode.MISSING_FIELD, "fundingThreshold");
  }

  @Test
  void anAdmissionReadsTheRoleAndTheDocumentsAndNamesTheVersionRead() {
    groups().form(ORG, MANAGER, new ManageCoopGroups.NewGroup("G1", "Les Cailles", "50000.00", "EUR"));

    assertRefusedNaming(() -> groups().admit(group, new ManageCoopGroups.Admission("M1", "KING", null, null)),
        ErrorCode.INVALID_FIELD, "role");
    assertRefusedNaming(() -> groups().admit(group, new ManageCoopGroups.Admission("M1", null, List.of("DNA"), null)),
        ErrorCode.INVALID_FIELD, "requiredDocuments");
    assertRefusedNaming(() -> groups().admit(group, new ManageCoopGroups.Admission("M1", null, null, 7L)),
        ErrorCode.CONCURRENT_UPDATE, null);
    CoopViews.GroupSummary admitted = CoopViews.group(groups().admit(group,
        new ManageCoopGroups.Admission("M1", null, List.of("BANK_DETAILS"), 1L)));

    assertThat(admitted.members()).singleElement().satisfies(m -> {
      assertThat(m.role()).isEqualTo("COOP_MEMBER");
      assertThat(m.requiredDocuments()).containsExactly("BANK_DETAILS");
    });
    assertRefusedNaming(() -> groups().submitDocument(group, "M1", "SELFIE", "d"), ErrorCode.INVALID_FIELD, "kind");
    assertRefusedNaming(() -> groups().submitDocument(group, "M1", "", "d"), ErrorCode.MISSING_FIELD, "kind");
    assertRefusedNaming(() -> groups().acceptDocument(group, "M1", "SELFIE"), ErrorCode.INVALID_FIELD, "kind");
    assertRefusedNaming(() -> groups().rejectDocument(group, "M1", "SELFIE", "x"), ErrorCode.INVALID_FIELD, "kind");
    assertRefusedNaming(() -> groups().changeMemberStatus(group, "M1", "ASLEEP"), ErrorCode.INVALID_FIELD, "status");
    assertRefusedNaming(() -> groups().moveTo(group, "PARTY"), ErrorCode.INVALID_FIELD, "to");
    assertThat(CoopViews.group(groups().submitDocument(group, "M1", "BANK_DETAILS", "doc-1")).members().get(0)
        .documents()).extracting(CoopViews.MemberDocument::kind).containsExactly("BANK_DETAILS");
    assertThat(CoopViews.group(groups().adoptDocument(group,
        new ManageCoopGroups.GroupDocument("rules", "rules-v1.pdf", null))).documents())
        .containsEntry("rules", "rules-v1.pdf");
    assertThat(groups().timeline(ORG, "G1", (Long) null, (Integer) null))
        .isEqualTo(groups().timeline(ORG, "G1", 0, 100)).isNotEmpty();
  }

  @Test
  void aLotAndAMilestoneAreReadFromTheirText() {
    groups().form(ORG, MANAGER, new ManageCoopGroups.NewGroup("G1", "Les Cailles", "50000.00", "EUR"));
    useCases.runCoopProject().start(group, "P1", "EUR");

    assertRefusedNaming(() -> useCases.runCoopProject().addLot(group, null, "STUDIO", "30"), ErrorCode.MISSING_FIELD, "id");
    assertRefusedNaming(() -> useCases.runCoopProject().addLot(group, "C1", "CASTLE", "70"), ErrorCode.INVALID_FIELD, "type");
    assertRefusedNaming(() -> useCases.runCoopProject().reach(group, "MOON"), ErrorCode.INVALID_FIELD, "to");
    assertThat(CoopViews.project(useCases.runCoopProject().addLot(group, "A1", "STUDIO", "30")).lots())
        .extracting(CoopViews.ProjectLot::type).containsExactly("STUDIO");
  }

  @Test
  void aRoundAndItsDecisionsAreReadFromTheClientsCommands() {
    RunAllocationRounds rounds = useCases.runAllocationRounds();

    assertRefusedNaming(() -> rounds.propose(group, new RunAllocationRounds.NewRound(null, LocalDate.parse("2026-02-28"),
        null, null, null)), ErrorCode.MISSING_FIELD, "round");
    assertRefusedNaming(() -> rounds.propose(group, new RunAllocationRounds.NewRound("R1", null, null, null, null)),
        ErrorCode.MISSING_FIELD, "cutoff");
    assertRefusedNaming(() -> rounds.validate(group, "R1", "M1", new RunAllocationRounds.Validation(null,
        LocalDate.parse("2026-03-01"), null)), ErrorCode.MISSING_FIELD, "minutesReference");
    assertRefusedNaming(() -> rounds.validate(group, "R1", "M1", new RunAllocationRounds.Validation("pv-1", null, null)),
        ErrorCode.MISSING_FIELD, "decidedOn");
    assertRefusedNaming(() -> rounds.reject(group, "R1", "M1", "BORED", null), ErrorCode.INVALID_FIELD, "reason");
    assertThat(RunAllocationRounds.allocation("2026-R1", "m1")).isEqualTo("2026-R1/m1");
  }

  @Test
  void anEntryTakesTheBodysKeyThenTheRequestsAndEuroAndANewIdWhenLeftOut() {
    RecordContribution ledger = useCases.recordContribution();

    RecordContribution.Recorded byBody = ledger.due(ORG, "M1",
        new RecordContribution.NewEntry(null, "100.00", null, LocalDate.parse("2026-01-31"), "body-key", null),
        "header-key", "manager");
    RecordContribution.Recorded byHeader = ledger.declarePayment(ORG, "M1",
        new RecordContribution.NewPaymentDeclaration("P1", "100.00", null, LocalDate.parse("2026-02-01"), null,
            "bank-ref"), "header-key", "M1");
    RecordContribution.Recorded again = ledger.due(ORG, "M1",
        new RecordContribution.NewEntry("other", "100.00", null, LocalDate.parse("2026-01-31"), null, null),
        "body-key", "manager");

    assertThat(byBody.entry()).isNotBlank();
    assertThat(store.ledger().find(PortsFixtures.ACME, LedgerEntryId.of(byBody.entry()))).hasValueSatisfying(e -> {
      assertThat(e.idempotencyKey()).isEqualTo("body-key");
      assertThat(e.amount().currency().getCurrencyCode()).isEqualTo("EUR");
      assertThat(e.reason()).isEmpty();
    });
    assertThat(byHeader.entry()).isEqualTo("P1");
    assertThat(again.duplicate()).isTrue();
    assertRefusedNaming(() -> ledger.reject(ORG, "P1", null, "manager"), ErrorCode.MISSING_FIELD, "reason");
    assertRefusedNaming(() -> ledger.reverse(ORG, "P1", null, "manager"), ErrorCode.MISSING_FIELD, "reason");
    RecordContribution.Recorded confirmed = ledger.confirm(ORG, "P1", null, "manager");
    assertThat(confirmed.duplicate()).isFalse();
    assertThat(confirmed.kind()).isEqualTo("PAYMENT_CONFIRMED");
  }

  @Test
  void aBuildingAnExpenseALotAnOwnerAndAMemberTakeTheirDefaults() {
    RegisterBuilding.Registered building = useCases.registerBuilding().register(ORG,
        new RegisterBuilding.NewBuilding(null, "Les Tilleuls", "Rue de la Loi 16", new BigDecimal("1000"), null,
            List.of(new RegisterBuilding.LotLine("A1", "Flat A1", new BigDecimal("1000"),
                List.of(new RegisterBuilding.OwnershipLine("O1", "1")))),
            List.of(new RegisterBuilding.OwnerLine("O1", "Anne Peeters", "", "", ""))), "syndic-1");
    DistributeExpense.Distributed expense = useCases.distributeExpense().distribute(ORG, building.building(),
        new DistributeExpense.NewExpense(null, "Cleaning", "100.00", LocalDate.parse("2026-01-10"), null), "syndic-1");
    RegisterOwner.Registered owner = useCases.registerOwner().register(ORG,
        new RegisterOwner.OwnerDetails(null, null, "Bruno Dubois", null, null, null, "fr"), "syndic-1");
    AddLot.Added lot = useCases.addLot().add(ORG, building.building(),
        new AddLot.NewLot(null, "Cellar", new BigDecimal("10"), List.of(new RegisterBuilding.OwnershipLine(
            owner.owner(), "1")), null), "syndic-1");
    RegisterMember.Registered member = useCases.registerMember().register(ORG,
        new RegisterMember.NewMember(null, "Chloé Martin", null, null, null, 2, LocalDate.parse("2026-01-01"), null),
        "admin-1");

    assertThat(building.building()).isNotBlank();
    assertThat(expense.expense()).isNotBlank();
    assertThat(expense.allocations()).isEqualTo(Map.of("A1", "100.00"));
    assertThat(owner.owner()).isNotBlank();
    assertThat(owner.stored().details().email()).isEmpty();
    assertThat(owner.stored().details().language().code()).isEqualTo("fr");
    assertThat(lot.lot()).isNotBlank();
    assertThat(lot.totalShares()).isEqualTo("1010");
    assertThat(member.member()).isNotBlank();
    assertThat(member.stored().details().phone()).isEmpty();
    assertRefusedNaming(() -> useCases.addLot().add(ORG, building.building(),
        new AddLot.NewLot("A9", "Attic", BigDecimal.ONE, null, null), "syndic-1"), ErrorCode.MISSING_FIELD, "lot.owners");
    assertRefusedNaming(() -> useCases.changeOwnerDetails().change(ORG, owner.owner(),
        new RegisterOwner.OwnerDetails(null, null, "Bruno Dubois", null, null, null, null), "syndic-1"),
        ErrorCode.MISSING_FIELD, "version");
    assertThat(useCases.changeOwnerDetails().change(ORG, owner.owner(),
        new RegisterOwner.OwnerDetails("ignored", owner.version(), "Bruno Dubois", "bruno@example.org", null, null,
            null), "syndic-1").stored().details().email()).isEqualTo("bruno@example.org");
    assertRefusedNaming(() -> useCases.changeLotOwnership().change(ORG, lot.lot(), new ChangeLotOwnership.Ownership(null,
        List.of(new RegisterBuilding.OwnershipLine("O1", "1"))), "syndic-1"), ErrorCode.MISSING_FIELD, "version");
    long lotVersion = store.lots().get(PortsFixtures.ACME, LotId.of(lot.lot())).version();
    assertThat(useCases.changeLotOwnership().change(ORG, lot.lot(), new ChangeLotOwnership.Ownership(lotVersion,
        List.of(new RegisterBuilding.OwnershipLine("O1", "1"))), "syndic-1").stored().ownerships())
        .extracting(o -> o.owner().value()).containsExactly("O1");
  }
}
