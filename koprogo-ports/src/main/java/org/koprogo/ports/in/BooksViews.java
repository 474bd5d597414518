/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import org.koprogo.domain.accounting.AccountTotal;
import org.koprogo.domain.accounting.BalanceSheet;
import org.koprogo.domain.accounting.IncomeStatement;
import org.koprogo.domain.accounting.JournalEntry;
import org.koprogo.domain.accounting.TrialBalance;

/**
 * What {@link KeepBooks} answers, in plain values a client shows: the trial balance, the income
 * statement and the balance sheet of a building's year, and a journal entry as posted. Amounts are
 * plain decimals, accounts their numbers. Each is built from what the use case returned; nothing is
 * read or stored.
 */
public final class BooksViews {
  private BooksViews() {}

  /**
   * A trial balance: every account's debits and credits, plain decimals.
   *
   * @param building the building's id
   * @param from the first day of the year
   * @param to its last day
   * @param accounts every account's totals
   * @param totalDebit the debits' total
   * @param totalCredit the credits' total
   * @param balanced whether they are equal
   */
  public record TrialBalanceView(String building, String from, String to, List<TotalView> accounts,
      String totalDebit, String totalCredit, boolean balanced) {}

  /**
   * An income statement: classes 6 and 7, and the year's result.
   *
   * @param building the building's id
   * @param from the first day of the year
   * @param to its last day
   * @param expenses the accounts of class 6
   * @param income the accounts of class 7
   * @param totalExpenses the expenses' total
   * @param totalIncome the income's total
   * @param result income minus expenses
   */
  public record IncomeStatementView(String building, String from, String to, List<TotalView> expenses,
      List<TotalView> income, String totalExpenses, String totalIncome, String result) {}

  /**
   * A balance sheet at the end of a year.
   *
   * @param building the building's id
   * @param asOf the day it is drawn up at
   * @param assets the assets' lines
   * @param fundsAndDebts the funds' and debts' lines
   * @param unclosedResult the result of the years not closed yet
   * @param totalAssets the assets' total
   * @param totalFundsAndDebts the funds' and debts' total
   * @param balanced whether both totals are equal
   */
  public record BalanceSheetView(String building, String asOf, List<LineView> assets, List<LineView> fundsAndDebts,
      String unclosedResult, String totalAssets, String totalFundsAndDebts, boolean balanced) {}

  /**
   * An account's totals of the year.
   *
   * @param account its number
   * @param name its name
   * @param debit its debits
   * @param credit its credits
   * @param balance debits minus credits
   */
  public record TotalView(String account, String name, String debit, String credit, String balance) {}

  /**
   * A line of the balance sheet: an account and its amount.
   *
   * @param account its number
   * @param name its name
   * @param amount its amount
   */
  public record LineView(String account, String name, String amount) {}

  /**
   * A line of a journal entry.
   *
   * @param account the account's number
   * @param side DEBIT or CREDIT
   * @param amount plain decimal
   * @param owner the owner of an individual account (410), or null
   */
  public record EntryLine(String account, String side, String amount, @Nullable String owner) {}

  /**
   * A journal entry as posted.
   *
   * @param entry its id
   * @param date the date it takes effect
   * @param kind CALL_FOR_FUNDS, EXPENSE, PAYMENT, ...
   * @param label its description
   * @param lines its lines, debits equal to credits
   */
  public record EntryView(String entry, LocalDate date, String kind, String label, List<EntryLine> lines) {}

  /**
   * The view of a trial balance.
   *
   * @param building the building's id
   * @param t the trial balance {@link KeepBooks#trialBalance} answered
   * @return its view
   */
  public static TrialBalanceView trialBalance(String building, TrialBalance t) {
    return new TrialBalanceView(building, t.from().toString(), t.to().toString(), totals(t.accounts()),
        t.totalDebit().toPlainString(), t.totalCredit().toPlainString(), t.balanced());
  }

  /**
   * The view of an income statement.
   *
   * @param building the building's id
   * @param s the statement {@link KeepBooks#incomeStatement} answered
   * @return its view
   */
  public static IncomeStatementView incomeStatement(String building, IncomeStatement s) {
    return new IncomeStatementView(building, s.year().start().toString(), s.year().end().toString(),
        totals(s.expenses()), totals(s.income()), s.totalExpenses().toPlainString(),
        s.totalIncome().toPlainString(), s.result().toPlainString());
  }

  /**
   * The view of a balance sheet.
   *
   * @param building the building's id
   * @param b the balance sheet {@link KeepBooks#balanceSheet} answered
   * @return its view
   */
  public static BalanceSheetView balanceSheet(String building, BalanceSheet b) {
    return new BalanceSheetView(building, b.asOf().toString(), lines(b.assets()), lines(b.fundsAndDebts()),
        b.unclosedResult().toPlainString(), b.totalAssets().toPlainString(), b.totalFundsAndDebts().toPlainString(),
        b.balanced());
  }

  /**
   * The view of a journal entry.
   *
   * @param e the entry {@link KeepBooks#entry} answered
   * @return its view
   */
  public static EntryView entry(JournalEntry e) {
    return new EntryView(e.id(), e.date(), e.kind().name(), e.label(), e.lines().stream().map(l -> new EntryLine(
        l.account(), l.side().name(), l.amount().toPlainString(), l.owner() == null ? null : l.owner().value()))
        .toList());
  }

  private static List<TotalView> totals(List<AccountTotal> totals) {
    return totals.stream().map(t -> new TotalView(t.account().number(), t.account().name(),
        t.debit().toPlainString(), t.credit().toPlainString(), t.balance().toPlainString())).toList();
  }

  private static List<LineView> lines(List<BalanceSheet.Line> lines) {
    return lines.stream().map(l -> new LineView(l.account().number(), l.account().name(),
        l.amount().toPlainString())).toList();
  }
}
