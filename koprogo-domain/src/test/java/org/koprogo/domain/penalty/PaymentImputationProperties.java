/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class PaymentImputationProperties {
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void partsAddUpToThePaymentsAndNeverExceedAnInstallment() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(1, 100_000)).ofSizeBetween(1, 8),
            lists().of(integers().between(1, 150_000)).ofSizeBetween(0, 8),
            integers().between(0, 1000))
        .checkAssert(
            (amounts, paid, seed) -> {
              List<Installment> installments = new ArrayList<>();
              for (int i = 0; i < amounts.size(); i++) {
                installments.add(Installment.of("i" + i, START.plusDays((seed * (i + 7L)) % 365),
                    Money.ofMinor(Money.EUR, amounts.get(i))));
              }
              List<Payment> payments = new ArrayList<>();
              long total = 0;
              for (int i = 0; i < paid.size(); i++) {
                payments.add(Payment.of(START.plusDays((seed + 31L * i) % 400), Money.ofMinor(Money.EUR, paid.get(i))));
                total += paid.get(i);
              }

              Imputation imputation = PaymentImputation.oldestFirst(installments, payments);

              long imputed = imputation.credit(Money.EUR).minorUnits();
              boolean someUnpaid = false;
              for (Installment i : imputation.installments()) {
                Money onIt = imputation.paidOn(i);
                assertThat(onIt).isLessThanOrEqualTo(i.amount());
                // oldest first: nothing goes past an installment left unpaid
                assertThat(someUnpaid && onIt.isPositive()).isFalse();
                someUnpaid = someUnpaid || onIt.compareTo(i.amount()) < 0;
                imputed += onIt.minorUnits();
              }
              assertThat(imputed).isEqualTo(total);
            });
  }
}
