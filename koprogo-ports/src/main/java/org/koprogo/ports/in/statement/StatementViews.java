/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in.statement;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.koprogo.domain.statement.OwnerStatement;
import org.koprogo.domain.statement.Reminder;
import org.koprogo.domain.statement.StatementLine;
import org.koprogo.ports.in.penalty.PenaltyViews;

/**
 * What an owner's account answers, in plain values a client shows: a payment recorded ({@link
 * RecordOwnerPayment}), the statement of account ({@link ReadOwnerStatement}) and a run of payment
 * reminders ({@link RemindOwnersInArrears}). Amounts are plain decimals, dates ISO, codes their
 * names. Each is built from what a use case returned; nothing is read or stored.
 */
public final class StatementViews {
  private StatementViews() {}

  /**
   * A payment recorded.
   *
   * @param id its id
   * @param owner the owner who paid
   * @param date its value date
   * @param amount plain decimal
   * @param reference the bank reference
   */
  public record PaymentView(String id, String owner, String date, String amount, @Nullable String reference) {}

  /**
   * An owner's statement: amounts plain decimals in {@code currency}. {@code formalNoticeOn}
   * (null without one), {@code building}, {@code buildings}, {@code policies} and {@code credits}
   * only for an owner of a lot (null otherwise, which a host leaves out); {@code reminder} null when
   * none is due.
   *
   * @param owner the owner's id
   * @param asOf the day of the statement
   * @param currency ISO 4217
   * @param formalNoticeOn for an owner of a lot the day of the formal notice (empty without one),
   *     null otherwise
   * @param building the owner's first building, or null
   * @param buildings every building the owner holds a lot in, or null
   * @param policies the late-payment policy of each of those buildings, or null
   * @param credits the credit notes imputed like payments, or null
   * @param lines every installment
   * @param payments every payment
   * @param totalCalled what was called
   * @param totalPaid what was paid
   * @param totalPenalties the late-payment penalties
   * @param overdue what is overdue
   * @param balance what is owed
   * @param reminder the reminder due, or null
   */
  public record StatementView(String owner, String asOf, String currency,
      @Nullable Optional<String> formalNoticeOn, @Nullable String building, @Nullable List<String> buildings,
      @Nullable List<PenaltyViews.PolicyView> policies, @Nullable List<CreditView> credits,
      List<LineView> lines, List<PaidView> payments, String totalCalled, String totalPaid, String totalPenalties,
      String overdue, String balance, @Nullable ReminderView reminder) {}

  /**
   * An amount credited to the owner (an expense's credit note, say) in a building.
   *
   * @param expense the expense's id
   * @param building the building's id
   * @param date the day it is credited
   * @param amount plain decimal
   */
  public record CreditView(String expense, String building, String date, String amount) {}

  /**
   * An installment: what was paid of it, what is outstanding, and its late-payment penalty.
   *
   * @param installment its id
   * @param building its building, or null for an owner of no lot
   * @param dueDate its due date
   * @param amount its amount
   * @param paid what was paid of it
   * @param outstanding what is outstanding
   * @param late whether it is late
   * @param daysLate how many days
   * @param penalty its late-payment penalty
   */
  public record LineView(String installment, @Nullable String building, String dueDate, String amount, String paid,
      String outstanding, boolean late, int daysLate, String penalty) {}

  /**
   * A payment of the owner.
   *
   * @param date its value date
   * @param amount plain decimal
   */
  public record PaidView(String date, String amount) {}

  /**
   * The reminder due: its level and channel, and what it claims.
   *
   * @param level its level
   * @param channel the channel of that level
   * @param daysOverdue days since the oldest overdue installment's due date
   * @param installments the installments it claims
   * @param overdueAmount the overdue principal
   * @param penalties the penalties claimed
   * @param fee the reminder's fee
   */
  public record ReminderView(String level, String channel, long daysOverdue, List<String> installments,
      String overdueAmount, String penalties, String fee) {}

  /**
   * One owner's reminder of a run.
   *
   * @param owner the owner's id
   * @param level FRIENDLY_REMINDER, FIRM_REMINDER or FORMAL_NOTICE
   * @param daysOverdue days since the oldest overdue installment's due date
   * @param overdue the overdue principal, plain decimal text
   * @param currency its currency
   * @param oldestDueOn the due date of the oldest overdue installment
   * @param channel EMAIL, WHATSAPP or POST (null when issued before)
   * @param queued whether a notice was queued
   * @param byPost whether the syndic sends it on paper now (a letter-form level, or no notice)
   * @param issuedBefore whether an earlier run issued this step (nothing done now)
   */
  public record RemindedView(String owner, String level, long daysOverdue, String overdue, String currency,
      String oldestDueOn, @Nullable String channel, boolean queued, boolean byPost, boolean issuedBefore) {}

  /**
   * What a run of reminders did.
   *
   * @param asOf the day of the statements
   * @param reminders the owners in arrears, in the order of the building's lots
   * @param byPost the ids of the owners to remind on paper now
   */
  public record RunView(String asOf, List<RemindedView> reminders, List<String> byPost) {}

  /**
   * The view of a recorded payment.
   *
   * @param recorded what {@link RecordOwnerPayment} answered
   * @return its view
   */
  public static PaymentView payment(RecordOwnerPayment.Recorded recorded) {
    return new PaymentView(recorded.id(), recorded.payment().owner(), recorded.payment().date().toString(),
        recorded.payment().amount().toPlainString(), recorded.payment().reference());
  }

  /**
   * The view of a statement of account.
   *
   * @param account what {@link ReadOwnerStatement} answered
   * @return its view
   */
  public static StatementView statement(StatementOfAccount account) {
    OwnerStatement s = account.statement();
    boolean owns = account.building().isPresent();
    Map<String, String> buildingOf = owns ? account.buildingOfInstallment() : Map.of();
    return new StatementView(account.owner(), account.asOf().toString(), account.currency().getCurrencyCode(),
        owns ? Optional.ofNullable(s.formalNoticeOn()).map(LocalDate::toString) : null,
        owns ? account.building().get().value() : null,
        owns ? account.buildings().stream().map(b -> b.value()).toList() : null,
        owns ? account.policies().stream().map(PenaltyViews::policy).toList() : null,
        owns ? account.credits().stream().map(c -> new CreditView(c.expense(), c.building(), c.date().toString(),
            c.amount().toPlainString())).toList() : null,
        s.lines().stream().map(l -> line(l, buildingOf.get(l.installment().id().value()))).toList(),
        s.payments().stream().map(p -> new PaidView(p.date().toString(), p.amount().toPlainString())).toList(),
        s.totalCalled().toPlainString(), s.totalPaid().toPlainString(), s.totalPenalties().toPlainString(),
        s.overdue().toPlainString(), s.balance().toPlainString(),
        owns && account.reminder() != null ? reminder(account.reminder()) : null);
  }

  /**
   * The view of a run of reminders.
   *
   * @param run what {@link RemindOwnersInArrears} answered
   * @return its view
   */
  public static RunView run(RemindOwnersInArrears.Run run) {
    List<RemindedView> views = run.reminders().stream().map(r -> new RemindedView(r.owner(), r.level(),
        r.daysOverdue(), r.overdue().toPlainString(), r.overdue().currency().getCurrencyCode(),
        r.oldestDueOn().toString(), r.channel() == null ? null : r.channel().name(), r.queued(), r.byPost(),
        r.issuedBefore())).toList();
    return new RunView(run.asOf().toString(), views,
        run.byPost().stream().map(RemindOwnersInArrears.Reminded::owner).toList());
  }

  private static LineView line(StatementLine l, String building) {
    return new LineView(l.installment().id().value(), building, l.installment().dueDate().toString(),
        l.installment().amount().toPlainString(), l.paid().toPlainString(), l.outstanding().toPlainString(),
        l.penalty().late(), l.penalty().daysLate(), l.penalty().penalty().toPlainString());
  }

  private static ReminderView reminder(Reminder r) {
    return new ReminderView(r.level().name(), r.level().channel().name(), r.daysOverdue(),
        r.installments().stream().map(i -> i.value()).toList(), r.overdueAmount().toPlainString(),
        r.penalties().toPlainString(), r.fee().toPlainString());
  }
}
