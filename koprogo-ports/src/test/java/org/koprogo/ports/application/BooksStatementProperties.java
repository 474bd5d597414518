/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.ports.contract.PortsFixtures.ACME;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.accounting.ChartOfAccounts;
import org.koprogo.domain.penalty.LegalInterestRates;
import org.koprogo.domain.shared.Money;
import org.koprogo.ports.contract.PortsFixtures;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.penalty.DefaultPenaltyPolicy;
import org.koprogo.ports.in.statement.ReadOwnerStatement;
import org.koprogo.ports.in.statement.RecordOwnerPayment;
import org.koprogo.ports.in.statement.StatementTerms;
import org.koprogo.ports.memory.InMemoryJournal;
import org.koprogo.ports.memory.InMemoryPenaltyPolicies;
import org.koprogo.ports.memory.MemoryDatabase;

/**
 * The books and the owners' statements over random lives of a building, driven through the use
 * cases only (calls for funds, payments posted or recorded from the bank, penalties, refunds,
 * expenses, reserve uses, the year's closing): each owner's account in class 4 equals the balance
 * of their statement on every date; the reserve fund is the reserve calls minus the reserve uses;
 * the working capital is the working-capital calls plus the penalties minus the charges, and the
 * closing does not change it.
 */
class BooksStatementProperties {
  private static final String ORG = UseCaseFixtures.ORG;
  private static final String[][] CALLED = {{"O1", "A1"}, {"O2", "A1"}, {"O2", "A2"}};
  private static final String[] OWNERS = {"O1", "O2"};
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final StatementTerms TERMS =
      new StatementTerms(new DefaultPenaltyPolicy(new BigDecimal("8"), "statutes art. 18", 15), 30);

  /** One building's life, through the use cases. */
  private static final class Life {
    final MemoryDatabase store = UseCaseFixtures.store();
    final Bookkeeping books = new Bookkeeping(store.ports(), new InMemoryJournal(store),
        CommandValidation.with(UseCaseFixtures.VALIDATOR));
    final UseCases useCases = UseCaseFixtures.useCases(store);
    final RecordOwnerPayment payments = useCases.recordOwnerPayment(books);
    final ReadOwnerStatement statements =
        useCases.readOwnerStatement(new InMemoryPenaltyPolicies(store), LegalInterestRates.belgium(), TERMS, books);
    long reserveCalls;
    long reserveUses;
    long workingCapital;
    int n;

    Life() {
      store.organisations().add(PortsFixtures.organisation(ACME));
      useCases.registerBuilding().register(UseCaseFixtures.threeLots());
      // the building keeps books from its first call for funds
      apply(0);
    }

    void apply(int op) {
      int kind = op % 8;
      String[] called = CALLED[(op / 8) % CALLED.length];
      String owner = called[0];
      long cents = 1 + (op / 24) % 200_000;
      String amount = Money.ofMinor(Money.EUR, cents).toPlainString();
      LocalDate date = START.plusDays((op / 24) % 365);
      String id = "e" + n++;
      switch (kind) {
        case 0, 1 -> {
          long reserve = kind == 0 ? cents / 5 : 0;
          books.postCallForFunds(new KeepBooks.Call(ORG, "B1", id, date, owner, called[1], 1 + n % 4, n,
              Money.ofMinor(Money.EUR, cents - reserve).toPlainString(), Money.ofMinor(Money.EUR, reserve).toPlainString(),
              "syndic"));
          reserveCalls += reserve;
          workingCapital += cents - reserve;
        }
        case 2 -> books.postPayment(new KeepBooks.OwnerMovement(ORG, "B1", id, date, owner, "transfer", amount, "syndic"));
        case 3 -> payments.record(new RecordOwnerPayment.Payment(ORG, owner, id, date, amount, "bank", "syndic"));
        case 4 -> {
          books.postPenalty(new KeepBooks.OwnerMovement(ORG, "B1", id, date, owner, "late", amount, "syndic"));
          workingCapital += cents;
        }
        case 5 -> books.postRefund(new KeepBooks.OwnerMovement(ORG, "B1", id, date, owner, "refund", amount, "syndic"));
        case 6 -> {
          books.postExpense(new KeepBooks.Movement(ORG, "B1", id, date, "invoice", amount, "610", "syndic"));
          workingCapital -= cents;
        }
        default -> {
          books.postReserveUse(new KeepBooks.Movement(ORG, "B1", id, date, "works", amount, null, "syndic"));
          reserveUses += cents;
        }
      }
    }

    Money account(String owner, LocalDate asOf) {
      return books.ownerBalance(new KeepBooks.OwnerQuery(ORG, "B1", owner, asOf));
    }

    Money statement(String owner, LocalDate asOf) {
      return statements.statement(ORG, owner, asOf, null).statement().balance();
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
  void eachOwnersAccountEqualsTheirStatementOnEveryDate() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30), integers().between(0, 400))
        .checkAssert(
            (ops, day) -> {
              Life life = live(ops);
              LocalDate asOf = START.plusDays(day);

              for (String owner : OWNERS) {
                assertThat(life.statement(owner, asOf)).as(owner + " on " + asOf).isEqualTo(life.account(owner, asOf));
                assertThat(life.statement(owner, START.plusDays(364))).isEqualTo(life.account(owner, START.plusDays(364)));
              }
            });
  }

  @Test
  void theFundsAreTheirCallsMinusTheirUsesAndTheClosingKeepsThem() {
    qt().withExamples(100)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 30))
        .checkAssert(
            ops -> {
              Life life = live(ops);
              LocalDate end = START.plusDays(364);

              var before = life.books.books(ORG, "B1");
              life.books.closeYear(new KeepBooks.YearClosing(ORG, "B1", "closing-2026", 2026, "syndic"));
              var after = life.books.books(ORG, "B1");

              assertThat(after.balance(ChartOfAccounts.RESERVE_FUND, end).negated())
                  .isEqualTo(Money.ofMinor(Money.EUR, life.reserveCalls - life.reserveUses));
              assertThat(before.workingCapital(end)).isEqualTo(Money.ofMinor(Money.EUR, life.workingCapital));
              assertThat(after.workingCapital(end)).isEqualTo(Money.ofMinor(Money.EUR, life.workingCapital));
              assertThat(after.balance(ChartOfAccounts.WORKING_CAPITAL, end).negated())
                  .isEqualTo(Money.ofMinor(Money.EUR, life.workingCapital));
              assertThat(after.trialBalance(START, end).balanced()).isTrue();
              for (String owner : OWNERS) {
                assertThat(life.statement(owner, end)).isEqualTo(life.account(owner, end));
              }
            });
  }
}
