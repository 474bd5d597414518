/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.Money;

/** Books of a small demo building: two owners, four quarterly calls, a few invoices. */
public final class BooksFixtures {
  public static final OwnerId ANNE = OwnerId.of("anne");
  public static final OwnerId BRUNO = OwnerId.of("bruno");

  private BooksFixtures() {}

  public static Money eur(long cents) {
    return Money.ofMinor(Money.EUR, cents);
  }

  static CallForFunds call(String lot, int period, long workingCapital, long reserve) {
    return new CallForFunds(LotId.of(lot), period, LocalDate.of(2026, 3 * period - 2, 1), eur(workingCapital), eur(reserve));
  }

  /** The demo year 2026: calls, payments, an invoice paid, works paid by the reserve fund, a penalty. */
  public static Books demoYear() {
    Books b = Books.open(ChartOfAccounts.belgianMinimum(), Money.EUR);
    for (int q = 1; q <= 4; q++) {
      LocalDate due = LocalDate.of(2026, 3 * q - 2, 1);
      b = b.post(Postings.callForFunds("call-" + q + "-A1", due, ANNE, call("A1", q, 60000, 15000)));
      b = b.post(Postings.callForFunds("call-" + q + "-B1", due, BRUNO, call("B1", q, 40000, 10000)));
      b = b.post(Postings.payment("pay-" + q + "-A1", due.plusDays(10), "transfer", ANNE, eur(75000)));
      if (q < 4) {
        b = b.post(Postings.payment("pay-" + q + "-B1", due.plusDays(20), "transfer", BRUNO, eur(50000)));
      }
    }
    b = b.post(Postings.expense("inv-1", LocalDate.of(2026, 2, 10), "cleaning 2026", "610", eur(240000)));
    b = b.post(Postings.supplierPayment("paid-inv-1", LocalDate.of(2026, 2, 28), "cleaning 2026", eur(240000)));
    b = b.post(Postings.expense("inv-2", LocalDate.of(2026, 6, 10), "bank fees", "650", eur(4500)));
    b = b.post(Postings.reserveUse("inv-3", LocalDate.of(2026, 9, 1), "roof repair", eur(60000)));
    b = b.post(Postings.penalty("pen-B1", LocalDate.of(2026, 12, 1), "late payment Q4", BRUNO, eur(1250)));
    return b;
  }
}
