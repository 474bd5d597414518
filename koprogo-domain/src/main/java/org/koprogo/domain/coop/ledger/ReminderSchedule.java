/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.koprogo.domain.coop.MemberId;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;
import org.koprogo.domain.shared.Money;

/**
 * Cooperative's internal rules: remind a member {@code daysBefore} days before an unpaid
 * installment falls due, and send late notices {@code daysAfter} days after.
 *
 * <p>Payments settle the oldest installments first: an installment is unpaid by the part of it
 * that the member's confirmed contributions (net of reversals, valued on or before the day) do
 * not cover once every earlier installment is covered. Run it once a day; running it twice on
 * the same day produces the same notices with the same keys, so nothing is sent twice.
 *
 * @param daysBefore the reminders sent before the due date: a subset of {3, 1} (a cooperative may
 *     switch one off)
 * @param daysAfter the late notices sent after it: a subset of {1, 7}
 */
public record ReminderSchedule(Set<Integer> daysBefore, Set<Integer> daysAfter) {
  /** Reminders 3 days and 1 day before the due date, late notices 1 and 7 days after. */
  public static final ReminderSchedule STANDARD = new ReminderSchedule(Set.of(3, 1), Set.of(1, 7));

  public ReminderSchedule {
    daysBefore = Set.copyOf(daysBefore);
    daysAfter = Set.copyOf(daysAfter);
    if (!Set.of(3, 1).containsAll(daysBefore) || !Set.of(1, 7).containsAll(daysAfter)) {
      throw new IllegalArgumentException(
          "the notices are D-3 and D-1 before, D+1 and D+7 after: " + daysBefore + ", " + daysAfter);
    }
  }

  /** The notices due on {@code today}, member by member, oldest installment first. */
  public List<NotificationIntent> noticesOn(LocalDate today, Ledger ledger, Instant at) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(at, "at");
    Map<MemberId, List<LedgerEntry>> dues = new LinkedHashMap<>();
    Map<MemberId, Long> paid = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      switch (e.kind()) {
        case DUE -> dues.computeIfAbsent(e.member(), m -> new ArrayList<>()).add(e);
        case CONTRIBUTION_CONFIRMED -> {
          if (!e.date().isAfter(today)) {
            paid.merge(e.member(), e.amount().minorUnits(), Math::addExact);
          }
        }
        case CONTRIBUTION_REVERSED -> {
          if (!e.date().isAfter(today)) {
            paid.merge(e.member(), -e.amount().minorUnits(), Math::addExact);
          }
        }
        default -> { }
      }
    }
    List<NotificationIntent> notices = new ArrayList<>();
    for (Map.Entry<MemberId, List<LedgerEntry>> m : dues.entrySet()) {
      List<LedgerEntry> installments = new ArrayList<>(m.getValue());
      installments.sort(Comparator.comparing(LedgerEntry::date)); // stable: entry order on ties
      long cover = paid.getOrDefault(m.getKey(), 0L);
      for (LedgerEntry due : installments) {
        long amount = due.amount().minorUnits();
        long settled = Math.max(0, Math.min(amount, cover));
        cover -= settled;
        long outstanding = amount - settled;
        if (outstanding == 0) {
          continue;
        }
        Money left = Money.ofMinor(ledger.currency(), outstanding);
        long days = ChronoUnit.DAYS.between(today, due.date());
        if (days > 0 && daysBefore.contains((int) Math.min(days, Integer.MAX_VALUE))) {
          notices.add(new DueDateApproaching(ledger.group(), due.member(), due.detail().isBlank() ? due.id().value() : due.detail(), due.date(), left, (int) days, at));
        } else if (days < 0 && daysAfter.contains((int) Math.min(-days, Integer.MAX_VALUE))) {
          notices.add(new PaymentOverdue(ledger.group(), due.member(), due.detail().isBlank() ? due.id().value() : due.detail(), due.date(), left, (int) -days, at));
        }
      }
    }
    return List.copyOf(notices);
  }
}
