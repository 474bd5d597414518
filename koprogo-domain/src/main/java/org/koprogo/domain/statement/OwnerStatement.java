/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.statement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.koprogo.domain.penalty.Imputation;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.InstallmentId;
import org.koprogo.domain.penalty.LatePenalty;
import org.koprogo.domain.penalty.LatePenaltyPolicy;
import org.koprogo.domain.penalty.Payment;
import org.koprogo.domain.penalty.PaymentImputation;
import org.koprogo.domain.penalty.ReminderLevel;
import org.koprogo.domain.penalty.ReminderPolicy;
import org.koprogo.domain.shared.Money;

/**
 * An owner's statement of account as of a date: every installment with the payments imputed to
 * it (oldest installment first), its late-payment assessment, and the totals.
 *
 * <p>Payments dated after {@code asOf} are left out. {@code balance = called + penalties - paid}:
 * positive when the owner owes, negative when the owner is in credit. Reminder fees are not
 * charged by the statement: the caller books them when it sends a reminder. Immutable.
 *
 * @param asOf the date of the statement
 * @param currency the account's currency
 * @param lines one per installment, oldest first
 * @param payments the payments counted (dated on or before {@code asOf}), in date order
 * @param unapplied payment parts left once every installment was paid (a credit)
 * @param formalNoticeOn the day the owner was formally given notice to pay, from which interest
 *     runs under a policy starting at {@link org.koprogo.domain.penalty.AccrualStart#FORMAL_NOTICE}
 *     (moratory interest at the legal rate); null when none was sent by {@code asOf}: no interest
 *     then runs under such a policy
 */
public record OwnerStatement(
    LocalDate asOf, Currency currency, List<StatementLine> lines, List<Payment> payments, List<Payment> unapplied,
    LocalDate formalNoticeOn) {
  /**
   * A statement without a formal notice.
   *
   * @param asOf the statement's date
   * @param currency the currency of every amount
   * @param lines one line per installment, oldest first
   * @param payments the payments counted
   * @param unapplied the parts of payments left over (a credit)
   */
  public OwnerStatement(
      LocalDate asOf, Currency currency, List<StatementLine> lines, List<Payment> payments, List<Payment> unapplied) {
    this(asOf, currency, lines, payments, unapplied, null);
  }

  /**
   * Checks that every part is given and copies the lists.
   *
   * @param asOf the date of the statement
   * @param currency the account's currency
   * @param lines one per installment, oldest first
   * @param payments the payments counted (dated on or before {@code asOf}), in date order
   * @param unapplied payment parts left once every installment was paid (a credit)
   * @param formalNoticeOn the day the owner was formally given notice to pay, from which interest
   *     runs under a policy starting at {@link
   *     org.koprogo.domain.penalty.AccrualStart#FORMAL_NOTICE} (moratory interest at the legal
   *     rate); null when none was sent by {@code asOf}: no interest then runs under such a policy
   */
  public OwnerStatement {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
    unapplied = List.copyOf(unapplied);
  }

  /**
   * The statement of an owner with {@code installments} and {@code payments}, as of {@code asOf},
   * under {@code policy}.
   *
   * @param asOf the statement's date
   * @param currency the currency of every amount
   * @param installments the installments called
   * @param payments the payments received
   * @param policy the late-penalty policy of the statutes
   * @return the statement
   * @throws org.koprogo.domain.shared.KoproGoException {@code DUPLICATE_INSTALLMENT} for two
   *     installments with the same id, {@code CURRENCY_MISMATCH} for an amount in another currency
   */
  public static OwnerStatement asOf(
      LocalDate asOf,
      Currency currency,
      List<Installment> installments,
      List<Payment> payments,
      LatePenaltyPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return asOf(asOf, currency, installments, payments, installment -> policy);
  }

  /**
   * The statement of an owner whose installments fall under different policies (lots in
   * several buildings, each with the rule of its own statutes): the payments are imputed to every
   * installment together, oldest first, and each installment is assessed under {@code
   * policyOf.apply(installment)}.
   *
   * @param policyOf the policy of each installment; never returns null
   * @param asOf the statement's date
   * @param currency the currency of every amount
   * @param installments the installments called
   * @param payments the payments received
   * @return the statement
   */
  public static OwnerStatement asOf(
      LocalDate asOf,
      Currency currency,
      List<Installment> installments,
      List<Payment> payments,
      java.util.function.Function<Installment, LatePenaltyPolicy> policyOf) {
    return asOf(asOf, currency, installments, payments, policyOf, null);
  }

  /**
   * The statement as {@link #asOf(LocalDate, Currency, List, List, java.util.function.Function)},
   * the owner having been formally given notice to pay on {@code formalNoticeOn} (or null): under
   * a policy whose interest runs from a formal notice, interest on a late installment runs from
   * the later of its due date and that notice; without a notice dated by {@code asOf}, none runs.
   *
   * @param asOf the statement's date
   * @param currency the currency of every amount
   * @param installments the installments called
   * @param payments the payments received
   * @param policyOf the policy of each installment
   * @param formalNoticeOn the day of the formal notice, or null
   * @return the statement
   * @throws org.koprogo.domain.shared.KoproGoException {@code DUPLICATE_INSTALLMENT} for two
   *     installments with the same id, {@code CURRENCY_MISMATCH} for an amount in another currency
   */
  public static OwnerStatement asOf(
      LocalDate asOf,
      Currency currency,
      List<Installment> installments,
      List<Payment> payments,
      java.util.function.Function<Installment, LatePenaltyPolicy> policyOf,
      LocalDate formalNoticeOn) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate notice = formalNoticeOn == null || formalNoticeOn.isAfter(asOf) ? null : formalNoticeOn;
    Objects.requireNonNull(policyOf, "policyOf");
    List<Payment> counted = new ArrayList<>();
    for (Payment p : payments) {
      if (!p.date().isAfter(asOf)) {
        counted.add(p);
      }
    }
    counted.sort(java.util.Comparator.comparing(Payment::date));
    Imputation imputation = PaymentImputation.oldestFirst(installments, counted);
    List<StatementLine> lines = new ArrayList<>(installments.size());
    for (Installment i : imputation.installments()) {
      List<Payment> parts = imputation.partsOf(i.id());
      Money paid = imputation.paidOn(i);
      lines.add(
          new StatementLine(
              i, parts, paid, i.amount().minus(paid),
              LatePenalty.assess(i.amount(), i.dueDate(), asOf, parts,
                  Objects.requireNonNull(policyOf.apply(i), "policy of " + i.id().value()),
                  notice == null ? asOf : notice)));
    }
    return new OwnerStatement(asOf, currency, lines, counted, imputation.unapplied(), notice);
  }

  /**
   * The total of the installments.
   *
   * @return the total called
   */
  public Money totalCalled() {
    Money total = Money.zero(currency);
    for (StatementLine l : lines) {
      total = total.plus(l.installment().amount());
    }
    return total;
  }

  /**
   * The total of the payments counted.
   *
   * @return the total paid
   */
  public Money totalPaid() {
    Money total = Money.zero(currency);
    for (Payment p : payments) {
      total = total.plus(p.amount());
    }
    return total;
  }

  /**
   * The total of the late-payment penalties.
   *
   * @return the total of the penalties
   */
  public Money totalPenalties() {
    Money total = Money.zero(currency);
    for (StatementLine l : lines) {
      total = total.plus(l.penalty().penalty());
    }
    return total;
  }

  /**
   * {@code called + penalties - paid}: what the owner owes (negative: a credit).
   *
   * @return the balance
   */
  public Money balance() {
    return totalCalled().plus(totalPenalties()).minus(totalPaid());
  }

  /**
   * The unpaid principal of the installments past their due date.
   *
   * @return the overdue principal
   */
  public Money overdue() {
    Money total = Money.zero(currency);
    for (StatementLine l : lines) {
      if (l.overdueOn(asOf)) {
        total = total.plus(l.outstanding());
      }
    }
    return total;
  }

  /**
   * The reminder due as of the statement's date under {@code policy}, if any: the level reached
   * by the oldest overdue installment, about the amount actually overdue.
   *
   * @param policy the reminder policy
   * @return the reminder, or empty when none is due
   */
  public Optional<Reminder> reminder(ReminderPolicy policy) {
    List<InstallmentId> overdue = new ArrayList<>();
    Money amount = Money.zero(currency);
    Money penalties = Money.zero(currency);
    LocalDate oldest = null;
    for (StatementLine l : lines) {
      if (l.overdueOn(asOf)) {
        overdue.add(l.installment().id());
        amount = amount.plus(l.outstanding());
        penalties = penalties.plus(l.penalty().penalty());
        if (oldest == null) {
          oldest = l.installment().dueDate();
        }
      }
    }
    if (oldest == null) {
      return Optional.empty();
    }
    long days = ChronoUnit.DAYS.between(oldest, asOf);
    Optional<ReminderLevel> level = policy.levelAfter(days);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Reminder(asOf, level.get(), days, overdue, amount, penalties, level.get().fee()));
  }
}
