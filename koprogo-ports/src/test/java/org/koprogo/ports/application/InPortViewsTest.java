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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.charges.KeyShare;
import org.koprogo.domain.notification.ChannelChoice;
import org.koprogo.domain.notification.ContactChannel;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.sale.Commitment;
import org.koprogo.domain.sale.CommitmentKind;
import org.koprogo.domain.sale.DecisionMaker;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.BooksViews;
import org.koprogo.ports.in.DistributeExpense;
import org.koprogo.ports.in.ImportBankStatements;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.KeyView;
import org.koprogo.ports.in.SaleViews;
import org.koprogo.ports.in.association.AllocateSurplus;
import org.koprogo.ports.in.association.AssociationViews;
import org.koprogo.ports.in.association.CostEntry;
import org.koprogo.ports.in.association.KeepAssociationBooks;
import org.koprogo.ports.in.association.KeepMonthlyPrice;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.BudgetViews;
import org.koprogo.ports.in.loan.LoanViews;
import org.koprogo.ports.in.loan.ScheduleLoan;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.penalty.PenaltyViews;
import org.koprogo.ports.in.solidarity.CheckAidEligibility;
import org.koprogo.ports.in.solidarity.EligibilityView;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.RemindOwnersInArrears;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.in.statement.StatementViews;
import org.koprogo.ports.memory.InMemoryAssociationBooks;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.InMemoryPenaltyPolicies;
import org.koprogo.ports.memory.MemoryDatabase;

/**
 * The in-ports' views ({@link BooksViews}, {@link AssociationViews}, {@link BudgetViews}, {@link
 * StatementViews}, {@link PenaltyViews}, {@link LoanViews}, {@link SaleViews}, {@link KeyView},
 * {@link EligibilityView}): what the use cases answer, in the plain values a host returns as they
 * are (amounts plain decimals, codes their names, null where a value does not apply).
 */
class InPortViewsTest {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final StatementTerms TERMS =
      new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);
  private static final LocalDate Y2026 = LocalDate.parse("2026-01-01");

  private final MemoryDatabase store = UseCaseFixtures.store();
  private final UseCases useCases = UseCaseFixtures.useCases(store);

  InPortViewsTest() {
    store.organisations().add(PortsFixtures.organisation(PortsFixtures.ACME));
  }

  private void threeLots() {
    useCases.registerBuilding().register(UseCaseFixtures.threeLots());
  }

  @Test
  void aLoanScheduleIsInPlainDecimalsWithEveryMonth() {
    LoanViews.ScheduleView v = LoanViews.schedule(useCases.scheduleLoan().schedule(
        new ScheduleLoan.Terms("1000.00", null, BigDecimal.ZERO, 3, null)));

    assertThat(v.principal()).isEqualTo("1000.00");
    assertThat(v.currency()).isEqualTo("EUR");
    assertThat(v.convention()).isEqualTo("NOMINAL");
    assertThat(v.months()).isEqualTo(3);
    assertThat(v.totalPaid()).isEqualTo("1000.00");
    assertThat(v.lastPayment()).isEqualTo("333.34");
    assertThat(v.installments()).extracting(LoanViews.InstallmentView::month).containsExactly(1, 2, 3);
    assertThat(v.installments().get(2).balance()).isEqualTo("0.00");
  }

  @Test
  void thePriceHistoryHasNoCurrentPriceBeforeTheFirst() {
    KeepMonthlyPrice prices = useCases.keepMonthlyPrice();
    assertThat(AssociationViews.prices(Optional.empty())).isEqualTo(new AssociationViews.PricesView(null, List.of()));

    AssociationViews.PricesView started = AssociationViews.prices(prices.start(new KeepMonthlyPrice.FirstPrice(ORG,
        "5.00", null, LocalDate.parse("2024-01-01"), "founding-2024", "admin-1")));

    assertThat(started.current()).isEqualTo("5.00");
    assertThat(started.periods()).containsExactly(
        new AssociationViews.PeriodView("5.00", "EUR", "2024-01-01", "founding-2024"));
    assertThat(AssociationViews.prices(prices.history(ORG))).isEqualTo(started);
  }

  @Test
  void aQuarterShowsItsMembersRatesAndCosts() {
    KeepAssociationBooks books = useCases.keepAssociationBooks(new InMemoryAssociationBooks(store));

    AssociationViews.QuarterView q = AssociationViews.quarter(books.record(new KeepAssociationBooks.QuarterEntry(
        ORG, "2025-Q1", null, List.of(new KeepAssociationBooks.MemberRate("m1", "MAINTAINER")),
        List.of(new CostEntry("staff", "300.00")), null, "admin-1")));

    assertThat(q).isEqualTo(new AssociationViews.QuarterView("2025-Q1", 1,
        List.of(new KeepAssociationBooks.MemberRate("m1", "MAINTAINER")),
        List.of(new AssociationViews.CostView("staff", "300.00", "EUR"))));
  }

  @Test
  void aSurplusAllocationShowsEachDestinationAndTheReserveItCovers() {
    AllocateSurplus.Allocated allocated = useCases.allocateSurplus().decide(new AllocateSurplus.SurplusDecision(ORG,
        "ga-2026/surplus", 2025, null, "90000.00", List.of(new CostEntry("staff", "60000.00")), 1500, "5.00",
        List.of(new AllocateSurplus.Share("solidarity", "30"), new AllocateSurplus.Share("price_decrease", "25"),
            new AllocateSurplus.Share("features", "25"), new AllocateSurplus.Share("reserve", "15"),
            new AllocateSurplus.Share("research", "5")),
        null, "price_decrease", new AllocateSurplus.Reserve("2000.00", 3, null), "admin-1"));

    AssociationViews.AllocationView v = AssociationViews.allocation(allocated);

    assertThat(v.resolution()).isEqualTo("ga-2026/surplus");
    assertThat(v.year()).isEqualTo(2025);
    assertThat(v.version()).isEqualTo(1);
    assertThat(v.surplus()).isEqualTo("30000.00");
    assertThat(v.allocations()).containsEntry("solidarity", "9000.00").containsEntry("research", "1500.00");
    assertThat(v.allocations().keySet()).containsExactly(allocated.allocation().allocations().keySet().toArray(String[]::new));
    assertThat(v.reserve()).isNotNull();
    assertThat(v.priceDecrease()).isNotNull();
  }

  @Test
  void aStoredBudgetAndItsCallsShowTheReserveCheckAndLeaveOutWhatDoesNotApply() {
    threeLots();
    BudgetViews.BudgetView adopted = BudgetViews.budget(useCases.keepBuildingBudgets().adopt(new BudgetProposal(ORG,
        "B1", Y2026, "QUARTERLY", List.of(new BudgetProposal.Line("maintenance", null, "10000.00", null),
            new BudgetProposal.Line("reserve", "RESERVE", "1000.00", List.of(new BudgetProposal.Key("lifts",
                BigDecimal.ONE, Map.of("A1", BigDecimal.ONE))))), "8000.00", null), "syndic-1"));

    assertThat(adopted.building()).isEqualTo("B1");
    assertThat(adopted.yearStart()).isEqualTo("2026-01-01");
    assertThat(adopted.frequency()).isEqualTo("QUARTERLY");
    assertThat(adopted.version()).isEqualTo(1);
    assertThat(adopted.workingCapital()).isEqualTo("10000.00");
    assertThat(adopted.reserve()).isEqualTo("1000.00");
    assertThat(adopted.total()).isEqualTo("11000.00");
    assertThat(adopted.previousYearOrdinaryCharges()).isEqualTo("8000.00");
    assertThat(adopted.previousYearBasis()).isEqualTo("GIVEN");
    assertThat(adopted.reserveWaiver()).isNull();
    assertThat(adopted.reserveCheck().compliant()).isTrue();
    assertThat(adopted.reserveCheck().minimum()).isEqualTo("400.00");
    assertThat(adopted.lines().get(0).keys())
        .containsExactly(new KeyView("general", "1", Map.of("A1", "500", "A2", "300", "A3", "200")));
    assertThat(adopted.lines().get(1).keys()).containsExactly(new KeyView("lifts", "1", Map.of("A1", "1")));

    BudgetViews.PlanView stored = BudgetViews.plan("B1", useCases.keepBuildingBudgets().callsForFunds(ORG, "B1", Y2026));
    BudgetViews.PlanView simulated = BudgetViews.plan("B1", useCases.planCallsForFunds().plan(new BudgetProposal(ORG,
        "B1", Y2026, null, List.of(new BudgetProposal.Line("maintenance", null, "4000.00", null)), null, null)));

    assertThat(stored.version()).isEqualTo(1L);
    assertThat(stored.calls()).hasSize(12);
    assertThat(stored.calls()).extracting(BudgetViews.CallView::period).contains(1, 2, 3, 4);
    assertThat(simulated.version()).isNull();
    assertThat(simulated.reserveCheck()).isNull();
    assertThat(simulated.reserve()).isEqualTo("0.00");
    assertThat(BudgetViews.reserveCheck(null)).isNull();
  }

  @Test
  void aStatementNamesTheBuildingsAndPoliciesOnlyForAnOwnerOfALot() {
    threeLots();
    InMemoryPenaltyPolicies policies = new InMemoryPenaltyPolicies(store);
    useCases.distributeExpense().distribute(new DistributeExpense.Command(ORG, "B1", "E1", "roof", "1000.00",
        LocalDate.parse("2026-01-01"), List.of(new DistributeExpense.KeyPart("general", BigDecimal.ONE,
            Map.of("A1", new BigDecimal("500"), "A2", new BigDecimal("300")))),
        "syndic-1"));
    StatementViews.PaymentView paid = StatementViews.payment(useCases.recordOwnerPayment().record(
        new RecordOwnerPayment.Payment(ORG, "O2", "P1", LocalDate.parse("2026-01-15"), "100.00", "bank 1", "syndic-1")));

    StatementViews.StatementView owner = StatementViews.statement(useCases.readOwnerStatement(policies,
        LegalInterestRates.belgium(), TERMS).statement(ORG, "O2", LocalDate.parse("2026-06-30"), null));

    assertThat(paid).isEqualTo(new StatementViews.PaymentView("P1", "O2", "2026-01-15", "100.00", "bank 1"));
    assertThat(owner.owner()).isEqualTo("O2");
    assertThat(owner.asOf()).isEqualTo("2026-06-30");
    assertThat(owner.currency()).isEqualTo("EUR");
    assertThat(owner.formalNoticeOn()).isEmpty();
    assertThat(owner.building()).isEqualTo("B1");
    assertThat(owner.buildings()).containsExactly("B1");
    assertThat(owner.policies()).singleElement().satisfies(p -> {
      assertThat(p.building()).isEqualTo("B1");
      assertThat(p.source()).isEqualTo("DEFAULT");
      assertThat(p.rateSource()).isEqualTo("STATUTES");
      assertThat(p.annualRatePercent()).isEqualTo("8");
      assertThat(p.legalRatePercentByYear()).isNull();
      assertThat(p.version()).isZero();
    });
    assertThat(owner.credits()).isEmpty();
    assertThat(owner.lines()).isNotEmpty().allMatch(l -> "B1".equals(l.building()));
    assertThat(owner.payments()).containsExactly(new StatementViews.PaidView("2026-01-15", "100.00"));
    assertThat(owner.totalPaid()).isEqualTo("100.00");

    useCases.registerOwner().register(new org.koprogo.ports.in.RegisterOwner.Command(ORG,
        new org.koprogo.ports.in.RegisterBuilding.OwnerLine("O9", "Owner O9", "", "", ""), "syndic-1"));
    StatementViews.StatementView none = StatementViews.statement(useCases.readOwnerStatement(policies,
        LegalInterestRates.belgium(), TERMS).statement(ORG, "O9", LocalDate.parse("2026-06-30"), null));
    assertThat(none.formalNoticeOn()).isNull();
    assertThat(none.building()).isNull();
    assertThat(none.buildings()).isNull();
    assertThat(none.policies()).isNull();
    assertThat(none.credits()).isNull();
    assertThat(none.reminder()).isNull();
    assertThat(none.lines()).isEmpty();

    PenaltyViews.PolicyView applied = PenaltyViews.policy(useCases.manageLatePenaltyPolicies(policies,
        LegalInterestRates.belgium(), TERMS.defaultPolicy()).applied(ORG, "B1"));
    assertThat(applied).isEqualTo(owner.policies().get(0));
    assertThat(applied.interestRunsUnderStatutes()).isNull();
  }

  @Test
  void aRunOfRemindersListsWhoIsRemindedOnPaper() {
    RemindOwnersInArrears.Run run = new RemindOwnersInArrears.Run(LocalDate.parse("2026-03-05"), List.of(
        new RemindOwnersInArrears.Reminded("O1", "FIRM_REMINDER", 33, Money.parse("300.00", Money.EUR),
            LocalDate.parse("2026-01-31"), ContactChannel.EMAIL, ChannelChoice.Reason.values()[0], true, true, false),
        new RemindOwnersInArrears.Reminded("O2", "FIRM_REMINDER", 33, Money.parse("300.00", Money.EUR),
            LocalDate.parse("2026-01-31"), null, null, false, false, true)));

    StatementViews.RunView v = StatementViews.run(run);

    assertThat(v).isEqualTo(new StatementViews.RunView("2026-03-05", List.of(
        new StatementViews.RemindedView("O1", "FIRM_REMINDER", 33, "300.00", "EUR", "2026-01-31", "EMAIL", true, true,
            false),
        new StatementViews.RemindedView("O2", "FIRM_REMINDER", 33, "300.00", "EUR", "2026-01-31", null, false, false,
            true)), List.of("O1")));
  }

  @Test
  void theBooksShowTotalsAndEntriesByAccountNumber() {
    threeLots();
    InMemoryJournal journal = new InMemoryJournal(store);
    KeepBooks books = new Bookkeeping(store.ports(), journal, CommandValidation.with(UseCaseFixtures.VALIDATOR));
    books.postCallForFunds(new KeepBooks.Call(ORG, "B1", "c1", LocalDate.parse("2026-01-01"), "O1", "A1", 1, 1,
        "600.00", "150.00", "syndic-1"));
    KeepBooks.YearQuery year = new KeepBooks.YearQuery(ORG, "B1", 2026);

    BooksViews.TrialBalanceView trial = BooksViews.trialBalance("B1", books.trialBalance(year));
    BooksViews.IncomeStatementView income = BooksViews.incomeStatement("B1", books.incomeStatement(year));
    BooksViews.BalanceSheetView sheet = BooksViews.balanceSheet("B1", books.balanceSheet(year));
    BooksViews.EntryView entry = BooksViews.entry(books.entry(new KeepBooks.EntryQuery(ORG, "B1", "c1")));

    assertThat(trial.from()).isEqualTo("2026-01-01");
    assertThat(trial.to()).isEqualTo("2026-12-31");
    assertThat(trial.totalDebit()).isEqualTo("750.00").isEqualTo(trial.totalCredit());
    assertThat(trial.balanced()).isTrue();
    assertThat(trial.accounts()).extracting(BooksViews.TotalView::account).contains("410", "700", "160");
    assertThat(income.income()).extracting(BooksViews.TotalView::account).containsExactly("700");
    assertThat(income.totalIncome()).isEqualTo("600.00");
    assertThat(sheet.asOf()).isEqualTo("2026-12-31");
    assertThat(sheet.balanced()).isTrue();
    assertThat(entry.entry()).isEqualTo("c1");
    assertThat(entry.kind()).isEqualTo("CALL_FOR_FUNDS");
    assertThat(entry.lines()).anySatisfy(l -> assertThat(l).isEqualTo(
        new BooksViews.EntryLine("410", "DEBIT", "750.00", "O1")));
    assertThat(entry.lines()).anySatisfy(l -> assertThat(l.owner()).isNull());
  }

  @Test
  void aCommitmentShowsItsKindItemAndKeyParts() {
    KeyShare key = new KeyShare(BigDecimal.ONE, new DistributionKey("lifts", Map.of(LotId.of("A1"), BigDecimal.TEN)));
    Commitment c = new Commitment("K1", CommitmentKind.URGENT_WORKS, LocalDate.parse("2026-02-01"),
        DecisionMaker.SYNDIC, null, null, "pump", Money.parse("800.00", Money.EUR), List.of(key), null);

    SaleViews.CommitmentView v = SaleViews.commitment(c, true);

    assertThat(v).isEqualTo(new SaleViews.CommitmentView("K1", CommitmentKind.URGENT_WORKS,
        CommitmentKind.URGENT_WORKS.item(), LocalDate.parse("2026-02-01"), DecisionMaker.SYNDIC, null, null, "pump",
        "800.00", "EUR", c.keyDescription(), List.of(new KeyView("lifts", "1", Map.of("A1", "10"))), null, true));
  }

  @Test
  void anEligibilityAnswerNamesTheApplicantAndTheKindAsked() {
    CheckAidEligibility.EligibilityQuestion question = new CheckAidEligibility.EligibilityQuestion(
        LocalDate.parse("2026-06-01"), null, new CheckAidEligibility.ApplicantFigures("m1", "1200.00",
            BigDecimal.valueOf(40), 0, "0.00", true, List.of()),
        new CheckAidEligibility.Ask("ZERO_RATE_LOAN", "2000.00", 24, null, null, null, null));

    EligibilityView v = EligibilityView.of(question, useCases.checkAidEligibility().check(question));

    assertThat(v.applicant()).isEqualTo("m1");
    assertThat(v.kind()).isEqualTo("ZERO_RATE_LOAN");
    assertThat(v.eligible()).isEqualTo(v.outcomes().stream().allMatch(o -> o.passed()));
  }

  @Test
  void aQueuedBankLineMayNameNoOwner() {
    assertThat(ImportBankStatements.QueuedLine.class.getRecordComponents()[7].getName()).isEqualTo("owner");
    assertThat(ImportBankStatements.QueuedLine.class.getRecordComponents()[7]
        .isAnnotationPresent(jakarta.annotation.Nullable.class)).isTrue();
  }
}
