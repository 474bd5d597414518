/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents.csv;

import java.util.List;
import java.util.Map;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.budget.CallsForFunds;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.ports.out.Expense;
import org.koprogo.ports.out.LedgerEntry;
import org.koprogo.ports.out.Lot;

/**
 * The lists the library exports as CSV, one row per record line, figures as the JSON writes them:
 * amounts as plain decimals with the currency in a column of its own, dates ISO {@code
 * yyyy-MM-dd}, shares and fractions exact ({@code 1/2}). Column names are stable {@code
 * snake_case}: a spreadsheet or a script can rely on them.
 */
public final class CsvExports {
  private CsvExports() {}

  /**
   * The split of the charges at the sale of a lot (Civil Code art. 3.94 §2): one row per part of
   * each call for funds touching the transfer, as the sale information's JSON {@code split}.
   *
   * @param information the sale information
   * @return the table
   */
  public static CsvTable saleSplit(org.koprogo.domain.sale.SaleInformation information) {
    CsvTable t = CsvTable.of("lot", "transfer_on", "period", "from", "to", "part", "amount", "seller", "buyer",
        "currency");
    for (org.koprogo.domain.sale.ChargeSplit c : information.split()) {
      t = t.with(information.lot().value(), information.transferOn(), c.period(), c.from(), c.to(), c.part(),
          plain(c.amount()), plain(c.seller()), plain(c.buyer()), c.amount().currency().getCurrencyCode());
    }
    return t;
  }

  /**
   * The association's commitments told to the notary (art. 3.94 §2, 1° to 4°): one row per
   * commitment, in the order of the items, with the lot's part.
   *
   * @param information the sale information
   * @return the table
   */
  public static CsvTable saleCommitments(org.koprogo.domain.sale.SaleInformation information) {
    CsvTable t = CsvTable.of("lot", "transfer_on", "item", "kind", "commitment", "label", "decided_on",
        "decided_by", "called_on", "total", "lot_share", "currency");
    for (org.koprogo.domain.sale.CommitmentShare s : information.commitments()) {
      org.koprogo.domain.sale.Commitment c = s.commitment();
      t = t.with(information.lot().value(), information.transferOn(), c.kind().item(), c.kind().name(), c.id(),
          c.label(), c.decidedOn(), c.decidedBy().name(), c.calledOn() == null ? "" : c.calledOn(),
          plain(c.total()), plain(s.lotShare()), c.total().currency().getCurrencyCode());
    }
    return t;
  }

  /** An owner's statement: one row per installment. */
  public static CsvTable statementLines(OwnerStatement statement) {
    CsvTable t = CsvTable.of("installment", "due_date", "amount", "paid", "outstanding", "days_late",
        "penalty", "currency");
    for (StatementLine l : statement.lines()) {
      t = t.with(l.installment().id().value(), l.installment().dueDate(), plain(l.installment().amount()),
          plain(l.paid()), plain(l.outstanding()), l.penalty().daysLate(), plain(l.penalty().penalty()),
          statement.currency().getCurrencyCode());
    }
    return t;
  }

  /** Expenses with their distribution: one row per lot of each expense. */
  public static CsvTable expenses(List<Expense> expenses) {
    CsvTable t = CsvTable.of("expense", "label", "booked_on", "amount", "key", "lot", "lot_amount", "currency");
    for (Expense e : expenses) {
      for (Map.Entry<LotId, Money> a : e.allocations().entrySet()) {
        t = t.with(e.id().value(), e.label(), e.bookedOn(), plain(e.amount()), e.key(), a.getKey().value(),
            plain(a.getValue()), e.amount().currency().getCurrencyCode());
      }
    }
    return t;
  }

  /** A cooperative's contribution ledger: one row per entry, in the order given. */
  public static CsvTable ledger(List<LedgerEntry> entries) {
    CsvTable t = CsvTable.of("entry", "member", "kind", "amount", "currency", "value_date", "resolves",
        "reason", "recorded_by", "recorded_at");
    for (LedgerEntry e : entries) {
      t = t.with(e.id().value(), e.member().value(), e.kind().name(), plain(e.amount()),
          e.amount().currency().getCurrencyCode(), e.valueDate(), e.resolves() == null ? null : e.resolves().value(),
          e.reason(), e.recordedBy(), e.recordedAt());
    }
    return t;
  }

  /**
   * A building's lots and owners: one row per owner of each lot (a lot in indivision has one row
   * per co-owner with their fraction).
   *
   * @param names each owner's name by id (an owner without a name is written without)
   */
  public static CsvTable lots(List<Lot> lots, Map<String, String> names) {
    CsvTable t = CsvTable.of("lot", "label", "shares", "owner", "owner_name", "fraction");
    for (Lot l : lots) {
      for (Lot.Ownership o : l.ownerships()) {
        t = t.with(l.id().value(), l.label(), l.shares().toPlainString(), o.owner().value(),
            names.get(o.owner().value()), o.fraction().toString());
      }
    }
    return t;
  }

  /** The calls for funds of one period: one row per lot. */
  public static CsvTable callsForFunds(CallsForFunds plan, int period) {
    CsvTable t = CsvTable.of("lot", "period", "due_date", "working_capital", "reserve", "total", "currency");
    for (CallForFunds c : plan.callsIn(period)) {
      t = t.with(c.lot().value(), c.period(), c.dueDate(), plain(c.workingCapital()), plain(c.reserve()),
          plain(c.total()), c.total().currency().getCurrencyCode());
    }
    return t;
  }

  private static String plain(Money m) {
    return m.toPlainString();
  }
}
