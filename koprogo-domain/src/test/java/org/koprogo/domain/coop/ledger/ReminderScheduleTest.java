/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.coop.CoopFixtures.AT;
import static org.koprogo.domain.coop.CoopFixtures.M1;
import static org.koprogo.domain.coop.CoopFixtures.M2;
import static org.koprogo.domain.coop.CoopFixtures.MANAGER;
import static org.koprogo.domain.coop.CoopFixtures.emptyLedger;
import static org.koprogo.domain.coop.CoopFixtures.entry;
import static org.koprogo.domain.coop.CoopFixtures.eur;
import static org.koprogo.domain.coop.CoopFixtures.key;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.coop.Actor;
import org.koprogo.domain.coop.event.DueDateApproaching;
import org.koprogo.domain.coop.event.NotificationIntent;
import org.koprogo.domain.coop.event.PaymentOverdue;

class ReminderScheduleTest {
  private static final LocalDate DUE = LocalDate.of(2026, 6, 10);

  private static Ledger oneInstallmentEach() {
    return emptyLedger()
        .callFunds(entry("F1"), key("k-F1"), M1, "2026-06", DUE, eur("300.00"), MANAGER, AT).after()
        .callFunds(entry("F2"), key("k-F2"), M2, "2026-06", DUE, eur("300.00"), MANAGER, AT).after();
  }

  @Test
  void remindsThreeDaysAndOneDayBeforeTheDueDate() {
    Ledger ledger = oneInstallmentEach();

    List<NotificationIntent> dMinus3 = ReminderSchedule.STANDARD.noticesOn(DUE.minusDays(3), ledger, AT);
    List<NotificationIntent> dMinus2 = ReminderSchedule.STANDARD.noticesOn(DUE.minusDays(2), ledger, AT);
    List<NotificationIntent> dMinus1 = ReminderSchedule.STANDARD.noticesOn(DUE.minusDays(1), ledger, AT);

    assertThat(dMinus3).hasSize(2).allMatch(n -> n instanceof DueDateApproaching d && d.daysBefore() == 3);
    assertThat(dMinus2).isEmpty();
    assertThat(dMinus1).extracting(n -> n.key().toString())
        .containsExactly(
            "g1/DUE_IN_1_DAY/installment:2026-06/member:m1/reminder:D-1",
            "g1/DUE_IN_1_DAY/installment:2026-06/member:m2/reminder:D-1");
  }

  @Test
  void sendsLateNoticesOneAndSevenDaysAfterOnlyToMembersWhoHaveNotPaid() {
    Ledger ledger = oneInstallmentEach()
        .declare(entry("D1"), key("k-D1"), M1, eur("300.00"), DUE, "transfer", Actor.member(M1), AT).after()
        .confirm(entry("C1"), key("k-C1"), entry("D1"), MANAGER, AT).after();

    List<NotificationIntent> dPlus1 = ReminderSchedule.STANDARD.noticesOn(DUE.plusDays(1), ledger, AT);
    List<NotificationIntent> dPlus7 = ReminderSchedule.STANDARD.noticesOn(DUE.plusDays(7), ledger, AT);
    List<NotificationIntent> dueDay = ReminderSchedule.STANDARD.noticesOn(DUE, ledger, AT);

    assertThat(dPlus1).singleElement().satisfies(n -> {
      assertThat(n.recipient()).contains(M2);
      assertThat(n.key().event()).isEqualTo("late:D+1");
    });
    assertThat(dPlus7).singleElement().isInstanceOf(PaymentOverdue.class);
    assertThat(dueDay).isEmpty();
  }

  @Test
  void remindsOnlyTheUnpaidPartSettlingTheOldestInstallmentFirst() {
    Ledger ledger = emptyLedger()
        .callFunds(entry("F1"), key("k-F1"), M1, "2026-05", DUE.minusMonths(1), eur("300.00"), MANAGER, AT).after()
        .callFunds(entry("F2"), key("k-F2"), M1, "2026-06", DUE, eur("300.00"), MANAGER, AT).after()
        .declare(entry("D1"), key("k-D1"), M1, eur("400.00"), DUE.minusMonths(1), "transfer", Actor.member(M1), AT).after()
        .confirm(entry("C1"), key("k-C1"), entry("D1"), MANAGER, AT).after();

    List<NotificationIntent> notices = ReminderSchedule.STANDARD.noticesOn(DUE.minusDays(1), ledger, AT);

    assertThat(notices).singleElement()
        .isInstanceOfSatisfying(DueDateApproaching.class, d -> assertThat(d.outstanding()).isEqualTo(eur("200.00")));
  }

  @Test
  void producesTheSameKeysWhenRunTwiceOnTheSameDay() {
    Ledger ledger = oneInstallmentEach();

    List<NotificationIntent> first = ReminderSchedule.STANDARD.noticesOn(DUE.plusDays(7), ledger, AT);
    List<NotificationIntent> second = ReminderSchedule.STANDARD.noticesOn(DUE.plusDays(7), ledger, AT.plusSeconds(3600));

    assertThat(second).extracting(NotificationIntent::key).isEqualTo(first.stream().map(NotificationIntent::key).toList());
  }
}
