/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The books of one association of co-owners: its chart of accounts and its journal, and what is
 * computed from them (balances, an owner's individual account, the trial balance, the income
 * statement, the balance sheet, year closing). The rules of posting live here: an entry's
 * accounts are in the chart, its currency is the books', and nothing is posted in a closed year.
 *
 * <p>Immutable: {@link #post} returns new books. Thread-safe.
 */
public final class Books {
  private final ChartOfAccounts chart;
  private final Currency currency;
  private final List<JournalEntry> entries;
  private final Set<String> ids;
  private final LocalDate closedThrough;

  private Books(ChartOfAccounts chart, Currency currency, List<JournalEntry> entries, Set<String> ids, LocalDate closedThrough) {
    this.chart = chart;
    this.currency = currency;
    this.entries = entries;
    this.ids = ids;
    this.closedThrough = closedThrough;
  }

  /**
   * Empty books.
   *
   * @param chart the chart of accounts
   * @param currency the currency of the books
   * @return the books, without entries
   */
  public static Books open(ChartOfAccounts chart, Currency currency) {
    return new Books(Objects.requireNonNull(chart, "chart"), Objects.requireNonNull(currency, "currency"),
        List.of(), Set.of(), null);
  }

  /**
   * The books holding {@code entries}, in recording order, each checked as {@link #post} checks
   * it.
   *
   * @param chart the chart of accounts
   * @param currency the currency of the books
   * @param entries the entries, in recording order
   * @return the books
   * @throws KoproGoException as {@link #post} for any entry
   */
  public static Books of(ChartOfAccounts chart, Currency currency, List<JournalEntry> entries) {
    Books books = open(chart, currency);
    List<JournalEntry> all = new ArrayList<>(entries.size());
    Set<String> ids = new HashSet<>();
    LocalDate closed = null;
    for (JournalEntry e : entries) {
      books.check(e, ids, closed);
      all.add(e);
      ids.add(e.id());
      if (e.kind() == EntryKind.CLOSING && (closed == null || e.date().isAfter(closed))) {
        closed = e.date();
      }
    }
    return new Books(chart, currency, List.copyOf(all), Set.copyOf(ids), closed);
  }

  /**
   * These books with {@code entry} posted.
   *
   * @param entry the entry
   * @return the books after (the same books for an entry already posted with the same id)
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT}, {@code CURRENCY_MISMATCH}, {@code
   *     PERIOD_CLOSED}, {@code IDEMPOTENCY_CONFLICT} (an id already used)
   */
  public Books post(JournalEntry entry) {
    check(entry, ids, closedThrough);
    List<JournalEntry> all = new ArrayList<>(entries);
    all.add(entry);
    Set<String> allIds = new HashSet<>(ids);
    allIds.add(entry.id());
    LocalDate closed = closedThrough;
    if (entry.kind() == EntryKind.CLOSING && (closed == null || entry.date().isAfter(closed))) {
      closed = entry.date();
    }
    return new Books(chart, currency, List.copyOf(all), Set.copyOf(allIds), closed);
  }

  /**
   * Refuses what {@link #post} refuses, without posting.
   *
   * @param entry the entry
   * @throws KoproGoException as {@link #post}
   */
  public void checkPostable(JournalEntry entry) {
    check(entry, ids, closedThrough);
  }

  /**
   * Refuses what {@link #post} refuses for books closed through {@code closedThrough}, but an id
   * already used (the journal's own once-per-id rule covers it): what a posting needs to know of
   * the books without reading their entries.
   *
   * @param chart the chart of accounts
   * @param currency the currency of the books
   * @param closedThrough the date of the latest closing entry, or null when no year is closed
   * @param entry the entry
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT}, {@code CURRENCY_MISMATCH}, {@code PERIOD_CLOSED}
   */
  public static void checkPostable(ChartOfAccounts chart, Currency currency, LocalDate closedThrough, JournalEntry entry) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(entry, "entry");
    checkAgainst(chart, currency, entry, closedThrough);
  }

  private void check(JournalEntry entry, Set<String> ids, LocalDate closed) {
    Objects.requireNonNull(entry, "entry");
    if (ids.contains(entry.id())) {
      throw KoproGoException.of(
          ErrorCode.IDEMPOTENCY_CONFLICT, "entry id " + entry.id() + " is already in the journal",
          "field", "id", "value", entry.id());
    }
    checkAgainst(chart, currency, entry, closed);
  }

  private static void checkAgainst(ChartOfAccounts chart, Currency currency, JournalEntry entry, LocalDate closed) {
    if (closed != null && !entry.date().isAfter(closed)) {
      throw KoproGoException.of(
          ErrorCode.PERIOD_CLOSED, "entry " + entry.id() + " is dated " + entry.date() + ", in a year closed through " + closed,
          "field", "date", "value", entry.date().toString(), "closedThrough", closed.toString());
    }
    for (int i = 0; i < entry.lines().size(); i++) {
      JournalLine l = entry.lines().get(i);
      chart.get(l.account(), "lines[" + i + "].account");
      if (!l.amount().currency().equals(currency)) {
        throw KoproGoException.of(
            ErrorCode.CURRENCY_MISMATCH, "entry " + entry.id() + " is in " + l.amount().currency() + ", the books in " + currency,
            "field", "lines[" + i + "].amount", "value", l.amount().currency().getCurrencyCode());
      }
    }
  }

  /**
   * The chart of accounts.
   *
   * @return the chart
   */
  public ChartOfAccounts chart() {
    return chart;
  }

  /**
   * The currency of the books.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Every entry, in recording order.
   *
   * @return the entries
   */
  public List<JournalEntry> entries() {
    return entries;
  }

  /**
   * The last day of the last closed year, or null when no year is closed.
   *
   * @return the day, or null
   */
  public LocalDate closedThrough() {
    return closedThrough;
  }

  /**
   * The balance ({@code debit - credit}) of {@code account} and its sub-accounts at the end of {@code asOf}.
   *
   * @param account the account number
   * @param asOf the last day counted
   * @return the balance
   */
  public Money balance(String account, LocalDate asOf) {
    long sum = 0;
    for (JournalEntry e : entries) {
      if (!e.date().isAfter(asOf)) {
        for (JournalLine l : e.lines()) {
          if (l.account().startsWith(account)) {
            sum = JournalEntry.add(sum, l.signedMinor());
          }
        }
      }
    }
    return Money.ofMinor(currency, sum);
  }

  /**
   * The balance of {@code owner}'s individual account (account 410 and its sub-accounts) at the
   * end of {@code asOf}: positive when the owner owes, negative when in credit.
   *
   * @param owner the owner
   * @param asOf the last day counted
   * @return the balance
   */
  public Money ownerBalance(OwnerId owner, LocalDate asOf) {
    Objects.requireNonNull(owner, "owner");
    long sum = 0;
    for (JournalEntry e : entries) {
      if (!e.date().isAfter(asOf)) {
        for (JournalLine l : e.lines()) {
          if (owner.equals(l.owner()) && l.account().startsWith(ChartOfAccounts.CO_OWNERS)) {
            sum = JournalEntry.add(sum, l.signedMinor());
          }
        }
      }
    }
    return Money.ofMinor(currency, sum);
  }

  /**
   * {@code owner}'s individual account (account 410 and its sub-accounts) as charges and
   * payments: what an owner's statement of a building that keeps books is made of.
   *
   * @param owner the owner
   * @return the account's lines, every date
   */
  public OwnerAccount ownerAccount(OwnerId owner) {
    return OwnerAccount.of(this, owner);
  }

  /**
   * True when the books hold at least one entry: the association keeps double-entry books, and
   * its owners' statements are their individual accounts.
   *
   * @return whether any entry is recorded
   */
  public boolean kept() {
    return !entries.isEmpty();
  }

  /**
   * The working capital at the end of {@code asOf} (Civil Code art. 3.86 §3; formerly art. 577-11
   * §5: the owners' advances, as provisions, for the periodic expenses): account 100, where each
   * closed year's result is carried, plus the result not yet closed of the entries dated on or
   * before {@code asOf} (the provisions called minus the charges they paid). Positive when the
   * owners' advances exceed what they paid for.
   *
   * @param asOf the last day counted
   * @return the working capital
   */
  public Money workingCapital(LocalDate asOf) {
    return balanceSheet(asOf).unclosedResult().minus(balance(ChartOfAccounts.WORKING_CAPITAL, asOf));
  }

  /**
   * The trial balance of the entries dated {@code from} to {@code to} included.
   *
   * @param from the first day
   * @param to the last day
   * @return the trial balance
   */
  public TrialBalance trialBalance(LocalDate from, LocalDate to) {
    List<AccountTotal> rows = totals(e -> !e.date().isBefore(from) && !e.date().isAfter(to), a -> true);
    Money debit = Money.zero(currency);
    Money credit = Money.zero(currency);
    for (AccountTotal t : rows) {
      debit = debit.plus(t.debit());
      credit = credit.plus(t.credit());
    }
    return new TrialBalance(from, to, rows, debit, credit);
  }

  /**
   * The income statement of {@code year} (closing entries left out).
   *
   * @param year the financial year
   * @return the income statement
   */
  public IncomeStatement incomeStatement(FinancialYear year) {
    Predicate<JournalEntry> inYear = e -> year.contains(e.date()) && e.kind() != EntryKind.CLOSING;
    List<AccountTotal> expenses = totals(inYear, a -> a.nature() == AccountNature.EXPENSE);
    List<AccountTotal> income = totals(inYear, a -> a.nature() == AccountNature.INCOME);
    Money totalExpenses = Money.zero(currency);
    for (AccountTotal t : expenses) {
      totalExpenses = totalExpenses.plus(t.balance());
    }
    Money totalIncome = Money.zero(currency);
    for (AccountTotal t : income) {
      totalIncome = totalIncome.plus(t.balance().negated());
    }
    return new IncomeStatement(year, expenses, income, totalExpenses, totalIncome);
  }

  /**
   * The balance sheet at the end of {@code asOf}.
   *
   * @param asOf the date
   * @return the balance sheet
   */
  public BalanceSheet balanceSheet(LocalDate asOf) {
    List<AccountTotal> rows = totals(e -> !e.date().isAfter(asOf), a -> true);
    List<BalanceSheet.Line> assets = new ArrayList<>();
    List<BalanceSheet.Line> fundsAndDebts = new ArrayList<>();
    Money totalAssets = Money.zero(currency);
    Money totalFunds = Money.zero(currency);
    Money result = Money.zero(currency);
    for (AccountTotal t : rows) {
      switch (t.account().nature()) {
        case ASSET -> {
          assets.add(new BalanceSheet.Line(t.account(), t.balance()));
          totalAssets = totalAssets.plus(t.balance());
        }
        case EQUITY, LIABILITY -> {
          fundsAndDebts.add(new BalanceSheet.Line(t.account(), t.balance().negated()));
          totalFunds = totalFunds.plus(t.balance().negated());
        }
        case EXPENSE, INCOME -> result = result.minus(t.balance());
      }
    }
    return new BalanceSheet(asOf, assets, fundsAndDebts, result, totalAssets, totalFunds);
  }

  /**
   * The closing entry of {@code year}: every account of classes 6 and 7 brought to zero against
   * the working capital (account 100), dated the year's last day: the provisions the owners
   * advanced that the year's charges did not use stay in the working capital (Civil Code art.
   * 3.86 §3), a deficit is taken from it. When the year moved no
   * such account the entry has no lines and only records that the year is closed. Posting it
   * closes the year: nothing dated in it or before can be posted afterwards.
   *
   * @param year the year to close
   * @param id the closing entry's id
   * @return the closing entry
   * @throws KoproGoException {@code PERIOD_CLOSED} when the year is already closed
   */
  public JournalEntry closing(FinancialYear year, String id) {
    Objects.requireNonNull(year, "year");
    if (closedThrough != null && !year.end().isAfter(closedThrough)) {
      throw KoproGoException.of(
          ErrorCode.PERIOD_CLOSED, "the year ending " + year.end() + " is already closed (through " + closedThrough + ")",
          "field", "year", "value", year.end().toString());
    }
    List<AccountTotal> rows =
        totals(e -> !e.date().isAfter(year.end()), a -> a.nature().closesAtYearEnd());
    List<JournalLine> lines = new ArrayList<>();
    long result = 0;
    for (AccountTotal t : rows) {
      long b = t.balance().minorUnits();
      if (b > 0) {
        lines.add(JournalLine.credit(t.account().number(), Money.ofMinor(currency, b)));
      } else if (b < 0) {
        lines.add(JournalLine.debit(t.account().number(), Money.ofMinor(currency, -b)));
      }
      result = JournalEntry.add(result, b);
    }
    if (result > 0) {
      lines.add(JournalLine.debit(ChartOfAccounts.WORKING_CAPITAL, Money.ofMinor(currency, result)));
    } else if (result < 0) {
      lines.add(JournalLine.credit(ChartOfAccounts.WORKING_CAPITAL, Money.ofMinor(currency, -result)));
    }
    return new JournalEntry(id, year.end(), EntryKind.CLOSING, "closing of the year ending " + year.end(), lines);
  }

  private List<AccountTotal> totals(Predicate<JournalEntry> entryFilter, Predicate<Account> accountFilter) {
    Map<String, long[]> sums = new TreeMap<>();
    for (JournalEntry e : entries) {
      if (entryFilter.test(e)) {
        for (JournalLine l : e.lines()) {
          long[] s = sums.computeIfAbsent(l.account(), k -> new long[2]);
          int side = l.side() == Side.DEBIT ? 0 : 1;
          s[side] = JournalEntry.add(s[side], l.amount().minorUnits());
        }
      }
    }
    List<AccountTotal> rows = new ArrayList<>(sums.size());
    for (Map.Entry<String, long[]> s : sums.entrySet()) {
      Account a = chart.get(s.getKey(), "account");
      if (accountFilter.test(a)) {
        rows.add(new AccountTotal(a, Money.ofMinor(currency, s.getValue()[0]), Money.ofMinor(currency, s.getValue()[1])));
      }
    }
    return List.copyOf(rows);
  }
}
