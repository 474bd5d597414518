/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.ports.application.CommandValidation;
import org.koprogo.ports.application.UseCases;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.RegisterBuilding;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.CallsForFundsPlan;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;
import org.koprogo.ports.in.budget.PlanCallsForFunds;
import org.koprogo.ports.in.budget.StoredBudget;
import org.koprogo.ports.in.penalty.AppliedPenaltyPolicy;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.ManageLatePenaltyPolicies;
import org.koprogo.ports.in.penalty.PolicyTerms;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementOfAccount;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.out.AuditTrail;
import org.koprogo.ports.out.PenaltyPolicies;

/**
 * An integrator's acceptance scenarios for the building's money, driven through {@code ports.in}
 * only (the use cases of {@link UseCases} on an adapter's out ports): a yearly budget adopted and
 * changed with its reserve fund check and audit entries, the calls for funds derived from it, a
 * simulation that stores nothing, a building's late-penalty policy, owners' payments, and the
 * owner's statement (a lot in indivision split to the cent, payments imputed, penalties under the
 * building's own policy). Runs on the in-memory store, H2 and PostgreSQL.
 */
public abstract class BuildingFinanceAcceptanceContract extends ContractBase {
  private static final String ORG = ACME.value();
  private static final LocalDate Y2026 = LocalDate.parse("2026-01-01");
  private static final StatementTerms TERMS =
      new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);

  private UseCases useCases;
  private KeepBuildingBudgets budgets;
  private PlanCallsForFunds planning;
  private ManageLatePenaltyPolicies policies;
  private RecordOwnerPayment payments;
  private ReadOwnerStatement statements;

  /**
   * Where the adapter under test keeps each building's late-penalty policy, joining the
   * transactions of the ports {@link #freshPorts} returned last.
   *
   * @return the policies
   */
  protected abstract PenaltyPolicies penaltyPolicies();

  @BeforeEach
  void registerABuildingWithALotInIndivision() {
    useCases = new UseCases(ports, CommandValidation.none());
    budgets = useCases.keepBuildingBudgets();
    planning = useCases.planCallsForFunds();
    PenaltyPolicies stored = penaltyPolicies();
    policies = useCases.manageLatePenaltyPolicies(stored, LegalInterestRates.belgium(), TERMS.defaultPolicy());
    payments = useCases.recordOwnerPayment();
    statements = useCases.readOwnerStatement(stored, LegalInterestRates.belgium(), TERMS);
    ports.organisations().add(PortsFixtures.organisation(ACME));
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B1", "Résidence Les Tilleuls",
        "Rue des Tilleuls 1, 1000 Bruxelles", new BigDecimal("1000"), "EUR",
        List.of(
            new RegisterBuilding.LotLine("A1", "A1", new BigDecimal("600"), List.of(
                new RegisterBuilding.OwnershipLine("O1", "1/2"), new RegisterBuilding.OwnershipLine("O2", "1/2"))),
            new RegisterBuilding.LotLine("A2", "A2", new BigDecimal("400"), List.of(
                new RegisterBuilding.OwnershipLine("O3", "1")))),
        List.of(owner("O1"), owner("O2"), owner("O3")), "syndic-1"));
  }

  @Test
  void remindsTheOwnersInArrearsOncePerStepWithTheAuditAsRecord() {
    org.koprogo.ports.in.statement.RemindOwnersInArrears reminders =
        useCases.remindOwnersInArrears(penaltyPolicies(), LegalInterestRates.belgium(), TERMS);
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B1", "E1", "roof", "1000.00",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("600"), "A2", new BigDecimal("400")))), "syndic-1"));
    payments.record(new RecordOwnerPayment.Payment(ORG, "O3", "P3", LocalDate.parse("2026-01-15"), "400.00",
        "bank 3", "syndic-1"));
    var command = new org.koprogo.ports.in.statement.RemindOwnersInArrears.Command(ORG, "B1",
        LocalDate.parse("2026-03-05"), "syndic-1");

    var first = reminders.remind(command);
    var again = reminders.remind(command);

    // due 2026-01-31, 33 days late: the firm reminder (a letter) to O1 and O2, nothing to O3 who paid
    assertThat(first.reminders()).extracting(r -> r.owner() + " " + r.level() + " " + r.overdue().toPlainString()
        + " " + r.byPost() + " " + r.issuedBefore())
        .containsExactly("O1 FIRM_REMINDER 300.00 true false", "O2 FIRM_REMINDER 300.00 true false");
    assertThat(again.reminders()).allMatch(org.koprogo.ports.in.statement.RemindOwnersInArrears.Reminded::issuedBefore);
    assertThat(again.byPost()).isEmpty();
    assertThat(actions("owner-reminder", "O1/FIRM_REMINDER@E1")).containsExactly("PaymentReminderIssued");
    assertThat(actions("owner-reminder", "O2/FIRM_REMINDER@E1")).containsExactly("PaymentReminderIssued");
  }

  private static Money eur(String amount) {
    return Money.parse(amount, Money.EUR);
  }

  private static RegisterBuilding.OwnerLine owner(String id) {
    return new RegisterBuilding.OwnerLine(id, "Owner " + id, id.toLowerCase() + "@example.org", "", "");
  }

  private static BudgetProposal budget(LocalDate yearStart, String workingCapital, String reserve, String previous) {
    return new BudgetProposal(ORG, "B1", yearStart, "QUARTERLY", List.of(
        new BudgetProposal.Line("maintenance", null, workingCapital, null),
        new BudgetProposal.Line("reserve", "RESERVE", reserve, null)), previous, null);
  }

  private List<String> actions(String subjectType, String subjectId) {
    return ports.auditTrail().list(ACME, AuditTrail.Query.about(subjectType, subjectId, 100)).stream()
        .map(e -> e.event().action()).toList();
  }

  @Test
  void aBudgetAdoptedAndChangedCallsFundsFromEveryLotWithItsReserveCheck() {
    StoredBudget adopted = budgets.adopt(budget(Y2026, "10000.00", "1000.00", "8000.00"), "syndic-1");

    assertThat(adopted.id()).isEqualTo("B1/2026-01-01");
    assertThat(adopted.version()).isEqualTo(1);
    assertThat(adopted.basis()).isEqualTo(StoredBudget.Basis.GIVEN);
    assertThat(adopted.reserveCheck().compliant()).isTrue();
    assertThat(adopted.reserveCheck().minimum()).isEqualTo(eur("400.00"));

    CallsForFundsPlan plan = budgets.callsForFunds(ORG, "B1", Y2026);
    assertThat(plan.version()).isEqualTo(1L);
    assertThat(plan.calls().calls()).hasSize(8);
    CallForFunds first = plan.calls().callsOf(LotId.of("A1")).get(0);
    assertThat(first.workingCapital()).isEqualTo(eur("1500.00"));
    assertThat(first.reserve()).isEqualTo(eur("150.00"));
    assertThat(plan.calls().calls().stream().map(CallForFunds::total).reduce(Money::plus).orElseThrow())
        .isEqualTo(eur("11000.00"));

    assertRefused(() -> budgets.adopt(budget(Y2026, "1.00", "1.00", null), "syndic-1"), ErrorCode.CONCURRENT_UPDATE);
    StoredBudget changed = budgets.change(budget(null, "10000.00", "300.00", "8000.00"), Y2026, 1, "syndic-1");
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.reserveCheck().compliant()).isFalse();
    assertThat(changed.reserveCheck().shortfall()).isEqualTo(eur("100.00"));
    assertRefused(() -> budgets.change(budget(null, "1.00", "1.00", null), Y2026, 1, "syndic-1"),
        ErrorCode.CONCURRENT_UPDATE);
    assertRefused(() -> budgets.change(budget(LocalDate.parse("2027-01-01"), "1.00", "1.00", null), Y2026, 2,
        "syndic-1"), ErrorCode.INVALID_FIELD);

    // the next year's check is based on this year's stored ordinary charges
    StoredBudget next = budgets.adopt(budget(LocalDate.parse("2027-01-01"), "12000.00", "700.00", null), "syndic-1");
    assertThat(next.basis()).isEqualTo(StoredBudget.Basis.PREVIOUS_BUDGET);
    assertThat(next.previousYearOrdinaryCharges()).isEqualTo(eur("10000.00"));
    assertThat(budgets.budgets(ORG, "B1")).extracting(StoredBudget::id)
        .containsExactly("B1/2026-01-01", "B1/2027-01-01");
    assertThat(actions("budget", "B1/2026-01-01"))
        .containsExactly(KeepBuildingBudgets.ADOPTED, KeepBuildingBudgets.CHANGED);
  }

  @Test
  void aBuildingsBudgetsAreReadAPageAtATimeOldestYearFirst() {
    // "B1/x" shares the prefix of B1's budget ids, "B10" follows it
    for (String building : List.of("B1/x", "B10")) {
      useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, building, "Other", "Rue 2, 1000 Bruxelles",
          new BigDecimal("1000"), "EUR", List.of(new RegisterBuilding.LotLine("L-" + building, "L", new BigDecimal("1000"),
              List.of(new RegisterBuilding.OwnershipLine("O-" + building, "1")))), List.of(owner("O-" + building)),
          "syndic-1"));
    }
    for (int year : List.of(2024, 2021, 2026, 2022, 2025, 2023)) {
      budgets.adopt(budget(LocalDate.of(year, 1, 1), "10000.00", "1000.00", "8000.00"), "syndic-1");
    }
    for (String building : List.of("B1/x", "B10")) {
      for (int year : List.of(2022, 2023)) {
        budgets.adopt(new BudgetProposal(ORG, building, LocalDate.of(year, 1, 1), "QUARTERLY",
            List.of(new BudgetProposal.Line("maintenance", null, "100.00", null)), "100.00", null), "syndic-1");
      }
    }
    List<StoredBudget> whole = budgets.budgets(ORG, "B1");

    for (int limit = 1; limit <= 7; limit++) {
      List<StoredBudget> read = new java.util.ArrayList<>();
      String after = null;
      List<StoredBudget> page;
      while (!(page = budgets.budgets(ORG, "B1", limit, after)).isEmpty()) {
        assertThat(page.size()).isLessThanOrEqualTo(limit);
        read.addAll(page);
        after = page.get(page.size() - 1).budget().budget().yearStart().toString();
      }
      assertThat(read).as("limit " + limit).isEqualTo(whole);
    }
    assertThat(whole).extracting(StoredBudget::id).containsExactly("B1/2021-01-01", "B1/2022-01-01",
        "B1/2023-01-01", "B1/2024-01-01", "B1/2025-01-01", "B1/2026-01-01");
    assertThat(budgets.budgets(ORG, "B1", 2, "2023-06-01")).extracting(StoredBudget::id)
        .containsExactly("B1/2024-01-01", "B1/2025-01-01");
    assertThat(budgets.budgets(ORG, "B1/x", null, null)).extracting(StoredBudget::id)
        .containsExactly("B1/x/2022-01-01", "B1/x/2023-01-01");
    assertThat(budgets.budgets(ORG, "B10", 1, "2022-01-01")).extracting(StoredBudget::id)
        .containsExactly("B10/2023-01-01");
    assertThat(budgets.budgets(ORG, "B1", 1000, "2026-01-01")).isEmpty();
    assertRefused(() -> budgets.budgets(ORG, "B1", 0, null), ErrorCode.INVALID_FIELD);
    assertRefused(() -> budgets.budgets(ORG, "B1", 1001, null), ErrorCode.INVALID_FIELD);
    assertThatThrownBy(() -> budgets.budgets(ORG, "B1", 10, "2026"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD);
          assertThat(e.details()).containsEntry("field", "after");
        });
    assertRefused(() -> budgets.budgets(ORG, "B9", 10, null), ErrorCode.NOT_FOUND);
  }

  @Test
  void aSimulationStoresNothingAndARefusedBudgetNamesItsField() {
    CallsForFundsPlan simulated = planning.plan(budget(Y2026, "4000.00", "400.00", null));

    assertThat(simulated.version()).isNull();
    assertThat(simulated.reserveCheck()).isNull();
    assertThat(simulated.calls().callsIn(1)).hasSize(2);
    assertThat(budgets.budgets(ORG, "B1")).isEmpty();

    BudgetProposal badAmount = new BudgetProposal(ORG, "B1", Y2026, null,
        List.of(new BudgetProposal.Line("x", null, "12,5", null)), null, null);
    assertThatThrownBy(() -> budgets.adopt(badAmount, "syndic-1")).isInstanceOf(KoproGoException.class)
        .satisfies(e -> assertThat(((KoproGoException) e).details()).containsEntry("field", "lines[0].amount"));
    BudgetProposal unknownLot = new BudgetProposal(ORG, "B1", Y2026, null, List.of(new BudgetProposal.Line(
        "lift", null, "100.00", List.of(new BudgetProposal.Key("lift", BigDecimal.ONE, Map.of("Z9", BigDecimal.ONE))))),
        null, null);
    assertRefused(() -> budgets.adopt(unknownLot, "syndic-1"), ErrorCode.UNKNOWN_UNIT);
    assertRefused(() -> budgets.adopt(new BudgetProposal(ORG, "B1", Y2026, "WEEKLY", List.of(), null, null),
        "syndic-1"), ErrorCode.INVALID_FIELD);
    assertRefused(() -> planning.plan(new BudgetProposal(ORG, "B9", Y2026, null, List.of(), null, null)),
        ErrorCode.NOT_FOUND);
    // a waiver is the count of a stored assembly's item, never figures sent
    assertThatThrownBy(() -> budgets.adopt(new BudgetProposal(ORG, "B1", Y2026, null, List.of(), "100.00",
        new BudgetProposal.WaiverRef("GA-9", "item-1")), "syndic-1"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
          assertThat(e.details()).containsEntry("field", "reserveWaiver.assembly");
        });
    assertRefused(() -> budgets.adopt(new BudgetProposal(ORG, "B1", Y2026, null, List.of(), "100.00",
        new BudgetProposal.WaiverRef("GA-9", null)), "syndic-1"), ErrorCode.MISSING_FIELD);
    assertThat(budgets.budgets(ORG, "B1")).isEmpty();
    assertThat(actions("budget", "B1/2026-01-01")).isEmpty();
  }

  @Test
  void theStatementSplitsALotInIndivisionToTheCentAndImputesPaymentsUnderTheBuildingsPolicy() {
    AppliedPenaltyPolicy set = policies.set(new PolicyTerms(ORG, "B1", null, "12", "statutes art. 20", null, 0,
        null, "10.00", null, null, 0L, null), "syndic-1");
    assertThat(set.source()).isEqualTo("BUILDING");
    assertThat(set.version()).isEqualTo(1);
    // 1,000.01 over the shares: A1 600.01 (one cent to split between its two owners), A2 400.00
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B1", "E1", "roof", "1000.01",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("600"), "A2", new BigDecimal("400")))), "syndic-1"));
    RecordOwnerPayment.Recorded paid = payments.record(new RecordOwnerPayment.Payment(ORG, "O1", "P1",
        LocalDate.parse("2026-02-10"), "100.00", "bank 1", "syndic-1"));
    assertThat(paid.payment().amount()).isEqualTo(eur("100.00"));

    LocalDate asOf = LocalDate.parse("2026-03-31");
    StatementOfAccount o1 = statements.statement(ORG, "O1", asOf, null);
    StatementOfAccount o2 = statements.statement(ORG, "O2", asOf, null);

    assertThat(o1.statement().totalCalled().plus(o2.statement().totalCalled())).isEqualTo(eur("600.01"));
    assertThat(List.of(o1.statement().totalCalled(), o2.statement().totalCalled()))
        .containsExactlyInAnyOrder(eur("300.01"), eur("300.00"));
    StatementLine line = o1.statement().lines().get(0);
    assertThat(line.installment().dueDate()).isEqualTo(LocalDate.parse("2026-01-31"));
    assertThat(line.paid()).isEqualTo(eur("100.00"));
    assertThat(line.penalty().late()).isTrue();
    assertThat(o1.statement().totalPaid()).isEqualTo(eur("100.00"));
    assertThat(o1.statement().totalPenalties().isPositive()).isTrue();
    assertThat(o1.statement().balance()).isEqualTo(o1.statement().totalCalled()
        .plus(o1.statement().totalPenalties()).minus(eur("100.00")));
    assertThat(o1.policies()).extracting(AppliedPenaltyPolicy::source).containsExactly("BUILDING");
    assertThat(o1.buildingOfInstallment()).containsEntry("E1", "B1");
    assertThat(o1.reminder()).isNotNull();
    assertThat(o2.statement().totalPaid()).isEqualTo(Money.zero(Money.EUR));
    assertThat(actions("owner", "O1")).containsExactly(RecordOwnerPayment.RECORDED);
  }

  @Test
  void anOwnerInTwoBuildingsIsChargedUnderEachBuildingsOwnPolicyAndCreditedForACreditNote() {
    useCases.registerBuilding().register(new RegisterBuilding.Command(ORG, "B2", "Résidence Les Hêtres",
        "Rue des Hêtres 2, 1000 Bruxelles", new BigDecimal("100"), "EUR",
        List.of(new RegisterBuilding.LotLine("C1", "C1", new BigDecimal("100"),
            List.of(new RegisterBuilding.OwnershipLine("O4", "1")))),
        List.of(owner("O4")), "syndic-1"));
    useCases.changeLotOwnership().change(new org.koprogo.ports.in.ChangeLotOwnership.Command(ORG, "C1", 1,
        List.of(new RegisterBuilding.OwnershipLine("O1", "1")), "syndic-1"));
    policies.set(new PolicyTerms(ORG, "B1", null, "12", "statutes art. 20", null, 0, null, null, null, null, 0L,
        null), "syndic-1");
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B1", "E1", "roof", "1000.00",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("600"), "A2", new BigDecimal("400")))), "syndic-1"));
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B2", "E2", "lift", "200.00",
        LocalDate.parse("2026-01-05"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("C1", BigDecimal.ONE))), "syndic-1"));
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B2", "E3", "insurance refund",
        "-50.00", LocalDate.parse("2026-02-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("C1", BigDecimal.ONE))), "syndic-1"));

    StatementOfAccount o1 = statements.statement(ORG, "O1", LocalDate.parse("2026-03-31"), null);

    assertThat(o1.buildings()).extracting(b -> b.value()).containsExactly("B1", "B2");
    assertThat(o1.policies()).extracting(AppliedPenaltyPolicy::source).containsExactly("BUILDING", "DEFAULT");
    assertThat(o1.buildingOfInstallment()).containsExactly(Map.entry("E1", "B1"), Map.entry("E2", "B2"));
    // O1 holds half of A1 (300.00 of 600.00) and all of C1 (200.00); the refund is a credit of 50.00
    assertThat(o1.statement().totalCalled()).isEqualTo(eur("500.00"));
    assertThat(o1.credits()).singleElement().satisfies(c -> {
      assertThat(c.expense()).isEqualTo("E3");
      assertThat(c.amount()).isEqualTo(eur("50.00"));
    });
    assertThat(o1.statement().totalPaid()).isEqualTo(eur("50.00"));
    // imputed to the oldest installment (E1, due 31 January), not to B2's lift
    assertThat(o1.statement().lines()).extracting(l -> l.installment().id().value() + "=" + l.paid().toPlainString())
        .containsExactly("E1=50.00", "E2=0.00");
  }

  @Test
  void aPaymentIdIsRecordedOnceWithOneAuditEntry() {
    payments.record(new RecordOwnerPayment.Payment(ORG, "O3", "P1", LocalDate.parse("2026-02-10"), "40.00", "", "syndic-1"));
    assertRefused(() -> payments.record(new RecordOwnerPayment.Payment(ORG, "O3", "P1", LocalDate.parse("2026-02-11"),
        "41.00", "", "syndic-1")), ErrorCode.CONCURRENT_UPDATE);

    assertThat(statements.statement(ORG, "O3", LocalDate.parse("2026-03-31"), null).statement().totalPaid())
        .isEqualTo(eur("40.00"));
    assertThat(actions("owner", "O3")).containsExactly(RecordOwnerPayment.RECORDED);
  }

  @Test
  void refusalsComeWithTheDomainsCodesAndStoreNothing() {
    assertRefused(() -> payments.record(new RecordOwnerPayment.Payment(ORG, "O1", null,
        LocalDate.parse("2026-02-10"), "0.00", null, "syndic-1")), ErrorCode.NEGATIVE_AMOUNT);
    assertRefused(() -> payments.record(new RecordOwnerPayment.Payment(ORG, "O1", null, null, "1.00", null,
        "syndic-1")), ErrorCode.MISSING_FIELD);
    assertRefused(() -> payments.record(new RecordOwnerPayment.Payment(ORG, "O9", null,
        LocalDate.parse("2026-02-10"), "1.00", null, "syndic-1")), ErrorCode.NOT_FOUND);
    assertThatThrownBy(() -> policies.set(new PolicyTerms(ORG, "B1", null, "8", "art. 18", null, -1, null, null,
        null, null, 0L, null), "syndic-1"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_GRACE);
          assertThat(e.details()).containsEntry("field", "policy.graceDays");
        });
    assertRefused(() -> policies.set(new PolicyTerms(ORG, "B1", null, "8", "art. 18", null, 0, null, "-1.00",
        null, null, 0L, null), "syndic-1"), ErrorCode.NEGATIVE_AMOUNT);
    assertRefused(() -> policies.set(new PolicyTerms(ORG, "B1", "LEGAL_RATE", null, null, null, 0, "DUE_DATE",
        null, null, null, 0L, null), "syndic-1"), ErrorCode.INVALID_FIELD);
    assertRefused(() -> policies.set(new PolicyTerms(ORG, "B1", null, "8", "art. 18", null, 0, null, null,
        null, null, 3L, null), "syndic-1"), ErrorCode.CONCURRENT_UPDATE);

    AppliedPenaltyPolicy applied = policies.applied(ORG, "B1");
    assertThat(applied.source()).isEqualTo("DEFAULT");
    assertThat(applied.policy().graceDays()).isEqualTo(15);
    assertThat(actions("building", "B1")).doesNotContain(ManageLatePenaltyPolicies.SET);
    StatementOfAccount o1 = statements.statement(ORG, "O1", LocalDate.parse("2026-03-31"), null);
    assertThat(o1.statement().payments()).isEmpty();
    assertThat(actions("owner", "O1")).isEmpty();
  }
}
