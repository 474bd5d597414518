/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import static org.koprogo.domain.accounting.ChartOfAccounts.BANK_CURRENT;
import static org.koprogo.domain.accounting.ChartOfAccounts.CALLS_WORKING_CAPITAL;
import static org.koprogo.domain.accounting.ChartOfAccounts.CO_OWNERS;
import static org.koprogo.domain.accounting.ChartOfAccounts.PENALTIES_CHARGED;
import static org.koprogo.domain.accounting.ChartOfAccounts.RESERVE_FUND;
import static org.koprogo.domain.accounting.ChartOfAccounts.SUPPLIERS;
import static org.koprogo.domain.accounting.ChartOfAccounts.SUSPENSE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.budget.CallForFunds;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

/**
 * The one place that says which accounts each event of an association's life debits and credits
 * (Royal Decree of 12 July 2012 chart, double entry). Every method returns a balanced entry.
 *
 * <table>
 *   <caption>Postings</caption>
 *   <tr><th>event</th><th>debit</th><th>credit</th></tr>
 *   <tr><td>supplier's invoice</td><td>6xx expense</td><td>440 suppliers</td></tr>
 *   <tr><td>invoice paid by the reserve fund</td><td>160 reserve fund</td><td>440 suppliers</td></tr>
 *   <tr><td>supplier paid</td><td>440 suppliers</td><td>550 bank</td></tr>
 *   <tr><td>call for funds</td><td>410 owner</td><td>700 (working capital), 160 (reserve)</td></tr>
 *   <tr><td>owner's payment</td><td>550 bank</td><td>410 owner</td></tr>
 *   <tr><td>penalty</td><td>410 owner</td><td>740 penalties</td></tr>
 *   <tr><td>refund to an owner</td><td>410 owner</td><td>550 bank</td></tr>
 *   <tr><td>receipt not yet assigned</td><td>550 bank</td><td>499 suspense</td></tr>
 *   <tr><td>receipt assigned</td><td>499 suspense</td><td>410 owner</td></tr>
 * </table>
 */
public final class Postings {
  private Postings() {}

  /**
   * A supplier's invoice charged to an expense account of class 6.
   *
   * @param id the entry's id
   * @param date the invoice's date
   * @param label the invoice's reference
   * @param expenseAccount the expense account, of class 6
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code UNKNOWN_ACCOUNT} for an account not of class 6, {@code
   *     EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry expense(String id, LocalDate date, String label, String expenseAccount, Money amount) {
    if (Account.checkNumber(expenseAccount, "account").charAt(0) != '6') {
      throw KoproGoException.of(
          ErrorCode.UNKNOWN_ACCOUNT, "an expense is charged to an account of class 6, not " + expenseAccount,
          "field", "account", "value", expenseAccount);
    }
    return entry(id, date, EntryKind.EXPENSE, label,
        JournalLine.debit(expenseAccount, positive(amount)), JournalLine.credit(SUPPLIERS, amount));
  }

  /**
   * A supplier's invoice paid by the reserve fund (works decided by the general assembly).
   *
   * @param id the entry's id
   * @param date the invoice's date
   * @param label the invoice's reference
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry reserveUse(String id, LocalDate date, String label, Money amount) {
    return entry(id, date, EntryKind.RESERVE_USE, label,
        JournalLine.debit(RESERVE_FUND, positive(amount)), JournalLine.credit(SUPPLIERS, amount));
  }

  /**
   * A supplier paid from the current account.
   *
   * @param id the entry's id
   * @param date the payment's date
   * @param label the payment's reference
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry supplierPayment(String id, LocalDate date, String label, Money amount) {
    return entry(id, date, EntryKind.SUPPLIER_PAYMENT, label,
        JournalLine.debit(SUPPLIERS, positive(amount)), JournalLine.credit(BANK_CURRENT, amount));
  }

  /**
   * A call for funds to {@code owner}: their individual account is debited with the total, the
   * working capital part credited to the calls of the year (class 7), the reserve part to the
   * reserve fund (class 1, art. 3.86 §3 Civil Code: the two funds are kept apart).
   *
   * @param id the entry's id
   * @param date the call's date
   * @param owner the owner called
   * @param call the lot, period, due date and the two parts
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for a call whose total is zero
   */
  public static JournalEntry callForFunds(String id, LocalDate date, OwnerId owner, CallForFunds call) {
    Objects.requireNonNull(call, "call");
    Money total = positive(call.total());
    List<JournalLine> lines = new ArrayList<>(3);
    lines.add(JournalLine.debit(CO_OWNERS, total, owner));
    if (call.workingCapital().isPositive()) {
      lines.add(JournalLine.credit(CALLS_WORKING_CAPITAL, call.workingCapital()));
    }
    if (call.reserve().isPositive()) {
      lines.add(JournalLine.credit(RESERVE_FUND, call.reserve()));
    }
    return new JournalEntry(id, date, EntryKind.CALL_FOR_FUNDS,
        "call " + call.period() + " lot " + call.lot().value(), lines);
  }

  /**
   * The call for funds a {@link EntryKind#CALL_FOR_FUNDS} entry posted (lot, period, due date and
   * the two parts, read back from the entry {@link #callForFunds} made), and the owner called; empty
   * for any other entry.
   *
   * @param entry a journal entry
   * @return the call and owner, or empty
   */
  public static java.util.Optional<CalledOwner> callOf(JournalEntry entry) {
    if (entry.kind() != EntryKind.CALL_FOR_FUNDS) {
      return java.util.Optional.empty();
    }
    String[] words = entry.label().split(" ", 4);
    if (words.length != 4 || !words[0].equals("call") || !words[2].equals("lot") || !words[1].matches("[0-9]{1,9}")) {
      return java.util.Optional.empty();
    }
    OwnerId owner = null;
    Money workingCapital = null;
    Money reserve = null;
    for (JournalLine l : entry.lines()) {
      if (l.account().equals(CO_OWNERS)) {
        owner = l.owner();
      } else if (l.account().equals(CALLS_WORKING_CAPITAL)) {
        workingCapital = l.amount();
      } else if (l.account().equals(RESERVE_FUND)) {
        reserve = l.amount();
      }
    }
    if (owner == null) {
      return java.util.Optional.empty();
    }
    java.util.Currency currency = entry.lines().get(0).amount().currency();
    return java.util.Optional.of(new CalledOwner(owner, new CallForFunds(
        org.koprogo.domain.building.LotId.of(words[3]), Integer.parseInt(words[1]), entry.date(),
        workingCapital == null ? Money.zero(currency) : workingCapital, reserve == null ? Money.zero(currency) : reserve)));
  }

  /**
   * A call for funds and the owner it was addressed to.
   *
   * @param owner the owner called
   * @param call the call for funds
   */
  public record CalledOwner(OwnerId owner, CallForFunds call) {
    /**
     * Checks that every part is given.
     *
     * @param owner the owner called
     * @param call the call for funds
     */
    public CalledOwner {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(call, "call");
    }
  }

  /**
   * An owner's payment received on the current account.
   *
   * @param id the entry's id
   * @param date the payment's date
   * @param label the payment's reference
   * @param owner the owner who paid
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry payment(String id, LocalDate date, String label, OwnerId owner, Money amount) {
    return entry(id, date, EntryKind.PAYMENT, label,
        JournalLine.debit(BANK_CURRENT, positive(amount)), JournalLine.credit(CO_OWNERS, amount, owner));
  }

  /**
   * A late-payment penalty charged to an owner.
   *
   * @param id the entry's id
   * @param date the penalty's date
   * @param label the reason
   * @param owner the owner charged
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry penalty(String id, LocalDate date, String label, OwnerId owner, Money amount) {
    return entry(id, date, EntryKind.PENALTY, label,
        JournalLine.debit(CO_OWNERS, positive(amount), owner), JournalLine.credit(PENALTIES_CHARGED, amount));
  }

  /**
   * Money paid back to an owner from the current account.
   *
   * @param id the entry's id
   * @param date the refund's date
   * @param label the reason
   * @param owner the owner refunded
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry refund(String id, LocalDate date, String label, OwnerId owner, Money amount) {
    return entry(id, date, EntryKind.REFUND, label,
        JournalLine.debit(CO_OWNERS, positive(amount), owner), JournalLine.credit(BANK_CURRENT, amount));
  }

  /**
   * A receipt on the current account that no owner is known for yet.
   *
   * @param id the entry's id
   * @param date the receipt's date
   * @param label the bank's communication
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry unassignedReceipt(String id, LocalDate date, String label, Money amount) {
    return entry(id, date, EntryKind.UNASSIGNED_RECEIPT, label,
        JournalLine.debit(BANK_CURRENT, positive(amount)), JournalLine.credit(SUSPENSE, amount));
  }

  /**
   * A receipt held in suspense assigned to an owner.
   *
   * @param id the entry's id
   * @param date the assignment's date
   * @param label the reason
   * @param owner the owner the receipt is assigned to
   * @param amount the amount, positive
   * @return the entry
   * @throws KoproGoException {@code EMPTY_ENTRY} for an amount of zero or less
   */
  public static JournalEntry receiptAssigned(String id, LocalDate date, String label, OwnerId owner, Money amount) {
    return entry(id, date, EntryKind.RECEIPT_ASSIGNED, label,
        JournalLine.debit(SUSPENSE, positive(amount)), JournalLine.credit(CO_OWNERS, amount, owner));
  }

  private static JournalEntry entry(String id, LocalDate date, EntryKind kind, String label, JournalLine... lines) {
    return new JournalEntry(id, date, kind, label, List.of(lines));
  }

  private static Money positive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw KoproGoException.of(
          ErrorCode.EMPTY_ENTRY, "a posting of " + amount.toPlainString() + " is not positive",
          "field", "amount", "value", amount.toPlainString());
    }
    return amount;
  }
}
