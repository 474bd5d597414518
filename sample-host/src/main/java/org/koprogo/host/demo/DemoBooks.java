/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.koprogo.ports.in.KeepBooks;
import org.koprogo.ports.in.KeepCommitments;
import org.koprogo.ports.in.budget.BudgetProposal;
import org.koprogo.ports.in.budget.KeepBuildingBudgets;

/**
 * The books of the demo building ({@value DemoData#BUILDING}), posted through the library's {@link
 * KeepBooks} use case so that the README's bank statement and sale-information examples give real
 * figures (docs/http-api.md, "Bank statements and the sale of a lot"):
 *
 * <ul>
 *   <li>a yearly budget for 2025 and 2026 (20,000.00 of ordinary charges and 4,000.00 to the reserve
 *       fund, by shares), stored through {@link KeepBuildingBudgets}, and its calls for funds each
 *       quarter posted through {@link KeepBooks#postCallsOfBudget}, due on the quarter's first day:
 *       5.00 of working capital and 1.00 of reserve per share of 1,000 (6,000.00 a quarter); the call's
 *       number is {@code yyq} (251 to 254, 261 to 264), so Anne Peeters (account 1, lots A1 and
 *       P1: 690.00) pays call 261 with {@code +++026/1000/00164+++}; the lot in indivision (C1) is
 *       called half to each co-owner;
 *   <li>2025: every call paid ten days after its due date; the year's charges (19,600.00) and the
 *       gutter repair paid by the reserve fund (1,500.00); the year closed (its surplus of 400.00
 *       carried into the working capital, account 100);
 *   <li>2026: every call paid ten days after its due date, except the first quarter of Anne
 *       Peeters and Bram Janssens (their transfers are on the demo's bank statement,
 *       docs/examples/statement-tilleuls.coda and .camt053.xml) and the fourth quarter of Bram
 *       Janssens (A2) and Louis Dupont (C3), still due; the roof repair, the elevator maintenance
 *       and the heating of the first quarter (the expenses the demo distributes) charged and paid;
 *       Louis Dupont charged a reminder fee of 15.00 on 2 November 2026 (account 740).
 * </ul>
 *
 * The reserve fund on 15 November 2026 is 6,500.00 (4 x 1,000.00 - 1,500.00 + 4 x 1,000.00); the
 * working capital is 400.00 after the closing of 2025 (the provisions 2025 did not use, carried
 * into account 100) and 11,965.00 on 15 November 2026 (400.00 + 4 x 5,000.00 + 15.00 - 8,450.00).
 * Every owner's statement is their account 410 in these books (docs/accounting.md), the payment
 * DemoData records for Louis Dupont (100.00 on 20 April 2026) included.
 *
 * <p>The register of commitments (Civil Code art. 3.94 §2, {@link #commitments}) holds the
 * replacement of the elevator doors, 18,000.00 by the general key, decided by the demo assembly
 * of 12 May 2026 (item {@code elevator-doors}) and not yet called: a lot sold after that day
 * brings its buyer its part (C3, 70/1,000: 1,260.00).
 */
final class DemoBooks {
  /** The demo's lots, their shares and who is called (C1: two co-owners, half each). */
  private static final String[][] LOTS = {
    {"A1", "95", "o-peeters"}, {"A2", "90", "o-janssens"}, {"A3", "85", "o-maes"},
    {"A4", "80", "o-jacobs"}, {"B1", "95", "o-mertens"}, {"B2", "90", "o-willems"},
    {"B3", "85", "o-claes"}, {"B4", "80", "o-goossens"}, {"C1", "110", "o-wouters", "o-dubois"},
    {"C2", "100", "o-lambert"}, {"C3", "70", "o-dupont"}, {"P1", "20", "o-peeters"}};
  /** The budget of each year: 20,000.00 of ordinary charges, 4,000.00 to the reserve fund, by shares. */
  private static final String WORKING_CAPITAL_A_YEAR = "20000.00";
  private static final String RESERVE_A_YEAR = "4000.00";
  private static final BigDecimal WORKING_CAPITAL_PER_SHARE = new BigDecimal("5.00");
  private static final BigDecimal RESERVE_PER_SHARE = new BigDecimal("1.00");
  private static final String ACTOR = "demo-loader";

  private DemoBooks() {}

  static void load(KeepBooks books, KeepBuildingBudgets budgets) {
    for (int year : List.of(2025, 2026)) {
      LocalDate yearStart = LocalDate.of(year, 1, 1);
      budgets.adopt(new BudgetProposal(DemoData.TILLEULS, DemoData.BUILDING, yearStart, "QUARTERLY", List.of(
          new BudgetProposal.Line("Ordinary charges " + year, null, WORKING_CAPITAL_A_YEAR, null),
          new BudgetProposal.Line("Reserve fund " + year, "RESERVE", RESERVE_A_YEAR, null)), null, null), ACTOR);
      for (int quarter = 1; quarter <= 4; quarter++) {
        books.postCallsOfBudget(new KeepBooks.BudgetCalls(DemoData.TILLEULS, DemoData.BUILDING, yearStart, quarter,
            callNumber(year, quarter), ACTOR));
      }
    }
    for (int quarter = 1; quarter <= 4; quarter++) {
      payments(books, 2025, quarter, Set.of());
    }
    String[][] charges2025 = {
      {"2025-03-31", "cleaning-2025", "Cleaning of the common parts 2025", "6000.00"},
      {"2025-06-30", "electricity-2025", "Electricity of the common parts 2025", "3200.00"},
      {"2025-01-15", "insurance-2025", "Building insurance 2025", "4100.00"},
      {"2025-12-15", "elevator-2025", "Elevator maintenance 2025", "4800.00"},
      {"2025-12-31", "syndic-2025", "Syndic's fees 2025", "1500.00"}};
    for (String[] c : charges2025) {
      expense(books, c[1], LocalDate.parse(c[0]), c[2], c[3]);
    }
    LocalDate gutter = LocalDate.of(2025, 9, 15);
    books.postReserveUse(new KeepBooks.Movement(DemoData.TILLEULS, DemoData.BUILDING, "gutter-2025",
        gutter, "Gutter repair (reserve fund, decided by the 2024 assembly)", "1500.00", null, ACTOR));
    books.postSupplierPayment(new KeepBooks.Movement(DemoData.TILLEULS, DemoData.BUILDING,
        "gutter-2025-paid", gutter.plusDays(20), "Gutter repair paid", "1500.00", null, ACTOR));
    books.closeYear(new KeepBooks.YearClosing(DemoData.TILLEULS, DemoData.BUILDING, "closing-2025", 2025,
        ACTOR));

    payments(books, 2026, 1, Set.of("o-peeters", "o-janssens"));
    payments(books, 2026, 2, Set.of());
    payments(books, 2026, 3, Set.of());
    payments(books, 2026, 4, Set.of("o-janssens", "o-dupont"));
    books.postPenalty(new KeepBooks.OwnerMovement(DemoData.TILLEULS, DemoData.BUILDING, "reminder-264-o-dupont",
        LocalDate.of(2026, 11, 2), "o-dupont", "Reminder fee, call 264 unpaid (statutes art. 18)", "15.00", ACTOR));
    expense(books, "roof-2026", LocalDate.of(2026, 3, 2), "Roof repair", "4200.00");
    expense(books, "elevator-2026-q1", LocalDate.of(2026, 3, 31), "Elevator maintenance 2026-Q1", "1250.00");
    expense(books, "heating-2026-q1", LocalDate.of(2026, 3, 31), "Heating 2026-Q1", "3000.00");
  }

  /**
   * Records the demo's commitment through {@link KeepCommitments}, once the demo assembly is held.
   *
   * @param commitments the use case
   */
  static void commitments(KeepCommitments commitments) {
    commitments.record(new KeepCommitments.Command(DemoData.TILLEULS, DemoData.BUILDING, "elevator-doors-2026",
        "WORKS", LocalDate.of(2026, 5, 12), "GENERAL_ASSEMBLY", DemoData.ASSEMBLY, "elevator-doors",
        "Replacement of the elevator doors", "18000.00", List.of(), null, ACTOR));
  }

  /** The call's number: {@code yyq}. */
  static int callNumber(int year, int quarter) {
    return (year % 100) * 10 + quarter;
  }

  private static void payments(KeepBooks books, int year, int quarter, Set<String> unpaid) {
    LocalDate paid = LocalDate.of(year, 3 * quarter - 2, 11);
    int call = callNumber(year, quarter);
    java.util.Map<String, BigDecimal> byOwner = new java.util.LinkedHashMap<>();
    for (String[] lot : LOTS) {
      int owners = lot.length - 2;
      BigDecimal part = new BigDecimal(lot[1]).multiply(WORKING_CAPITAL_PER_SHARE.add(RESERVE_PER_SHARE))
          .divide(BigDecimal.valueOf(owners), 2, RoundingMode.UNNECESSARY);
      for (int k = 2; k < lot.length; k++) {
        byOwner.merge(lot[k], part, BigDecimal::add);
      }
    }
    byOwner.forEach((owner, amount) -> {
      if (!unpaid.contains(owner)) {
        books.postPayment(new KeepBooks.OwnerMovement(DemoData.TILLEULS, DemoData.BUILDING,
            "pay-" + call + "-" + owner, paid, owner, "transfer for call " + call,
            amount.setScale(2).toPlainString(), ACTOR));
      }
    });
  }

  private static void expense(KeepBooks books, String id, LocalDate date, String label, String amount) {
    books.postExpense(new KeepBooks.Movement(DemoData.TILLEULS, DemoData.BUILDING, id, date, label, amount,
        "610", ACTOR));
    books.postSupplierPayment(new KeepBooks.Movement(DemoData.TILLEULS, DemoData.BUILDING, id + "-paid",
        date.plusDays(20), label + " paid", amount, null, ACTOR));
  }
}
