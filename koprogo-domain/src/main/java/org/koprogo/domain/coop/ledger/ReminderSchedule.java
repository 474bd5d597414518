/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.penalty.Imputation;
import org.koprogo.domain.penalty.Installment;
import org.koprogo.domain.penalty.PaymentImputation;
import org.koprogo.domain.shared.Money;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * Cooperative's internal rules: remind a member 3 days and 1 day before an unpaid installment
 * falls due, and send late notices 1 day and 7 days after.
 *
 * <p>Payments settle the oldest installments first ({@link PaymentImputation#oldestFirst}, the
 * Civil Code's imputation rule): an installment is unpaid by the part that the member's
 * confirmed contributions valued on or before the day do not cover. Run it once a day; running it
 * twice on the same day produces the same notices with the same keys, so nothing is sent twice.
 *
 * @param daysBefore the reminders sent before the due date: a subset of {3, 1} (a cooperative may
 *     switch one off)
 * @param daysAfter the late notices sent after it: a subset of {1, 7}
 */
public record ReminderSchedule(Set<Integer> daysBefore, Set<Integer> daysAfter) {
  /** Reminders 3 days and 1 day before the due date, late notices 1 and 7 days after. */
  public static final ReminderSchedule STANDARD = new ReminderSchedule(Set.of(3, 1), Set.of(1, 7));

  /**
   * Checks the schedule.
   *
   * @param daysBefore the reminders sent before the due date: a subset of {3, 1} (a cooperative may
   *     switch one off)
   * @param daysAfter the late notices sent after it: a subset of {1, 7}
   * @throws KoproGoException {@code INVALID_FIELD} (field {@code daysBefore}) for days other than 3
   *     and 1 before, 1 and 7 after
   */
  public ReminderSchedule {
    daysBefore = Set.copyOf(daysBefore);
    daysAfter = Set.copyOf(daysAfter);
    if (!Set.of(3, 1).containsAll(daysBefore) || !Set.of(1, 7).containsAll(daysAfter)) {
      throw KoproGoException.of(ErrorCode.INVALID_FIELD, 
          "the notices are D-3 and D-1 before, D+1 and D+7 after: " + daysBefore + ", " + daysAfter, "field", "daysBefore");
    }
  }

  /**
   * The notices due on {@code today}, member by member, oldest installment first.
   *
   * @param today the day the scheduler runs
   * @param ledger the group's ledger
   * @param at when, from the Clock port
   * @return the reminders and late notices, each with its idempotency key
   */
  public List<NotificationIntent> noticesOn(LocalDate today, Ledger ledger, Instant at) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(at, "at");
    List<NotificationIntent> notices = new ArrayList<>();
    for (MemberId member : ledger.members()) {
      List<Installment> installments = ledger.installmentsOf(member);
      if (installments.isEmpty()) {
        continue;
      }
      Imputation imputation =
          PaymentImputation.oldestFirst(installments, ledger.confirmedPaymentsOf(member, today));
      for (Installment i : imputation.installments()) {
        Money outstanding = i.amount().minus(imputation.paidOn(i));
        if (!outstanding.isPositive()) {
          continue;
        }
        String installment = installmentRef(ledger, i);
        long days = ChronoUnit.DAYS.between(today, i.dueDate());
        if (days > 0 && daysBefore.contains((int) Math.min(days, 4))) {
          notices.add(new DueDateApproaching(ledger.group(), member, installment, i.dueDate(), outstanding, (int) days, at));
        } else if (days < 0 && daysAfter.contains((int) Math.min(-days, 8))) {
          notices.add(new PaymentOverdue(ledger.group(), member, installment, i.dueDate(), outstanding, (int) -days, at));
        }
      }
    }
    return List.copyOf(notices);
  }

  private static String installmentRef(Ledger ledger, Installment i) {
    LedgerEntry due = ledger.entry(EntryId.of(i.id().value())).orElseThrow();
    return due.detail().isBlank() ? due.id().value() : due.detail();
  }
}
