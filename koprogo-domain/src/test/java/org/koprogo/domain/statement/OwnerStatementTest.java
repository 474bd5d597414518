/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.statement.StatementFixtures.day;
import static org.koprogo.domain.statement.StatementFixtures.eur;
import static org.koprogo.domain.statement.StatementFixtures.paymentsOfALateOwner;
import static org.koprogo.domain.statement.StatementFixtures.quarterlyCalls2026;
import static org.koprogo.domain.statement.StatementFixtures.statutes8Percent;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.penalty.InstallmentId;
import org.koprogo.domain.penalty.ReminderChannel;
import org.koprogo.domain.penalty.ReminderPolicy;
import org.koprogo.domain.shared.Money;

class OwnerStatementTest {

  @Test
  void imputesPaymentsOldestFirstAndChargesInterestOnWhatWasLate() {
    OwnerStatement statement =
        OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(), paymentsOfALateOwner(), statutes8Percent());

    // Q2: 600 unpaid from 04-01 to 05-11 (40 days): 600 x 8% x 40/365 = 5.26
    // Q3: 500 unpaid from 07-01 to 08-31 (61 days): 500 x 8% x 61/365 = 6.68
    assertThat(statement.lines()).extracting(StatementLine::outstanding)
        .containsExactly(eur("0.00"), eur("0.00"), eur("500.00"), eur("600.00"));
    assertThat(statement.lines().get(1).penalty().penalty()).isEqualTo(eur("5.26"));
    assertThat(statement.lines().get(2).penalty().penalty()).isEqualTo(eur("6.68"));
    assertThat(statement.totalPaid()).isEqualTo(eur("1300.00"));
    assertThat(statement.totalPenalties()).isEqualTo(eur("11.94"));
    assertThat(statement.balance()).isEqualTo(eur("1111.94"));
    assertThat(statement.overdue()).isEqualTo(eur("500.00"));
  }

  @Test
  void remindsOnlyOfTheAmountActuallyOverdue() {
    OwnerStatement statement =
        OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(), paymentsOfALateOwner(), statutes8Percent());

    var reminder = statement.reminder(ReminderPolicy.standard(eur("5.00"), eur("15.00")));

    // Q3 is 61 days overdue for 500.00 (not its 600.00, not Q4 which is not due yet)
    assertThat(reminder).hasValueSatisfying(r -> {
      assertThat(r.level().name()).isEqualTo(ReminderPolicy.FORMAL_NOTICE);
      assertThat(r.level().channel()).isEqualTo(ReminderChannel.REGISTERED_LETTER);
      assertThat(r.daysOverdue()).isEqualTo(61);
      assertThat(r.installments()).containsExactly(InstallmentId.of("2026-Q3"));
      assertThat(r.overdueAmount()).isEqualTo(eur("500.00"));
      assertThat(r.fee()).isEqualTo(eur("15.00"));
    });
  }

  @Test
  void sendsNoReminderBeforeTheFirstLevel() {
    OwnerStatement statement =
        OwnerStatement.asOf(day("2026-07-15"), Money.EUR, quarterlyCalls2026(), paymentsOfALateOwner(), statutes8Percent());

    var reminder = statement.reminder(ReminderPolicy.standard(Money.EUR));

    assertThat(statement.overdue()).isEqualTo(eur("500.00"));
    assertThat(reminder).isEmpty();
  }

  @Test
  void showsACreditWhenTheOwnerPaidAhead() {
    OwnerStatement statement =
        OwnerStatement.asOf(day("2026-12-31"), Money.EUR, quarterlyCalls2026().subList(0, 1),
            paymentsOfALateOwner(), statutes8Percent());

    assertThat(statement.balance()).isEqualTo(eur("-1700.00"));
    assertThat(statement.unapplied()).extracting(p -> p.amount())
        .containsExactly(eur("700.00"), eur("1000.00"));
    assertThat(statement.reminder(ReminderPolicy.standard(Money.EUR))).isEmpty();
    assertThat(List.copyOf(statement.lines())).hasSize(1);
  }

  @Test
  void assessesEachInstallmentUnderItsOwnPolicyAfterImputingPaymentsToAllOfThem() {
    // Q3 belongs to a building whose statutes charge a flat 25.00 and no interest
    var flatFeeOnly = org.koprogo.domain.penalty.LatePenaltyPolicy.simpleInterest(
            org.koprogo.domain.penalty.PenaltyRate.fromStatutes(java.math.BigDecimal.ZERO, "art. 9"), Money.EUR)
        .withFees(eur("25.00"), eur("0.00"));

    OwnerStatement statement = OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(),
        paymentsOfALateOwner(),
        i -> i.id().value().equals("2026-Q3") ? flatFeeOnly : statutes8Percent());

    // the payments are imputed as with one policy; Q2 keeps its 5.26 of interest, Q3 gets the fee
    assertThat(statement.lines()).extracting(StatementLine::outstanding)
        .containsExactly(eur("0.00"), eur("0.00"), eur("500.00"), eur("600.00"));
    assertThat(statement.lines().get(1).penalty().penalty()).isEqualTo(eur("5.26"));
    assertThat(statement.lines().get(2).penalty().penalty()).isEqualTo(eur("25.00"));
    assertThat(statement.totalPenalties()).isEqualTo(eur("30.26"));
  }

  @Test
  void runsLegalInterestOnlyFromTheFormalNoticeAndShowsIt() {
    var legal = org.koprogo.domain.penalty.LatePenaltyPolicy.simpleInterest(
        org.koprogo.domain.penalty.PenaltyRate.legal(org.koprogo.domain.penalty.LegalInterestRates.belgium()),
        Money.EUR);

    OwnerStatement withoutNotice = OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(),
        paymentsOfALateOwner(), i -> legal, null);
    OwnerStatement noticeLater = OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(),
        paymentsOfALateOwner(), i -> legal, day("2026-09-15"));
    OwnerStatement withNotice = OwnerStatement.asOf(day("2026-08-31"), Money.EUR, quarterlyCalls2026(),
        paymentsOfALateOwner(), i -> legal, day("2026-08-01"));

    assertThat(withoutNotice.totalPenalties()).isEqualTo(eur("0.00"));
    assertThat(withoutNotice.formalNoticeOn()).isNull();
    assertThat(noticeLater.formalNoticeOn()).isNull();
    assertThat(noticeLater.totalPenalties()).isEqualTo(eur("0.00"));
    assertThat(withNotice.formalNoticeOn()).isEqualTo(day("2026-08-01"));
    // Q2 was paid before the notice: no interest; Q3 owes 500.00 from the notice on
    assertThat(withNotice.lines().get(1).penalty().interest()).isEqualTo(eur("0.00"));
    assertThat(withNotice.lines().get(2).penalty().interest().isPositive()).isTrue();
  }
}
