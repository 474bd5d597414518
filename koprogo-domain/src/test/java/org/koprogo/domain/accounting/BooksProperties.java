/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.accounting.BooksFixtures.eur;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PenaltyRate;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.StatementLine;

/**
 * The invariants of the books over random lives of a building: every entry and every period
 * balances, each owner's individual account equals their statement, the reserve fund is its calls
 * minus its uses.
 */
class BooksProperties {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final OwnerId[] OWNERS = {OwnerId.of("o1"), OwnerId.of("o2"), OwnerId.of("o3")};

  /** One random operation: {@code [kind, owner, amount, day]}. */
  private static final class Life {
    Books books = Books.open(ChartOfAccounts.belgianMinimum(), Money.EUR);
    final Map<OwnerId, List<Installment>> installments = new HashMap<>();
    final Map<OwnerId, List<Payment>> payments = new HashMap<>();
    final Map<OwnerId, Long> refunds = new HashMap<>();
    long reserveCalls;
    long reserveUses;
    int n;

    void apply(int op) {
      int kind = op % 7;
      OwnerId owner = OWNERS[(op / 7) % OWNERS.length];
      long amount = 1 + (op / 21) % 500_000;
      LocalDate date = START.plusDays((op / 7) % 365);
      String id = "e" + (n++);
      switch (kind) {
        case 0, 1 -> {
          long reserve = kind == 0 ? amount / 5 : 0;
          CallForFunds call = new CallForFunds(LotId.of("L" + owner.value()), n, date, eur(amount - reserve), eur(reserve));
          books = books.post(Postings.callForFunds(id, date, owner, call));
          installments.computeIfAbsent(owner, o -> new ArrayList<>()).add(Installment.of(id, date, call.total()));
          reserveCalls += reserve;
        }
        case 2, 3 -> {
          books = books.post(Postings.payment(id, date, "transfer", owner, eur(amount)));
          payments.computeIfAbsent(owner, o -> new ArrayList<>()).add(Payment.of(date, eur(amount)));
        }
        case 4 -> books = books.post(Postings.expense(id, date, "invoice", op % 2 == 0 ? "610" : "650", eur(amount)));
        case 5 -> {
          books = books.post(Postings.reserveUse(id, date, "works", eur(amount)));
          reserveUses += amount;
        }
        default -> {
          books = books.post(Postings.refund(id, date, "refund", owner, eur(amount)));
          refunds.merge(owner, amount, Long::sum);
        }
      }
    }
  }

  private static Life live(List<Integer> ops) {
    Life life = new Life();
    for (int op : ops) {
      life.apply(op);
    }
    return life;
  }

  @Test
  void debitsEqualCreditsInEveryEntryAndEveryPeriod() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60), integers().between(0, 364),
            integers().between(0, 364))
        .checkAssert(
            (ops, a, b) -> {
              Books books = live(ops).books;

              for (JournalEntry e : books.entries()) {
                long sum = 0;
                for (JournalLine l : e.lines()) {
                  sum += l.signedMinor();
                }
                assertThat(sum).isZero();
              }
              TrialBalance period = books.trialBalance(START.plusDays(Math.min(a, b)), START.plusDays(Math.max(a, b)));
              assertThat(period.balanced()).isTrue();
              assertThat(books.balanceSheet(START.plusDays(a)).balanced()).isTrue();
              Books closed = books.post(books.closing(FinancialYear.calendar(2026), "closing"));
              assertThat(closed.trialBalance(START, START.plusDays(364)).balanced()).isTrue();
              assertThat(closed.balanceSheet(START.plusDays(364)).balanced()).isTrue();
              assertThat(closed.balanceSheet(START.plusDays(364)).unclosedResult().isZero()).isTrue();
              // closing moves the result into the working capital: the working capital does not change
              assertThat(closed.workingCapital(START.plusDays(364))).isEqualTo(books.workingCapital(START.plusDays(364)));
              assertThat(closed.workingCapital(START.plusDays(364)))
                  .isEqualTo(closed.balance(ChartOfAccounts.WORKING_CAPITAL, START.plusDays(364)).negated());
            });
  }

  @Test
  void eachOwnersAccountEqualsTheirStatement() {
    LatePenaltyPolicy noPenalty =
        LatePenaltyPolicy.simpleInterest(PenaltyRate.fromStatutes(BigDecimal.ZERO, "none"), Money.EUR);
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60))
        .checkAssert(
            ops -> {
              Life life = live(ops);
              LocalDate asOf = START.plusDays(364);

              for (OwnerId owner : OWNERS) {
                OwnerStatement statement =
                    OwnerStatement.asOf(asOf, Money.EUR, life.installments.getOrDefault(owner, List.of()),
                        life.payments.getOrDefault(owner, List.of()), noPenalty);
                Money refunds = eur(life.refunds.getOrDefault(owner, 0L));

                assertThat(life.books.ownerBalance(owner, asOf)).isEqualTo(statement.balance().plus(refunds));
                OwnerAccount account = life.books.ownerAccount(owner);
                OwnerStatement ofAccount = OwnerStatement.asOf(asOf, Money.EUR, account.charges(), account.payments(), noPenalty);
                assertThat(ofAccount.balance()).isEqualTo(life.books.ownerBalance(owner, asOf));
                assertThat(account.balance(asOf)).isEqualTo(life.books.ownerBalance(owner, asOf));
                assertThat(statement.lines().stream().map(StatementLine::penalty).allMatch(p -> p.penalty().isZero())).isTrue();
              }
            });
  }

  @Test
  void anOwnersAccountFromTheirEntriesAloneIsTheAccountFromTheWholeJournal() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60), integers().between(0, 364))
        .checkAssert(
            (ops, day) -> {
              Books books = live(ops).books;

              for (OwnerId owner : OWNERS) {
                List<JournalEntry> ownEntries = books.entries().stream()
                    .filter(e -> e.lines().stream().anyMatch(l -> owner.equals(l.owner())))
                    .toList();
                OwnerAccount fromOwn = OwnerAccount.of(owner, Money.EUR, ownEntries);

                assertThat(fromOwn).isEqualTo(books.ownerAccount(owner));
                assertThat(fromOwn.balance(START.plusDays(day))).isEqualTo(books.ownerBalance(owner, START.plusDays(day)));
              }
            });
  }

  @Test
  void aPostingCheckedAgainstTheLastClosedDayIsRefusedExactlyAsByTheWholeBooks() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40), integers().between(0, 729),
            integers().between(0, 2))
        .checkAssert(
            (ops, day, account) -> {
              Books lived = live(ops).books;
              Books books = day % 2 == 0 ? lived.post(lived.closing(FinancialYear.calendar(2026), "closing")) : lived;
              JournalEntry next = Postings.expense("next", START.plusDays(day), "invoice",
                  new String[] {"610", "650", "690"}[account], eur(100));

              Throwable byBooks = catchThrowable(books, next);
              Throwable byDay = catchThrowable(() ->
                  Books.checkPostable(books.chart(), Money.EUR, books.closedThrough(), next));
              assertThat(byDay == null ? null : byDay.getMessage())
                  .isEqualTo(byBooks == null ? null : byBooks.getMessage());
            });
  }

  private static Throwable catchThrowable(Books books, JournalEntry entry) {
    return catchThrowable(() -> books.checkPostable(entry));
  }

  private static Throwable catchThrowable(Runnable check) {
    try {
      check.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void theReserveFundIsItsCallsMinusItsUses() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60))
        .checkAssert(
            ops -> {
              Life life = live(ops);

              Money reserve = life.books.balance(ChartOfAccounts.RESERVE_FUND, START.plusDays(364)).negated();

              assertThat(reserve).isEqualTo(eur(life.reserveCalls - life.reserveUses));
            });
  }
}
