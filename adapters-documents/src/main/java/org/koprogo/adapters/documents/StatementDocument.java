/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.StatementLine;

/**
 * An owner's statement of account: every installment with the payments imputed to it (oldest
 * first), its late-payment penalty, and the totals and balance, as {@link OwnerStatement} computes
 * them.
 *
 * @param language the language
 * @param parties the building and the names
 * @param owner the owner's id
 * @param asOf the statement's date
 * @param lines one per installment, oldest first
 * @param payments the payments counted, in date order
 * @param called the total called
 * @param paid the total paid
 * @param penalties the total penalties
 * @param balance {@code called + penalties - paid}: positive when the owner owes
 * @param overdue the principal overdue as of the date
 */
public record StatementDocument(
    DocumentLanguage language, Parties parties, String owner, LocalDate asOf, List<Line> lines,
    List<Payment> payments, Money called, Money paid, Money penalties, Money balance, Money overdue)
    implements DocumentModel {
  public StatementDocument {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(parties, "parties");
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
  }

  /**
   * One installment.
   *
   * @param installment its id
   * @param dueDate when it was due
   * @param amount what was called
   * @param paid what was imputed to it
   * @param outstanding what is still owed
   * @param daysLate days late (0 when not late)
   * @param penalty its late-payment penalty
   */
  public record Line(String installment, LocalDate dueDate, Money amount, Money paid, Money outstanding,
      int daysLate, Money penalty) {}

  /** The statement of {@code owner}. */
  public static StatementDocument of(OwnerStatement statement, String owner, Parties parties,
      DocumentLanguage language) {
    List<Line> lines = new ArrayList<>();
    for (StatementLine l : statement.lines()) {
      lines.add(new Line(l.installment().id().value(), l.installment().dueDate(), l.installment().amount(),
          l.paid(), l.outstanding(), l.penalty().daysLate(), l.penalty().penalty()));
    }
    return new StatementDocument(language, parties, owner, statement.asOf(), lines, statement.payments(),
        statement.totalCalled(), statement.totalPaid(), statement.totalPenalties(), statement.balance(),
        statement.overdue());
  }

  /** The owner's name. */
  public String ownerName() {
    return parties.name(owner);
  }

  @Override
  public String template() {
    return "statement";
  }
}
