/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.penalty.PenaltyFixtures.day;
import static org.koprogo.domain.penalty.PenaltyFixtures.eur;
import static org.koprogo.domain.penalty.PenaltyFixtures.paid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class PaymentImputationTest {

  @Test
  void paysTheOldestInstallmentFirstWhateverTheOrderGiven() {
    Installment april = Installment.of("Q2", day("2026-04-01"), eur("300.00"));
    Installment january = Installment.of("Q1", day("2026-01-01"), eur("300.00"));

    Imputation imputation =
        PaymentImputation.oldestFirst(List.of(april, january), List.of(paid("2026-04-15", "400.00")));

    assertThat(imputation.partsOf(january.id())).containsExactly(paid("2026-04-15", "300.00"));
    assertThat(imputation.partsOf(april.id())).containsExactly(paid("2026-04-15", "100.00"));
    assertThat(imputation.unapplied()).isEmpty();
  }

  @Test
  void keepsWhatExceedsEveryInstallmentAsACredit() {
    Installment q1 = Installment.of("Q1", day("2026-01-01"), eur("300.00"));

    Imputation imputation =
        PaymentImputation.oldestFirst(
            List.of(q1), List.of(paid("2026-02-01", "250.00"), paid("2026-01-10", "100.00")));

    assertThat(imputation.partsOf(q1.id()))
        .containsExactly(paid("2026-01-10", "100.00"), paid("2026-02-01", "200.00"));
    assertThat(imputation.unapplied()).containsExactly(paid("2026-02-01", "50.00"));
    assertThat(imputation.credit(eur("0.00").currency())).isEqualTo(eur("50.00"));
  }

  @Test
  void refusesTwoInstallmentsWithTheSameId() {
    Installment a = Installment.of("Q1", day("2026-01-01"), eur("300.00"));
    Installment b = Installment.of("Q1", day("2026-04-01"), eur("300.00"));

    assertThatThrownBy(() -> PaymentImputation.oldestFirst(List.of(a, b), List.of()))
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_INSTALLMENT));
  }
}
