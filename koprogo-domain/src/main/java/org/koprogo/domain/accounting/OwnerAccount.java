/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.accounting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.shared.Money;

/**
 * An owner's individual account in the books of an association (account 410 with that owner on
 * the line, Royal Decree of 12 July 2012: "the chart lets each co-owner's individual account be
 * consulted at any time"), as the lines an owner's statement is made of: every debit (a call for
 * funds, a penalty charged, a refund) is a charge due on the entry's date, every credit (a
 * payment, a receipt assigned) a payment of that date. The statement of an owner of a building
 * that keeps books is made of these lines, so that its balance is the account's by construction.
 * Immutable.
 *
 * @param owner the owner
 * @param currency the currency of the books
 * @param charges the debits, in recording order: id {@code <entry id>} (with {@code #<n>} for a
 *     second debit of the same entry), due on the entry's date
 * @param chargeKinds the kind of the entry of each charge, in the same order
 * @param payments the credits, in recording order
 */
public record OwnerAccount(OwnerId owner, Currency currency, List<Installment> charges, List<EntryKind> chargeKinds,
    List<Payment> payments) {
  /**
   * Checks that every part is given and copies the lists.
   *
   * @param owner the owner
   * @param currency the currency of the books
   * @param charges the debits
   * @param chargeKinds the kind of each debit's entry
   * @param payments the credits
   */
  public OwnerAccount {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(currency, "currency");
    charges = List.copyOf(charges);
    chargeKinds = List.copyOf(chargeKinds);
    payments = List.copyOf(payments);
  }

  /**
   * The owner's account in {@code books}.
   *
   * @param books the association's books
   * @param owner the owner
   * @return the account's lines
   */
  static OwnerAccount of(Books books, OwnerId owner) {
    return of(owner, books.currency(), books.entries());
  }

  /**
   * The owner's account made of {@code entries}: the same account as the books' when {@code
   * entries} hold, in recording order, every entry of the books with a line of {@code owner}
   * (other entries may be given too: they add nothing). A journal adapter reads only the owner's
   * entries this way ({@code Journal.entriesOf}), so an owner's statement costs what the owner's
   * account holds, not what the whole journal does.
   *
   * @param owner the owner
   * @param currency the currency of the books
   * @param entries entries of the books, in recording order, including every one with a line of
   *     {@code owner}
   * @return the account's lines, every date
   */
  public static OwnerAccount of(OwnerId owner, Currency currency, List<JournalEntry> entries) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(currency, "currency");
    List<Installment> charges = new ArrayList<>();
    List<EntryKind> kinds = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (JournalEntry e : entries) {
      int n = 0;
      for (JournalLine l : e.lines()) {
        if (!owner.equals(l.owner()) || !l.account().startsWith(ChartOfAccounts.CO_OWNERS)) {
          continue;
        }
        if (l.side() == Side.DEBIT) {
          charges.add(Installment.of(n == 0 ? e.id() : e.id() + "#" + n, e.date(), l.amount()));
          kinds.add(e.kind());
          n++;
        } else {
          payments.add(Payment.of(e.date(), l.amount()));
        }
      }
    }
    return new OwnerAccount(owner, currency, charges, kinds, payments);
  }

  /**
   * The account as it stands at the end of {@code asOf}: the charges and payments dated on or
   * before it (an entry dated later, a call for funds posted ahead of its date, is not on the
   * account yet).
   *
   * @param asOf the last day counted
   * @return the lines dated on or before {@code asOf}
   */
  public OwnerAccount through(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Installment> c = new ArrayList<>();
    List<EntryKind> k = new ArrayList<>();
    for (int i = 0; i < charges.size(); i++) {
      if (!charges.get(i).dueDate().isAfter(asOf)) {
        c.add(charges.get(i));
        k.add(chargeKinds.get(i));
      }
    }
    List<Payment> p = payments.stream().filter(x -> !x.date().isAfter(asOf)).toList();
    return new OwnerAccount(owner, currency, c, k, p);
  }

  /**
   * The charges minus the payments dated on or before {@code asOf}: positive when the owner owes.
   *
   * @param asOf the last day counted
   * @return the balance
   */
  public Money balance(LocalDate asOf) {
    Money sum = Money.zero(currency);
    for (Installment i : charges) {
      if (!i.dueDate().isAfter(asOf)) {
        sum = sum.plus(i.amount());
      }
    }
    for (Payment p : payments) {
      if (!p.date().isAfter(asOf)) {
        sum = sum.minus(p.amount());
      }
    }
    return sum;
  }
}
