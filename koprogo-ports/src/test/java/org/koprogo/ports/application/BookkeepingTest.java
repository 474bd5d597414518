/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.koprogo.ports.contract.PortsFixtures.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.BalanceSheet;
import org.koprogo.domain.accounting.TrialBalance;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.MemoryDatabase;
import org.koprogo.ports.out.AuditTrail;

class BookkeepingTest {
  private final MemoryDatabase store = UseCaseFixtures.store();
  private final InMemoryJournal journal = new InMemoryJournal(store);
  private final KeepBooks books = new Bookkeeping(store.ports(), journal, CommandValidation.with(UseCaseFixtures.VALIDATOR));
  private static final String ORG = UseCaseFixtures.ORG;

  BookkeepingTest() {
    store.organisations().add(PortsFixtures.organisation(ACME));
    UseCaseFixtures.useCases(store).registerBuilding().register(UseCaseFixtures.threeLots());
  }

  private static KeepBooks.Call call(String entry, String owner, String lot, int period) {
    return new KeepBooks.Call(ORG, "B1", entry, LocalDate.of(2026, 3 * period - 2, 1), owner, lot, period, period, "600.00", "150.00", "syndic-1");
  }

  private static KeepBooks.OwnerMovement owner(String entry, String owner, String amount, String date) {
    return new KeepBooks.OwnerMovement(ORG, "B1", entry, LocalDate.parse(date), owner, "transfer", amount, "syndic-1");
  }

  @Test
  void postsEveryEventAsABalancedEntryWithItsAuditEntry() {
    books.postCallForFunds(call("c1", "O1", "A1", 1));
    books.postCallForFunds(call("c2", "O2", "A2", 1));
    books.postPayment(owner("p1", "O1", "750.00", "2026-01-12"));
    books.postPenalty(owner("x1", "O2", "12.50", "2026-03-01"));
    books.postExpense(new KeepBooks.Movement(ORG, "B1", "i1", LocalDate.of(2026, 2, 1), "cleaning", "300.00", "610", "syndic-1"));
    books.postSupplierPayment(new KeepBooks.Movement(ORG, "B1", "s1", LocalDate.of(2026, 2, 20), "cleaning", "300.00", null, "syndic-1"));
    books.postReserveUse(new KeepBooks.Movement(ORG, "B1", "r1", LocalDate.of(2026, 4, 1), "gutter", "100.00", null, "syndic-1"));
    KeepBooks.Posted refund = books.postRefund(owner("f1", "O1", "5.00", "2026-05-01"));

    TrialBalance trial = books.trialBalance(new KeepBooks.YearQuery(ORG, "B1", 2026));
    BalanceSheet sheet = books.balanceSheet(new KeepBooks.YearQuery(ORG, "B1", 2026));

    assertThat(refund).isEqualTo(new KeepBooks.Posted("f1", "REFUND", "5.00", false));
    assertThat(trial.balanced()).isTrue();
    assertThat(sheet.balanced()).isTrue();
    assertThat(books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", "O1", LocalDate.of(2026, 12, 31)))).isEqualTo(Money.parse("5.00", Money.EUR));
    assertThat(books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", "O2", LocalDate.of(2026, 12, 31)))).isEqualTo(Money.parse("762.50", Money.EUR));
    assertThat(store.auditTrail().list(ACME, AuditTrail.Query.about("building", "B1", 50)))
        .filteredOn(e -> e.event().action().equals("JournalEntryPosted")).hasSize(8);
  }

  @Test
  void aRetriedPostingRecordsNothingAndAReusedIdIsRefused() {
    KeepBooks.Posted first = books.postPayment(owner("p1", "O1", "750.00", "2026-01-12"));
    KeepBooks.Posted retry = books.postPayment(owner("p1", "O1", "750.00", "2026-01-12"));

    assertThat(first.duplicate()).isFalse();
    assertThat(retry).isEqualTo(new KeepBooks.Posted("p1", "PAYMENT", "750.00", true));
    assertRefused(() -> books.postPayment(owner("p1", "O1", "750.01", "2026-01-12")), ErrorCode.IDEMPOTENCY_CONFLICT);
    assertThat(journal.entries(ACME, org.koprogo.domain.building.BuildingId.of("B1"))).hasSize(1);
  }

  @Test
  void closesTheYearOnceAndThenRefusesPostingsInIt() {
    books.postCallForFunds(call("c1", "O1", "A1", 1));

    KeepBooks.Posted closed = books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "close-2026", 2026, "syndic-1"));

    assertThat(closed.kind()).isEqualTo("CLOSING");
    assertThat(books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "close-2026", 2026, "syndic-1")).duplicate()).isTrue();
    assertRefused(() -> books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "close-again", 2026, "syndic-1")), ErrorCode.PERIOD_CLOSED);
    assertRefused(() -> books.postPayment(owner("p1", "O1", "1.00", "2026-12-31")), ErrorCode.PERIOD_CLOSED);
    assertThat(books.incomeStatement(new KeepBooks.YearQuery(ORG, "B1", 2026)).result()).isEqualTo(Money.parse("600.00", Money.EUR));
  }

  @Test
  void callsAPeriodOfTheStoredBudgetToEveryOwnerAsTheBudgetSays() {
    UseCaseFixtures.useCases(store).keepBuildingBudgets().adopt(new org.koprogo.ports.in.budget.BudgetProposal(ORG, "B1",
        LocalDate.of(2026, 1, 1), "QUARTERLY", java.util.List.of(
            new org.koprogo.ports.in.budget.BudgetProposal.Line("charges", null, "10000.01", null),
            new org.koprogo.ports.in.budget.BudgetProposal.Line("reserve", "RESERVE", "2000.00", null)), null, null),
        "syndic-1");
    KeepBooks.BudgetCalls q2 = new KeepBooks.BudgetCalls(ORG, "B1", LocalDate.of(2026, 1, 1), 2, 262, "syndic-1");

    java.util.List<KeepBooks.Posted> posted = books.postCallsOfBudget(q2);
    java.util.List<KeepBooks.Posted> again = books.postCallsOfBudget(q2);

    // A1 (500/1000) is held half and half by O1 and O2, A2 (300) by O2; A3 (200) has no owner and is not called
    assertThat(posted).extracting(KeepBooks.Posted::entry).containsExactly("call-262-A1-O1", "call-262-A1-O2", "call-262-A2");
    assertThat(again).allMatch(KeepBooks.Posted::duplicate);
    var b = ((Bookkeeping) books).books(ORG, "B1");
    Money called = Money.zero(Money.EUR);
    for (KeepBooks.Posted p : posted) {
      called = called.plus(Money.parse(p.amount(), Money.EUR));
      assertThat(p.reference()).startsWith("+++");
    }
    // the quarter of 10,000.01 + 2,000.00 for 800 of the 1,000 shares called, to the cent
    assertThat(called).isEqualTo(Money.parse("2400.00", Money.EUR));
    assertThat(b.balance(org.koprogo.domain.accounting.ChartOfAccounts.RESERVE_FUND, LocalDate.of(2026, 4, 1)).negated())
        .isEqualTo(Money.parse("400.00", Money.EUR));
    assertThat(journal.find(ACME, org.koprogo.domain.building.BuildingId.of("B1"), "call-262-A1-O1").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertRefused(() -> books.postCallsOfBudget(new KeepBooks.BudgetCalls(ORG, "B1", LocalDate.of(2026, 1, 1), 5, 265,
        "syndic-1")), ErrorCode.INVALID_FIELD);
    assertRefused(() -> books.postCallsOfBudget(new KeepBooks.BudgetCalls(ORG, "B1", LocalDate.of(2027, 1, 1), 1, 271,
        "syndic-1")), ErrorCode.NOT_FOUND);
  }

  @Test
  void refusesUnknownOwnersLotsAccountsAndBadAmounts() {
    assertRefused(() -> books.postPayment(owner("p1", "NOBODY", "1.00", "2026-01-01")), ErrorCode.NOT_FOUND);
    assertRefused(() -> books.postCallForFunds(call("c1", "O1", "Z9", 1)), ErrorCode.NOT_FOUND);
    assertRefused(() -> books.postExpense(new KeepBooks.Movement(ORG, "B1", "i1", LocalDate.of(2026, 2, 1), "x", "1.00", "440", "s")),
        ErrorCode.UNKNOWN_ACCOUNT);
    assertRefused(() -> books.postPayment(owner("p1", "O1", "1.001", "2026-01-01")), ErrorCode.INVALID_AMOUNT);
    assertRefused(() -> books.postPayment(owner("p1", "O1", "0.00", "2026-01-01")), ErrorCode.EMPTY_ENTRY);
    assertRefused(() -> books.postPayment(owner("p1", "O1", "1e3", "2026-01-01")), ErrorCode.VALIDATION_FAILED);
    assertRefused(() -> books.trialBalance(new KeepBooks.YearQuery("org-other", "B1", 2026)), ErrorCode.NOT_FOUND);
  }
}
