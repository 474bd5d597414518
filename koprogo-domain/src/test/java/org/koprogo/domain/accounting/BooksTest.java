/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.accounting.BooksFixtures.ANNE;
import static org.koprogo.domain.accounting.BooksFixtures.BRUNO;
import static org.koprogo.domain.accounting.BooksFixtures.eur;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class BooksTest {
  private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

  @Test
  void refusesAnUnbalancedEntry() {
    List<JournalLine> lines = List.of(JournalLine.debit("610", eur(100)), JournalLine.credit("440", eur(99)));

    assertThatThrownBy(() -> new JournalEntry("e1", YEAR_END, EntryKind.EXPENSE, "x", lines))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNBALANCED_ENTRY);
          assertThat(e.details()).containsEntry("debit", 100L).containsEntry("credit", 99L);
        });
  }

  @Test
  void refusesAnEntryOfOneLineOrALineOfZero() {
    assertThatThrownBy(() -> new JournalEntry("e1", YEAR_END, EntryKind.EXPENSE, "x", List.of(JournalLine.debit("610", eur(1)))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_ENTRY));
    assertThatThrownBy(() -> JournalLine.debit("610", eur(0)))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_ENTRY));
  }

  @Test
  void refusesAnAccountOutsideTheChart() {
    Books books = Books.open(ChartOfAccounts.belgianMinimum(), Money.EUR);
    JournalEntry entry = new JournalEntry("e1", YEAR_END, EntryKind.EXPENSE, "x",
        List.of(JournalLine.debit("612", eur(100)), JournalLine.credit("440", eur(100))));

    assertThatThrownBy(() -> books.post(entry))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ACCOUNT);
          assertThat(e.details()).containsEntry("field", "lines[0].account");
        });
    assertThat(books.chart().withSubAccount("6105", "Lift maintenance").withSubAccount("6101", "Cleaning")
        .get("6101", "account").nature()).isEqualTo(AccountNature.EXPENSE);
    assertThatThrownBy(() -> books.chart().withSubAccount("8000", "x"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ACCOUNT));
  }

  @Test
  void keepsEachOwnersIndividualAccount() {
    Books books = BooksFixtures.demoYear();

    assertThat(books.ownerBalance(ANNE, YEAR_END)).isEqualTo(eur(0));
    assertThat(books.ownerBalance(BRUNO, YEAR_END)).isEqualTo(eur(50000 + 1250));
    assertThat(books.balance(ChartOfAccounts.CO_OWNERS, YEAR_END)).isEqualTo(eur(51250));
  }

  @Test
  void theReserveFundIsItsCallsMinusItsUses() {
    Books books = BooksFixtures.demoYear();

    assertThat(books.balance(ChartOfAccounts.RESERVE_FUND, YEAR_END).negated()).isEqualTo(eur(4 * 25000 - 60000));
  }

  @Test
  void theYearsTrialBalanceBalancesAndItsStatementsAgree() {
    Books books = BooksFixtures.demoYear();

    TrialBalance trial = books.trialBalance(LocalDate.of(2026, 1, 1), YEAR_END);
    IncomeStatement income = books.incomeStatement(FinancialYear.calendar(2026));
    BalanceSheet sheet = books.balanceSheet(YEAR_END);

    assertThat(trial.balanced()).isTrue();
    assertThat(trial.totalDebit()).isEqualTo(eur(4 * 125000 + 75000 * 4 + 50000 * 3 + 240000 * 2 + 4500 + 60000 + 1250));
    assertThat(income.totalIncome()).isEqualTo(eur(4 * 100000 + 1250));
    assertThat(income.totalExpenses()).isEqualTo(eur(244500));
    assertThat(income.result()).isEqualTo(eur(156750));
    assertThat(sheet.balanced()).isTrue();
    assertThat(sheet.unclosedResult()).isEqualTo(eur(156750));
    assertThat(books.balance(ChartOfAccounts.BANK_CURRENT, YEAR_END)).isEqualTo(eur(75000 * 4 + 50000 * 3 - 240000));
  }

  @Test
  void closingTheYearCarriesTheResultIntoTheWorkingCapitalAndShutsTheYear() {
    Books books = BooksFixtures.demoYear();

    JournalEntry closing = books.closing(FinancialYear.calendar(2026), "close-2026");
    Books closed = books.post(closing);

    assertThat(closing.date()).isEqualTo(YEAR_END);
    assertThat(closed.balance("6", YEAR_END)).isEqualTo(eur(0));
    assertThat(closed.balance("7", YEAR_END)).isEqualTo(eur(0));
    assertThat(closed.balance(ChartOfAccounts.WORKING_CAPITAL, YEAR_END)).isEqualTo(eur(-156750));
    assertThat(closed.balance(ChartOfAccounts.RESULT_CARRIED_FORWARD, YEAR_END)).isEqualTo(eur(0));
    assertThat(books.workingCapital(YEAR_END)).isEqualTo(eur(156750));
    assertThat(closed.workingCapital(YEAR_END)).isEqualTo(eur(156750));
    assertThat(closed.balanceSheet(YEAR_END).unclosedResult()).isEqualTo(eur(0));
    assertThat(closed.balanceSheet(YEAR_END).balanced()).isTrue();
    assertThat(closed.incomeStatement(FinancialYear.calendar(2026)).result()).isEqualTo(eur(156750));
    assertThatThrownBy(() -> closed.post(Postings.payment("late", YEAR_END, "x", ANNE, eur(1))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PERIOD_CLOSED));
    assertThatThrownBy(() -> closed.closing(FinancialYear.calendar(2026), "again"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PERIOD_CLOSED));
    assertThat(closed.post(Postings.payment("next", YEAR_END.plusDays(1), "x", BRUNO, eur(51250)))
        .ownerBalance(BRUNO, YEAR_END.plusDays(1))).isEqualTo(eur(0));
  }

  @Test
  void closingAYearThatMovedNothingRecordsOnlyTheClosing() {
    Books books = Books.open(ChartOfAccounts.belgianMinimum(), Money.EUR);

    JournalEntry closing = books.closing(FinancialYear.calendar(2025), "close-2025");

    assertThat(closing.lines()).isEmpty();
    assertThat(books.post(closing).closedThrough()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void refusesTheSameEntryIdTwiceAndAnotherCurrency() {
    Books books = BooksFixtures.demoYear();

    assertThatThrownBy(() -> books.post(Postings.payment("pay-1-A1", YEAR_END, "x", ANNE, eur(1))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
    assertThatThrownBy(() -> books.post(Postings.payment("chf", YEAR_END, "x", ANNE,
            Money.ofMinor(java.util.Currency.getInstance("CHF"), 1))))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
  }
}
