/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class LoanScheduleProperties {

  @Test
  void thePrincipalPartsAddUpToThePrincipal() {
    qt().withExamples(200)
        .forAll(longs().between(1, 100_000_00), integers().between(0, 800), integers().between(1, 360),
            integers().between(0, 1))
        .checkAssert(
            (cents, basisPoints, months, convention) -> {
              Money principal = Money.ofMinor(Money.EUR, cents);
              LoanTerms terms =
                  new LoanTerms(principal, BigDecimal.valueOf(basisPoints, 2), months,
                      MonthlyRateConvention.values()[convention]);

              LoanSchedule schedule = LoanSchedule.of(terms);

              Money repaid = Money.zero(Money.EUR);
              Money paid = Money.zero(Money.EUR);
              for (LoanInstallment i : schedule.installments()) {
                repaid = repaid.plus(i.principal());
                paid = paid.plus(i.payment());
              }
              assertThat(repaid).isEqualTo(principal);
              assertThat(paid).isEqualTo(schedule.totalPaid());
              assertThat(schedule.installments().get(months - 1).balance().isZero()).isTrue();
            });
  }

  @Test
  void aHigherRateNeverLowersThePayment() {
    qt().withExamples(100)
        .forAll(longs().between(100_00, 100_000_00), integers().between(0, 800), integers().between(1, 120))
        .checkAssert(
            (cents, basisPoints, months) -> {
              Money principal = Money.ofMinor(Money.EUR, cents);

              Money lower = LoanSchedule.of(LoanTerms.of(principal, BigDecimal.valueOf(basisPoints, 2), months)).payment();
              Money higher = LoanSchedule.of(LoanTerms.of(principal, BigDecimal.valueOf(basisPoints + 1, 2), months)).payment();

              assertThat(higher).isGreaterThanOrEqualTo(lower);
            });
  }
}
