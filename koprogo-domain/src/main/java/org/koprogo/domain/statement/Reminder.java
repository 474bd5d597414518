/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.koprogo.domain.penalty.InstallmentId;
import org.koprogo.domain.penalty.ReminderLevel;
import org.koprogo.domain.shared.Money;

/**
 * A reminder due to an owner as of a date: the escalation level reached by the oldest overdue
 * installment, and the amount actually overdue (the unpaid part of the installments past their
 * due date, never the whole invoice nor installments not yet due). Immutable.
 *
 * @param asOf the date of the statement
 * @param level the level reached
 * @param daysOverdue days since the due date of the oldest overdue installment
 * @param installments the overdue installments, oldest first
 * @param overdueAmount their unpaid principal
 * @param penalties their late-payment penalties as of the date (shown apart from the principal)
 * @param fee the level's fee
 */
public record Reminder(
    LocalDate asOf,
    ReminderLevel level,
    long daysOverdue,
    List<InstallmentId> installments,
    Money overdueAmount,
    Money penalties,
    Money fee) {
  /**
   * Checks that every part is given and copies the installments.
   *
   * @param asOf the date of the statement
   * @param level the level reached
   * @param daysOverdue days since the due date of the oldest overdue installment
   * @param installments the overdue installments, oldest first
   * @param overdueAmount their unpaid principal
   * @param penalties their late-payment penalties as of the date (shown apart from the principal)
   * @param fee the level's fee
   */
  public Reminder {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(level, "level");
    installments = List.copyOf(installments);
    Objects.requireNonNull(overdueAmount, "overdueAmount");
    Objects.requireNonNull(penalties, "penalties");
    Objects.requireNonNull(fee, "fee");
  }
}
