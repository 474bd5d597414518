/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.recording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.GiveSaleInformation;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.penalty.PolicyTerms;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;

/**
 * The in-ports' client bodies (what a client sends, which a host binds as it is) become their
 * commands with the tenant, the path's ids and the actor, and with the defaults a host used to
 * apply itself: a new id when the client names none, an empty label, the general key, the
 * conventional closing entry, a quarterly frequency.
 */
class ClientBodiesTest {
  private static final String ORG = "org-acme";
  private static final LocalDate DAY = LocalDate.parse("2026-03-01");

  @Test
  void thePostingsOfTheBooksGetAnEntryIdAndALabel() {
    List<Object> seen = new ArrayList<>();
    KeepBooks books = recording(KeepBooks.class, seen);

    books.postCallForFunds(ORG, "B1", new KeepBooks.NewCall(null, DAY, "O1", "A1", 1, 7, "600.00", "150.00"), "s");
    books.postExpense(ORG, "B1", new KeepBooks.NewExpense("e-1", DAY, null, "300.00", null), "s");
    books.postPayment(ORG, "B1", new KeepBooks.NewPayment(" ", DAY, "O1", "bank 1", "750.00"), "s");

    KeepBooks.Call call = (KeepBooks.Call) seen.get(0);
    assertThat(call.entry()).isNotBlank();
    assertThat(call).isEqualTo(new KeepBooks.Call(ORG, "B1", call.entry(), DAY, "O1", "A1", 1, 7, "600.00", "150.00",
        "s"));
    assertThat(seen.get(1)).isEqualTo(new KeepBooks.Movement(ORG, "B1", "e-1", DAY, "", "300.00", null, "s"));
    KeepBooks.OwnerMovement payment = (KeepBooks.OwnerMovement) seen.get(2);
    assertThat(payment.entry()).isNotBlank();
    assertThat(payment).isEqualTo(new KeepBooks.OwnerMovement(ORG, "B1", payment.entry(), DAY, "O1", "bank 1",
        "750.00", "s"));
    assertThat(KeepBooks.YearClosing.of(ORG, "B1", 2026, "s"))
        .isEqualTo(new KeepBooks.YearClosing(ORG, "B1", "closing-2026", 2026, "s"));
  }

  @Test
  void aCommitmentGetsAnIdAndTheGeneralKey() {
    List<Object> seen = new ArrayList<>();
    KeepCommitments register = recording(KeepCommitments.class, seen);
    DistributeExpense.KeyPart part = new DistributeExpense.KeyPart("lifts", BigDecimal.ONE,
        Map.of("A1", BigDecimal.ONE));

    register.record(ORG, "B1", new KeepCommitments.NewCommitment(null, "WORKS", DAY, "SYNDIC", null, null, "roof",
        "1000.00", null, null), "s");
    register.record(ORG, "B1", new KeepCommitments.NewCommitment("k-1", "WORKS", DAY, "GENERAL_ASSEMBLY", "ga", "3",
        "roof", "1000.00", List.of(part), DAY), "s");
    register.markCalled(ORG, "B1", "k-1", new KeepCommitments.Called(DAY), "s");

    KeepCommitments.Command first = (KeepCommitments.Command) seen.get(0);
    assertThat(first.commitment()).isNotBlank();
    assertThat(first).isEqualTo(new KeepCommitments.Command(ORG, "B1", first.commitment(), "WORKS", DAY, "SYNDIC",
        null, null, "roof", "1000.00", List.of(), null, "s"));
    assertThat(seen.get(1)).isEqualTo(new KeepCommitments.Command(ORG, "B1", "k-1", "WORKS", DAY,
        "GENERAL_ASSEMBLY", "ga", "3", "roof", "1000.00", List.of(part), DAY, "s"));
    assertThat(seen.get(2)).isEqualTo(new KeepCommitments.Call(ORG, "B1", "k-1", DAY, "s"));
  }

  @Test
  void theOwnersAccountsBodiesNameTheirOwnerBuildingAndActor() {
    List<Object> seen = new ArrayList<>();
    recording(RecordOwnerPayment.class, seen).record(ORG, "O1",
        new RecordOwnerPayment.NewPayment(null, DAY, "10.00", null), "s");
    recording(RemindOwnersInArrears.class, seen).remind(ORG, "B1", new RemindOwnersInArrears.AsOf(DAY), "s");
    recording(ImportBankStatements.class, seen).confirm(ORG, "B1", new ImportBankStatements.LineChoice("L1"), "s");
    recording(ImportBankStatements.class, seen).assign(ORG, "B1",
        new ImportBankStatements.LineAssignment("L2", "O2"), "s");
    recording(ManageLatePenaltyPolicies.class, seen).set(ORG, "B1", new ManageLatePenaltyPolicies.Policy(
        "STATUTES", "8", "art. 18", null, 15, null, null, null, "10", 0L, null), "s");

    assertThat(seen).containsExactly(
        new RecordOwnerPayment.Payment(ORG, "O1", null, DAY, "10.00", null, "s"),
        new RemindOwnersInArrears.Command(ORG, "B1", DAY, "s"),
        new ImportBankStatements.LineCommand(ORG, "B1", "L1", "s"),
        new ImportBankStatements.Assignment(ORG, "B1", "L2", "O2", "s"),
        new PolicyTerms(ORG, "B1", "STATUTES", "8", "art. 18", null, 15, null, null, null, "10", 0L, null), "s");
  }

  @Test
  void theAssociationsAndTheBudgetsBodiesBecomeTheirCommands() {
    List<Object> seen = new ArrayList<>();
    List<CostEntry> costs = List.of(new CostEntry("staff", "60000.00"));
    List<AllocateSurplus.Share> plan = List.of(new AllocateSurplus.Share("reserve", "100"));
    AllocateSurplus.Reserve reserve = new AllocateSurplus.Reserve("2000.00", 3, null);
    recording(KeepMonthlyPrice.class, seen).start(ORG, new KeepMonthlyPrice.NewPrice("5.00", null, DAY, "r-1"), "a");
    recording(KeepMonthlyPrice.class, seen).change(ORG,
        new KeepMonthlyPrice.PriceVote("r-2", null, true, "6.00", DAY), "a");
    recording(AllocateSurplus.class, seen).decide(ORG, new AllocateSurplus.NewAllocation("r-3", 2025, null,
        "90000.00", costs, 1500, "5.00", plan, null, "reserve", reserve), "a");
    List<BudgetProposal.Line> lines = List.of(new BudgetProposal.Line("maintenance", null, "1000.00", null));
    BudgetProposal.WaiverRef waiver = new BudgetProposal.WaiverRef("ga-1", "7");

    assertThat(seen).containsExactly(
        new KeepMonthlyPrice.FirstPrice(ORG, "5.00", null, DAY, "r-1", "a"),
        new KeepMonthlyPrice.PriceDecision(ORG, "r-2", null, true, "6.00", DAY, "a"),
        new AllocateSurplus.SurplusDecision(ORG, "r-3", 2025, null, "90000.00", costs, 1500, "5.00", plan, null,
            "reserve", reserve, "a"));
    assertThat(new PlanCallsForFunds.Budget(DAY, "MONTHLY", lines, "900.00", waiver).proposal(ORG, "B1"))
        .isEqualTo(new BudgetProposal(ORG, "B1", DAY, "MONTHLY", lines, "900.00", waiver));
    assertThat(new KeepBuildingBudgets.Budget(DAY, null, lines, null, null, 3L).proposal(ORG, "B1"))
        .isEqualTo(new BudgetProposal(ORG, "B1", DAY, null, lines, null, null));
  }

  @Test
  void aSaleQueryCallsQuarterlyWithNothingDeclaredUnlessToldOtherwise() {
    GiveSaleInformation.Query plain = new GiveSaleInformation.Query(ORG, "A1", DAY, null, null, null);
    GiveSaleInformation.Query told = new GiveSaleInformation.Query(ORG, "A1", DAY, "MONTHLY", List.of("case 1"),
        List.of("minutes"));

    assertThat(plain.frequency()).isEqualTo("QUARTERLY");
    assertThat(plain.litigation()).isEmpty();
    assertThat(plain.documents()).isEmpty();
    assertThat(told.frequency()).isEqualTo("MONTHLY");
    assertThat(told.litigation()).containsExactly("case 1");
    assertThat(told.documents()).containsExactly("minutes");
  }
}
