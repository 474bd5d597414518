/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.community.CommunityFixtures.ANNA;
import static org.koprogo.domain.community.CommunityFixtures.BRAM;
import static org.koprogo.domain.community.CommunityFixtures.CLARA;
import static org.koprogo.domain.community.CommunityFixtures.T0;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.community.exchange.ExchangeId;
import org.koprogo.domain.community.exchange.ParticipationLevel;
import org.koprogo.domain.community.exchange.TimeBank;
import org.koprogo.domain.community.exchange.TimeCredits;
import org.koprogo.domain.community.lending.Condition;
import org.koprogo.domain.community.lending.LendableObject;
import org.koprogo.domain.community.lending.LendingCalendar;
import org.koprogo.domain.community.lending.Loan;
import org.koprogo.domain.community.lending.LoanStatus;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** Modules rebuilt from what a store keeps behave as the ones that made it. */
class CommunityRestoreTest {

  @Test
  void aRestoredTimeBankRecomputesBalancesAndParticipationFromCompletedExchanges() {
    TimeBank original = new TimeBank(CommunityFixtures.allOn(), TimeCredits.ofMinutes(-600));
    original.offer(ExchangeId.of("x1"), ANNA, "Bike repair", TimeCredits.ofMinutes(90), T0);
    original.accept(ExchangeId.of("x1"), BRAM, T0);
    original.confirm(ExchangeId.of("x1"), ANNA, T0);
    original.confirm(ExchangeId.of("x1"), BRAM, T0);
    original.request(ExchangeId.of("x2"), CLARA, "Dutch lessons", TimeCredits.ofMinutes(60), T0);

    TimeBank restored = TimeBank.restore(CommunityFixtures.allOn(), original.floor(), original.exchanges());

    assertThat(restored.balances()).isEqualTo(original.balances());
    assertThat(restored.exchanges()).isEqualTo(original.exchanges());
    assertThat(restored.participationOf(ANNA)).isEqualTo(ParticipationLevel.CONTRIBUTOR);
    assertThat(restored.floor()).isEqualTo(TimeCredits.ofMinutes(-600));
  }

  @Test
  void aRestoredCalendarStillRefusesAnOverlappingBooking() {
    LendableObject drill = new LendableObject("drill", ANNA, "Drill", Condition.GOOD, null);
    Loan booked = new Loan("l1", "drill", BRAM, LocalDate.parse("2026-05-02"), LocalDate.parse("2026-05-05"), LoanStatus.BOOKED, null, null);

    LendingCalendar restored = LendingCalendar.restore(CommunityFixtures.allOn(), List.of(drill), List.of(booked));

    assertThatThrownBy(() -> restored.book("l2", "drill", CLARA, LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-06")))
        .isInstanceOf(KoproGoException.class)
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.LOAN_OVERLAP);
  }

  @Test
  void storedLoansThatOverlapAreRefusedOnRestore() {
    LendableObject drill = new LendableObject("drill", ANNA, "Drill", Condition.GOOD, null);
    Loan a = new Loan("l1", "drill", BRAM, LocalDate.parse("2026-05-02"), LocalDate.parse("2026-05-05"), LoanStatus.BOOKED, null, null);
    Loan b = new Loan("l2", "drill", CLARA, LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-06"), LoanStatus.HANDED_OVER, Condition.GOOD, null);

    assertThatThrownBy(() -> LendingCalendar.restore(CommunityFixtures.allOn(), List.of(drill), List.of(a, b)))
        .isInstanceOf(KoproGoException.class)
        .extracting(e -> ((KoproGoException) e).code())
        .isEqualTo(ErrorCode.LOAN_OVERLAP);
  }
}
